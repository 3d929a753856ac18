// Tokens of PDF syntax (file objects, content streams, CMaps), read exactly as
// pdf.js's Lexer reads them: the same number arithmetic (so every coordinate
// comes out bit for bit the same), the same string escapes, the same greedy
// split of operators run together ("TjET"). What pdf.js would only warn about
// or repair is refused here with Unsupported, and the file goes to pdf.js.

/** Thrown wherever the fast path meets something it does not fully support; readPdfLite answers null. */
export class Unsupported extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export function unsupported(reason: string): never {
  throw new Unsupported(reason);
}

export class Name {
  private static readonly all = new Map<string, Name>();
  private constructor(readonly name: string) {}
  static get(name: string): Name {
    let n = Name.all.get(name);
    if (!n) Name.all.set(name, (n = new Name(name)));
    return n;
  }
}

/** An operator or a bare keyword (obj, R, stream, [, <<, ...). */
export class Cmd {
  private static readonly all = new Map<string, Cmd>();
  private constructor(readonly cmd: string) {}
  static get(cmd: string): Cmd {
    let c = Cmd.all.get(cmd);
    if (!c) Cmd.all.set(cmd, (c = new Cmd(cmd)));
    return c;
  }
}

export const EOF: unique symbol = Symbol('EOF');

const OPEN_ARRAY = Cmd.get('[');
const CLOSE_ARRAY = Cmd.get(']');
const OPEN_DICT = Cmd.get('<<');
const CLOSE_DICT = Cmd.get('>>');

/** A number, a string (one char per byte), a name, an operator or keyword, true/false/null, or the end. */
export type Token = number | string | boolean | null | Name | Cmd | typeof EOF;

/** 1: white space, 2: delimiter (pdf.js's specialChars). */
export const SPECIAL = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) SPECIAL[c] = 1;
for (const c of [0x25, 0x28, 0x29, 0x2f, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d]) SPECIAL[c] = 2;

function hexDigit(ch: number): number {
  if (ch >= 0x30 && ch <= 0x39) return ch & 0x0f;
  if ((ch >= 0x41 && ch <= 0x46) || (ch >= 0x61 && ch <= 0x66)) return (ch & 0x0f) + 9;
  return -1;
}

const HEX = new Int8Array(256).map((_, ch) => hexDigit(ch));

interface TrieNode {
  /** Set when the letters so far are a known operator (or true, false, null). */
  token: Token | undefined;
  next: Array<TrieNode | undefined>;
}

/** Known operators by their letters (pdf.js's knownCommands: a run of letters stops where it stops being one). */
export type CommandTrie = Array<TrieNode | undefined>;

export function commandTrie(known: Iterable<string>): CommandTrie {
  const root: CommandTrie = [];
  for (const word of known) {
    let level = root;
    let node: TrieNode | undefined;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      node = level[c] ??= { token: undefined, next: [] };
      level = node.next;
    }
    node!.token = word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : Cmd.get(word);
  }
  return root;
}

function latin1(b: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]);
  return s;
}

/** Character codes of the string being read (reused: strings are most of a content stream). */
const SCRATCH: number[] = [];

/** Longest name, string or operator token read (pdf.js stops at 128 for operators). */
const MAX_TOKEN = 1 << 20;

