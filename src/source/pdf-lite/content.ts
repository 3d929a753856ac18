// Content streams as a sequence of operators with their operands, read as
// pdf.js's EvaluatorPreprocessor reads them: the same operator table (so a
// run like "TjET" splits the same way), inline images (BI … ID … EI) skipped
// by the same rules for where their data ends. Where pdf.js would warn and
// repair — an unknown operator, a wrong number of operands — this refuses.
import { Cmd, commandTrie, EOF, Lexer, Name, SPECIAL, Unsupported, unsupported, type Token } from './lexer.js';
import { PdfDict, type PdfObject } from './objects.js';

/** Operator → operand count, '+' for a variable count up to it (pdf.js's opMap). */
const OPS: Record<string, number | `+${number}`> = {
  w: 1, J: 1, j: 1, M: 1, d: 2, ri: 1, i: 1, gs: 1, q: 0, Q: 0, cm: 6,
  m: 2, l: 2, c: 6, v: 4, y: 4, h: 0, re: 4, S: 0, s: 0, f: 0, F: 0, 'f*': 0, B: 0, 'B*': 0, b: 0, 'b*': 0, n: 0, W: 0, 'W*': 0,
  BT: 0, ET: 0, Tc: 1, Tw: 1, Tz: 1, TL: 1, Tf: 2, Tr: 1, Ts: 1, Td: 2, TD: 2, Tm: 6, 'T*': 0, Tj: 1, TJ: 1, "'": 1, '"': 3,
  d0: 2, d1: 6, CS: 1, cs: 1, SC: '+4', SCN: '+33', sc: '+4', scn: '+33', G: 1, g: 1, RG: 3, rg: 3, K: 4, k: 4,
  sh: 1, BI: 0, ID: 0, EI: 1, Do: 1, MP: 1, DP: 2, BMC: 1, BDC: 2, EMC: 0, BX: 0, EX: 0,
};

/** What the lexer must know to split operators as pdf.js does (its opMap also lists prefixes of true/false/null). */
export const KNOWN_COMMANDS = commandTrie([...Object.keys(OPS), 'BM', 'BD', 'true', 'fa', 'fal', 'fals', 'false', 'nu', 'nul', 'null']);

const MAX_DEPTH = 64;
/** Elements of one operand array (a TJ array holds a line's glyph runs: hundreds). */
const MAX_ARRAY = 1 << 20;
/** pdf.js refuses more operands than this on one operator. */
const MAX_ARGS = 33;

export class ContentReader {
  readonly lexer: Lexer;
  op = '';
  readonly args: PdfObject[] = [];

  constructor(data: Uint8Array) {
    this.lexer = new Lexer(data, 0, data.length, KNOWN_COMMANDS);
  }

  /** The next operator and its operands into `op` and `args`; false at the end. */
  read(): boolean {
    const args = this.args;
    args.length = 0;
    for (;;) {
      const t = this.lexer.getObj();
      if (t === EOF) {
        if (args.length > 0) unsupported('operands at the end of a content stream');
        return false;
      }
      if (t instanceof Cmd) {
        const cmd = t.cmd;
        if (cmd === '[' || cmd === '<<') {
          args.push(this.value(t, 0));
        } else if (cmd === 'BI') {
          if (args.length > 0) unsupported('operands before an inline image');
          this.skipInlineImage();
        } else {
          const spec = OPS[cmd];
          if (spec === undefined) return unsupported(`unknown operator ${cmd}`);
          if (typeof spec === 'number' ? args.length !== spec : args.length > Number(spec.slice(1))) {
            return unsupported(`operator ${cmd} with ${args.length} operands`);
          }
          this.op = cmd;
          return true;
        }
      } else {
        args.push(t);
      }
      if (args.length > MAX_ARGS) unsupported('too many operands');
    }
  }

  private value(t: Token, depth: number): PdfObject {
    if (depth > MAX_DEPTH) unsupported('operands nested too deep');
    if (t === EOF) return unsupported('end of a content stream inside an operand');
    if (!(t instanceof Cmd)) return t;
    if (t.cmd === '[') {
      const array: PdfObject[] = [];
      for (;;) {
        const u = this.lexer.getObj();
        if (u instanceof Cmd && u.cmd === ']') return array;
        array.push(this.value(u, depth + 1));
        if (array.length > MAX_ARRAY) unsupported('operand array too long');
      }
    }
    if (t.cmd === '<<') {
      const dict = new PdfDict();
      for (;;) {
        const k = this.lexer.getObj();
        if (k instanceof Cmd && k.cmd === '>>') return dict;
        if (!(k instanceof Name)) return unsupported('dictionary key is not a name');
        dict.map.set(k.name, this.value(this.lexer.getObj(), depth + 1));
      }
    }
    return unsupported(`operator ${t.cmd} inside an operand`);
  }

