// PDF objects and the parser of file objects: dictionaries, arrays, strings,
// names, numbers, indirect references, and streams (their dictionary and where
// their bytes lie; decoding is streams.ts's).
import { Cmd, EOF, Lexer, Name, unsupported, type Token } from './lexer.js';

export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
  get key(): string {
    return `${this.num} ${this.gen}`;
  }
}

export class PdfDict {
  readonly map = new Map<string, PdfObject>();
  /** The object this dictionary was read as, when it is one (a font, a page, a form). */
  ref: Ref | null = null;
}

export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    /** The raw (still encoded) bytes. */
    readonly raw: Uint8Array,
  ) {}
}

export type PdfObject = number | string | boolean | null | Name | Ref | PdfObject[] | PdfDict | PdfStream;

/** Elements of one array or dictionary (a /W array of a large CJK font: tens of thousands). */
const MAX_ARRAY = 1 << 22;
/** Arrays and dictionaries nested deeper than this are refused (the parser recurses). */
const MAX_DEPTH = 64;

/**
 * Reads one object from the lexer. `stream(dict, lexer)` is called when a
 * dictionary is followed by the `stream` keyword (file objects only).
 */
export function parseObject(lexer: Lexer, onStream: ((dict: PdfDict) => PdfStream) | null, depth = 0): PdfObject {
  return objectFrom(lexer, lexer.getObj(), onStream, depth);
}

/** Like parseObject, for a token already read. Integers followed by `G R` become references. */
export function objectFrom(lexer: Lexer, token: Token, onStream: ((dict: PdfDict) => PdfStream) | null, depth = 0): PdfObject {
  if (depth > MAX_DEPTH) unsupported('objects nested too deep');
  if (token === EOF) return unsupported('end of data inside an object');
  if (token instanceof Cmd) {
    switch (token.cmd) {
      case '[': {
        const array: PdfObject[] = [];
        for (;;) {
          const t = lexer.getObj();
          if (t instanceof Cmd && t.cmd === ']') return array;
          array.push(objectFrom(lexer, t, null, depth + 1));
          if (array.length > MAX_ARRAY) unsupported('array too long');
        }
      }
      case '<<': {
        const dict = new PdfDict();
        for (;;) {
          const t = lexer.getObj();
          if (t instanceof Cmd && t.cmd === '>>') break;
          if (!(t instanceof Name)) return unsupported('dictionary key is not a name');
          dict.map.set(t.name, parseObject(lexer, null, depth + 1));
          if (dict.map.size > MAX_ARRAY) unsupported('dictionary too large');
        }
        if (onStream) {
          // Look ahead for `stream` without losing the position when it is not there.
          const save = lexer.offset;
          const t = lexer.getObj();
          if (t instanceof Cmd && t.cmd === 'stream') return onStream(dict);
          lexer.seek(save);
        }
        return dict;
      }
      default:
        return unsupported(`unexpected keyword ${token.cmd}`);
    }
  }
  if (typeof token === 'number' && Number.isInteger(token) && token >= 0) {
    // "num gen R": look two tokens ahead.
    const save = lexer.offset;
    const gen = lexer.getObj();
    if (typeof gen === 'number' && Number.isInteger(gen) && gen >= 0) {
      const r = lexer.getObj();
      if (r instanceof Cmd && r.cmd === 'R') return new Ref(token, gen);
    }
    lexer.seek(save);
    return token;
  }
  return token;
}

export function isDict(o: PdfObject | undefined): o is PdfDict {
  return o instanceof PdfDict;
}

export function isName(o: PdfObject | undefined, name?: string): o is Name {
  return o instanceof Name && (name === undefined || o.name === name);
}

/** An array of `n` numbers (pdf.js's isNumberArray). */
export function isNumberArray(o: PdfObject | undefined, n: number): o is number[] {
  return Array.isArray(o) && o.length === n && o.every((v) => typeof v === 'number');
}