export class Lexer {
  pos: number;
  /** The byte at pos - 1 (pdf.js keeps one byte read ahead). */
  current = -1;

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
    /** Operator names of content streams: a run of letters stops where it would stop being one. */
    readonly known: CommandTrie | null = null,
  ) {
    this.pos = start;
    this.next();
  }

  next(): number {
    return (this.current = this.pos < this.end ? this.bytes[this.pos++] : (this.pos++, -1));
  }

  peek(): number {
    return this.pos < this.end ? this.bytes[this.pos] : -1;
  }

  /** The offset of the byte held in `current`. */
  get offset(): number {
    return this.pos - 1;
  }

  /** Continue reading at `offset`. */
  seek(offset: number): void {
    this.pos = offset;
    this.next();
  }

  getObj(): Token {
    // The hot loops keep the position in locals (a content stream is mostly
    // numbers and short strings); `current`/`pos` are written back on return.
    const b = this.bytes;
    const end = this.end;
    let p = this.pos;
    let ch = this.current;
    let comment = false;
    for (;;) {
      if (ch < 0) {
        this.pos = p;
        this.current = ch;
        return EOF;
      }
      if (comment) {
        if (ch === 0x0a || ch === 0x0d) comment = false;
      } else if (ch === 0x25) {
        comment = true;
      } else if (SPECIAL[ch] !== 1) {
        break;
      }
      ch = p < end ? b[p++] : (p++, -1);
    }
    this.pos = p;
    this.current = ch;
    switch (ch) {
      case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: case 0x38: case 0x39:
      case 0x2b: case 0x2d: case 0x2e:
        return this.getNumber();
      case 0x28:
        return this.getString();
      case 0x2f:
        return this.getName();
      case 0x5b:
        this.next();
        return OPEN_ARRAY;
      case 0x5d:
        this.next();
        return CLOSE_ARRAY;
      case 0x3c:
        ch = this.next();
        if (ch === 0x3c) {
          this.next();
          return OPEN_DICT;
        }
        return this.getHexString();
      case 0x3e:
        ch = this.next();
        if (ch === 0x3e) {
          this.next();
          return CLOSE_DICT;
        }
        return unsupported('stray ">"');
      case 0x7b:
        this.next();
        return Cmd.get('{');
      case 0x7d:
        this.next();
        return Cmd.get('}');
      case 0x29:
        return unsupported('stray ")"');
    }
    let str = String.fromCharCode(ch);
    if (ch < 0x20 || ch > 0x7f) {
      // pdf.js: a stray binary byte before a printable one is an operator of its own.
      const next = this.peek();
      if (next >= 0x20 && next <= 0x7f) {
        this.next();
        return Cmd.get(str);
      }
    }
    const trie = this.known;
    if (trie !== null) {
      // Content streams: walk the operator table instead of building strings.
      const start = p - 1;
      let node: TrieNode | undefined = ch < 128 ? trie[ch] : undefined;
      for (;;) {
        ch = p < end ? b[p++] : (p++, -1);
        if (ch < 0 || SPECIAL[ch]) break;
        if (node !== undefined && node.token !== undefined) {
          const next: TrieNode | undefined = ch < 128 ? node.next[ch] : undefined;
          if (next === undefined || next.token === undefined) break;
          node = next;
        } else {
          node = node !== undefined && ch < 128 ? node.next[ch] : undefined;
          if (p - 1 - start > 128) return unsupported('operator token too long');
        }
      }
      this.pos = p;
      this.current = ch;
      if (node !== undefined && node.token !== undefined) return node.token;
      str = latin1(b, start, p - 1);
    } else {
      for (;;) {
        ch = p < end ? b[p++] : (p++, -1);
        if (ch < 0 || SPECIAL[ch]) break;
        if (str.length === 128) return unsupported('operator token too long');
        str += String.fromCharCode(ch);
      }
      this.pos = p;
      this.current = ch;
    }
    if (str === 'true') return true;
    if (str === 'false') return false;
    if (str === 'null') return null;
    return Cmd.get(str);
  }

  /** pdf.js's getNumber, digit by digit, then one division: the same double as pdf.js. */
  private getNumber(): number {
    const b = this.bytes;
    const end = this.end;
    let p = this.pos;
    let ch = this.current;
    let divideBy = 0;
    let sign = 1;
    if (ch === 0x2d) {
      sign = -1;
      ch = p < end ? b[p++] : (p++, -1);
      if (ch === 0x2d) return unsupported('number with two minus signs');
    } else if (ch === 0x2b) {
      ch = p < end ? b[p++] : (p++, -1);
    }
    if (ch === 0x0a || ch === 0x0d) return unsupported('line break inside a number');
    if (ch === 0x2e) {
      divideBy = 10;
      ch = p < end ? b[p++] : (p++, -1);
    }
    if (ch < 0x30 || ch > 0x39) return unsupported('malformed number');
    let value = ch - 0x30;
    for (;;) {
      ch = p < end ? b[p++] : (p++, -1);
      if (ch < 0) break;
      if (ch >= 0x30 && ch <= 0x39) {
        if (divideBy !== 0) divideBy *= 10;
        value = value * 10 + (ch - 0x30);
      } else if (ch === 0x2e) {
        if (divideBy === 0) divideBy = 1;
        else return unsupported('number with two points');
      } else if (ch === 0x2d) {
        return unsupported('minus sign inside a number');
      } else {
        break;
      }
    }
    this.pos = p;
    this.current = ch;
    if (divideBy !== 0) value /= divideBy;
    return sign * value;
  }

  private getString(): string {
    let depth = 1;
    const parts = SCRATCH;
    parts.length = 0;
    let out = '';
    const flush = () => {
      out += String.fromCharCode.apply(null, parts);
      parts.length = 0;
    };
    let ch = this.next();
    for (;;) {
      let buffered = false;
      if (ch < 0) return unsupported('unterminated string');
      if (ch === 0x28) {
        depth++;
        parts.push(ch);
      } else if (ch === 0x29) {
        if (--depth === 0) {
          this.next();
          break;
        }
        parts.push(ch);
      } else if (ch === 0x5c) {
        ch = this.next();
        switch (ch) {
          case -1:
            return unsupported('unterminated string');
          case 0x6e: parts.push(0x0a); break;
          case 0x72: parts.push(0x0d); break;
          case 0x74: parts.push(0x09); break;
          case 0x62: parts.push(0x08); break;
          case 0x66: parts.push(0x0c); break;
          case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
            let x = ch & 0x0f;
            ch = this.next();
            buffered = true;
            if (ch >= 0x30 && ch <= 0x37) {
              x = (x << 3) + (ch & 0x0f);
              ch = this.next();
              if (ch >= 0x30 && ch <= 0x37) {
                buffered = false;
                x = (x << 3) + (ch & 0x0f);
              }
            }
            parts.push(x & 0xffff);
            break;
          }
          case 0x0d:
            if (this.peek() === 0x0a) this.next();
            break;
          case 0x0a:
            break;
          default:
            parts.push(ch);
        }
      } else {
        parts.push(ch);
      }
      if (parts.length >= 4096) {
        flush();
        if (out.length > MAX_TOKEN) return unsupported('string too long');
      }
      if (!buffered) ch = this.next();
    }
    flush();
    return out;
  }

  private getName(): Name {
    let out = '';
    let ch: number;
    while ((ch = this.next()) >= 0 && !SPECIAL[ch]) {
      if (ch === 0x23) {
        const hi = hexDigit(this.next());
        const lo = hi < 0 ? -1 : hexDigit(this.next());
        if (lo < 0) return unsupported('malformed #xx escape in a name');
        out += String.fromCharCode((hi << 4) | lo);
      } else {
        out += String.fromCharCode(ch);
      }
      if (out.length > MAX_TOKEN) return unsupported('name too long');
    }
    return Name.get(out);
  }

  private getHexString(): string {
    const b = this.bytes;
    const end = this.end;
    let p = this.pos;
    let ch = this.current;
    const parts = SCRATCH;
    parts.length = 0;
    let out = '';
    let first = -1;
    for (;;) {
      if (ch < 0) return unsupported('unterminated hex string');
      if (ch === 0x3e) {
        ch = p < end ? b[p++] : (p++, -1);
        break;
      }
      if (SPECIAL[ch] !== 1) {
        const digit = HEX[ch];
        if (digit < 0) return unsupported('bad hex digit');
        if (first < 0) {
          first = digit;
        } else {
          parts.push((first << 4) | digit);
          first = -1;
          if (parts.length >= 4096) {
            out += String.fromCharCode.apply(null, parts);
            parts.length = 0;
            if (out.length > MAX_TOKEN) return unsupported('string too long');
          }
        }
      }
      ch = p < end ? b[p++] : (p++, -1);
    }
    this.pos = p;
    this.current = ch;
    if (first >= 0) parts.push(first << 4);
    return out + String.fromCharCode.apply(null, parts);
  }
}