  /** From after `BI` to after its `EI`, as pdf.js's makeInlineImage finds the end of the data. */
  private skipInlineImage(): void {
    const lexer = this.lexer;
    const dict = new PdfDict();
    for (;;) {
      const k = lexer.getObj();
      if (k instanceof Cmd && k.cmd === 'ID') break;
      if (!(k instanceof Name)) return unsupported('inline image key is not a name');
      dict.map.set(k.name, this.value(lexer.getObj(), 1));
    }
    // The lexer has read one byte past `ID`; the data starts after it. pdf.js
    // goes on lexing after EI from that byte, so it must be white space.
    if (SPECIAL[lexer.current] !== 1) unsupported('inline image data right after ID');
    let filter = dict.map.get('F') ?? dict.map.get('Filter');
    if (Array.isArray(filter)) filter = filter[0];
    const name = filter instanceof Name ? filter.name : '';
    const bytes = lexer.bytes;
    const end = lexer.end;
    let pos = lexer.pos;
    if (name === 'DCT' || name === 'DCTDecode') pos = skipEI(bytes, end, dctEnd(bytes, end, pos));
    else if (name === 'A85' || name === 'ASCII85Decode') pos = skipEI(bytes, end, a85End(bytes, end, pos));
    else if (name === 'AHx' || name === 'ASCIIHexDecode') pos = skipEI(bytes, end, ahxEnd(bytes, end, pos));
    else pos = defaultEnd(bytes, end, pos);
    lexer.pos = pos;
    lexer.current = 0x20;
  }
}

const isWhite = (ch: number) => ch === 0x20 || ch === 0x09 || ch === 0x0d || ch === 0x0a;

/** pdf.js's findDefaultInlineStreamEnd: "EI" and white space, followed by what reads as operators. Returns the position after that white space. */
function defaultEnd(bytes: Uint8Array, end: number, pos: number): number {
  let state = 0;
  while (pos < end) {
    const ch = bytes[pos++];
    if (state === 0) {
      state = ch === 0x45 ? 1 : 0;
    } else if (state === 1) {
      state = ch === 0x49 ? 2 : 0;
    } else if (ch === 0x20 || ch === 0x0a || ch === 0x0d) {
      const following = bytes.subarray(pos, Math.min(end, pos + 15));
      if (following.length === 0) return pos;
      for (let i = 0; i < following.length; i++) {
        const c = following[i];
        if (c === 0 && following[i + 1] !== 0) continue;
        if (c !== 0x0a && c !== 0x0d && (c < 0x20 || c > 0x7f)) {
          state = 0;
          break;
        }
      }
      if (state !== 2) continue;
      if (operatorsFollow(bytes.subarray(pos, Math.min(end, pos + 75)))) return pos;
      state = 0;
    } else {
      state = 0;
    }
  }
  return unsupported('inline image without an EI marker');
}

/** Whether the bytes after a candidate EI read as a known operator with its operand count (pdf.js's check). */
function operatorsFollow(bytes: Uint8Array): boolean {
  const lexer = new Lexer(bytes, 0, bytes.length, KNOWN_COMMANDS);
  let numArgs = 0;
  for (;;) {
    let t: Token;
    try {
      t = lexer.getObj();
    } catch (err) {
      // The look-ahead window may cut a string short: pdf.js reads it to the end of the window.
      if (err instanceof Unsupported && err.reason.startsWith('unterminated')) return false;
      throw err;
    }
    if (t === EOF) return false;
    if (t instanceof Cmd) {
      const spec = OPS[t.cmd];
      if (spec === undefined) return false;
      if (typeof spec === 'number' ? numArgs === spec : numArgs <= Number(spec.slice(1))) return true;
      numArgs = 0;
      continue;
    }
    numArgs++;
  }
}

/** After "EI" and the byte that follows it (pdf.js's inlineStreamSkipEI). */
function skipEI(bytes: Uint8Array, end: number, pos: number): number {
  let state = 0;
  while (pos < end) {
    const ch = bytes[pos++];
    if (state === 0) state = ch === 0x45 ? 1 : 0;
    else if (state === 1) state = ch === 0x49 ? 2 : 0;
    else return pos;
  }
  return unsupported('inline image without an EI marker');
}

function dctEnd(bytes: Uint8Array, end: number, pos: number): number {
  while (pos < end) {
    if (bytes[pos++] !== 0xff) continue;
    if (pos >= end) break;
    const marker = bytes[pos++];
    if (marker === 0xd9) return pos;
    if (marker === 0xff) {
      pos--;
    } else if ((marker >= 0xc0 && marker <= 0xcf && marker !== 0xc8) || (marker >= 0xda && marker <= 0xef) || marker === 0xfe) {
      if (pos + 2 > end) break;
      const length = (bytes[pos] << 8) | bytes[pos + 1];
      pos += length > 2 ? length : 0;
    }
  }
  return unsupported('inline JPEG image without an EOI marker');
}

function a85End(bytes: Uint8Array, end: number, pos: number): number {
  while (pos < end) {
    if (bytes[pos++] !== 0x7e) continue;
    const tilde = pos;
    while (pos < end && isWhite(bytes[pos])) pos++;
    if (bytes[pos] === 0x3e) return pos + 1;
    if (pos > tilde && bytes[pos] === 0x45 && bytes[pos + 1] === 0x49) return pos;
  }
  return unsupported('inline ASCII85 image without an end marker');
}

function ahxEnd(bytes: Uint8Array, end: number, pos: number): number {
  while (pos < end) if (bytes[pos++] === 0x3e) return pos;
  return unsupported('inline hex image without an end marker');
}
