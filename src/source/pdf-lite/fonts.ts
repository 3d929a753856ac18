// Fonts, as far as text needs them: each code's Unicode text and advance
// width, worked out the way pdf.js works them out, for the fonts office
// software embeds:
// - simple TrueType (FontFile2) and Type1 (FontFile, or FontFile3 /Type1C)
//   fonts with /Widths from /FirstChar;
// - Type0 fonts with Identity-H (2-byte codes) over a CIDFontType2, with /W
//   and /DW.
// Text comes from the ToUnicode map (bfchar, bfrange); without one, only from
// a WinAnsi (or MacRoman) base encoding with optional /Differences, or, for a
// non-symbolic TrueType font, from the encoding pdf.js assumes — cases where
// pdf.js does not consult the font program. Type3, non-embedded fonts,
// vertical writing, CFF CID fonts, other CMaps, and any code without a width
// or a text of its own are Unsupported.
import { parseToUnicode } from './cmap.js';
import { glyphUnicode, MAC_ROMAN, STANDARD, WIN_ANSI } from './encodings.js';
import { Name, unsupported } from './lexer.js';
import { isDict, PdfDict, PdfStream, type PdfObject } from './objects.js';
import type { XRef } from './xref.js';

export interface LiteGlyph {
  /** The character code (1 or 2 bytes) and what pdf.js calls its unicode. */
  code: number;
  unicode: string;
  /** Advance in glyph space (thousandths of the font size). */
  width: number;
  /** pdf.js's category of the text (white space, zero-width diacritic, invisible format mark) or PLAIN. */
  kind: GlyphKind;
  /** The text is " " (a white-space glyph always is). */
  space: boolean;
}

/** Glyph kinds (plain numbers: compared once per glyph). */
export const PLAIN = 0;
export const WHITESPACE = 1;
export const ZERO_WIDTH_DIACRITIC = 2;
export const INVISIBLE_FORMAT_MARK = 3;
export type GlyphKind = typeof PLAIN | typeof WHITESPACE | typeof ZERO_WIDTH_DIACRITIC | typeof INVISIBLE_FORMAT_MARK;

export interface LiteFont {
  /** The name pdf.js gives the font (its /FontName or /BaseFont, subset prefix kept). */
  name: string;
  /** A key for this font object, like pdf.js's loadedName. */
  id: string;
  /** Codes are 2 bytes (Identity-H), else 1. */
  twoByte: boolean;
  glyph(code: number): LiteGlyph;
}

const FLAG_SYMBOLIC = 4;
const FLAG_NONSYMBOLIC = 32;

/** pdf.js's getCharUnicodeCategory, alternation precedence included. */
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;

export function loadFont(xref: XRef, baseDict: PdfDict, id: string): LiteFont {
  const get = (d: PdfDict, k: string) => xref.get(d, k);
  const type0 = get(baseDict, 'Subtype');
  if (!(type0 instanceof Name)) return unsupported('font without /Subtype');
  let dict = baseDict;
  let composite = false;
  let type = type0.name;
  if (type === 'Type0') {
    const encoding = get(baseDict, 'Encoding');
    if (!(encoding instanceof Name) || encoding.name !== 'Identity-H') return unsupported(`Type0 font with encoding ${encoding instanceof Name ? encoding.name : 'stream'}`);
    const df = get(baseDict, 'DescendantFonts');
    const desc = Array.isArray(df) ? xref.resolve(df[0]) : df;
    if (!isDict(desc)) return unsupported('Type0 font without a descendant font');
    const sub = get(desc, 'Subtype');
    if (!(sub instanceof Name)) return unsupported('descendant font without /Subtype');
    dict = desc;
    type = sub.name;
    composite = true;
    if (type !== 'CIDFontType2') return unsupported(`descendant font ${type}`);
  } else if (type !== 'TrueType' && type !== 'Type1') {
    return unsupported(`${type} font`);
  }

  const firstCharRaw = get(dict, 'FirstChar');
  const firstChar = typeof firstCharRaw === 'number' && Number.isInteger(firstCharRaw) ? firstCharRaw : 0;
  const descriptor = get(dict, 'FontDescriptor');
  if (!isDict(descriptor)) return unsupported('font without a descriptor (not embedded)');
  if (dict.map.has('FontMatrix')) return unsupported('font dictionary with /FontMatrix');

  // The name, chosen between /FontName and /BaseFont as pdf.js chooses.
  const asName = (o: PdfObject | undefined) => (o instanceof Name ? o.name : typeof o === 'string' ? o : undefined);
  const fontName = asName(get(descriptor, 'FontName'));
  const baseFont = asName(get(dict, 'BaseFont'));
  let name: string | undefined;
  if (fontName === baseFont) name = fontName;
  else if (!fontName || !baseFont) name = fontName ?? baseFont;
  else if (baseFont.startsWith(fontName)) name = baseFont;
  else return unsupported('font whose /FontName and /BaseFont disagree');
  if (name === undefined) return unsupported('font without a name');

  checkFontFile(xref, descriptor, type);

  const flagsRaw = get(descriptor, 'Flags');
  let flags = typeof flagsRaw === 'number' && Number.isInteger(flagsRaw) ? flagsRaw : 0;

  // Widths.
  const widths = new Map<number, number>();
  let defaultWidth = 0;
  if (composite) {
    const dw = get(dict, 'DW');
    defaultWidth = typeof dw === 'number' ? Math.ceil(dw) : 1000;
    const w = get(dict, 'W');
    if (w !== undefined && !Array.isArray(w)) return unsupported('malformed /W');
    if (Array.isArray(w)) {
      for (let i = 0; i < w.length; i++) {
        let start = xref.resolve(w[i++]);
        if (typeof start !== 'number' || !Number.isInteger(start)) return unsupported('malformed /W');
        const code = xref.resolve(w[i]);
        if (Array.isArray(code)) {
          for (const c of code) {
            const width = xref.resolve(c);
            if (typeof width !== 'number') return unsupported('malformed /W');
            widths.set(start++, width);
          }
        } else if (typeof code === 'number' && Number.isInteger(code)) {
          const width = xref.resolve(w[++i]);
          if (typeof width !== 'number') return unsupported('malformed /W');
          if (code - start > 0xffff) return unsupported('malformed /W');
          for (let j = start; j <= code; j++) widths.set(j, width);
        } else {
          return unsupported('malformed /W');
        }
      }
    }
  } else {
    const w = get(dict, 'Widths');
    if (!Array.isArray(w)) return unsupported('simple font without /Widths');
    let j = firstChar;
    for (const entry of w) {
      const width = xref.resolve(entry);
      if (typeof width === 'number') widths.set(j, width);
      j++;
    }
    const missing = get(descriptor, 'MissingWidth');
    defaultWidth = typeof missing === 'number' ? missing : 0;
  }
  /** Type1 fonts fill gaps in /Widths from the font program, which is not read here. */
  const widthFromProgram = !composite && type === 'Type1';

  // Text.
  const toUnicodeRaw = get(dict, 'ToUnicode') || get(baseDict, 'ToUnicode');
  let toUnicode: Map<number, string> | null = null;
  if (toUnicodeRaw instanceof PdfStream) toUnicode = parseToUnicode(xref.streamBytes(toUnicodeRaw));
  else if (toUnicodeRaw instanceof Name) return unsupported('ToUnicode named CMap');
  if (toUnicode && toUnicode.size === 0) toUnicode = null;
  let simple: ((code: number) => string | null) | null = null;
  if (!composite) {
    const enc = simpleEncoding(xref, dict, type, flags);
    flags = enc.flags;
    if (!toUnicode) {
      const symbolic = (flags & FLAG_SYMBOLIC) !== 0;
      // pdf.js amends these cases from the font program (adjustType1ToUnicode, adjustTrueTypeToUnicode).
      if (type === 'Type1' && !enc.baseEncodingName) return unsupported('Type1 font without ToUnicode or a base encoding');
      if (type === 'TrueType' && !enc.hasEncoding && symbolic) return unsupported('symbolic TrueType font without ToUnicode or encoding');
    }
    if (!toUnicode || enc.hasEncoding) simple = enc.unicode;
  } else if (!toUnicode) {
    return unsupported('Type0 font without ToUnicode');
  }

  const cache: Array<LiteGlyph | undefined> = [];
  const glyph = (code: number): LiteGlyph => {
    let g = cache[code];
    if (g) return g;
    if (!composite && code > 0xff) return unsupported('character code above 255 in a simple font');
    let width = widths.get(code);
    if (width === undefined) {
      if (widthFromProgram) return unsupported('character without a /Widths entry');
      width = defaultWidth;
    }
    // pdf.js: the ToUnicode entry, else (only for codes it lacks) the encoding's, else the code itself (refused here).
    let unicode: string | null | undefined = toUnicode?.get(code);
    if (unicode === undefined) unicode = simple?.(code);
    if (!unicode) return unsupported(`character code ${code} without text`);
    const m = SPECIAL_CHAR.exec(unicode);
    const kind: GlyphKind = m?.[1] ? WHITESPACE : m?.[2] ? ZERO_WIDTH_DIACRITIC : m?.[3] ? INVISIBLE_FORMAT_MARK : PLAIN;
    g = { code, unicode, width, kind, space: unicode === ' ' };
    cache[code] = g;
    return g;
  };
  return { name, id, twoByte: composite, glyph };
}

interface SimpleEncoding {
  flags: number;
  baseEncodingName: string | null;
  hasEncoding: boolean;
  unicode(code: number): string | null;
}

/** pdf.js's extractDataStructures and _simpleFontToUnicode for a simple font, one code at a time. */
function simpleEncoding(xref: XRef, dict: PdfDict, type: string, flags: number): SimpleEncoding {
  const differences = new Map<number, string>();
  let baseEncodingName: string | null = null;
  const encoding = xref.get(dict, 'Encoding');
  if (encoding !== undefined) {
    if (isDict(encoding)) {
      const base = xref.get(encoding, 'BaseEncoding');
      baseEncodingName = base instanceof Name ? base.name : null;
      const diff = xref.get(encoding, 'Differences');
      if (diff !== undefined) {
        if (!Array.isArray(diff)) return unsupported('malformed /Differences');
        let index = 0;
        for (const entry of diff) {
          const data = xref.resolve(entry);
          if (typeof data === 'number') index = data;
          else if (data instanceof Name) differences.set(index++, data.name);
          else return unsupported('malformed /Differences');
        }
      }
    } else if (encoding instanceof Name) {
      baseEncodingName = encoding.name;
    } else {
      return unsupported('malformed /Encoding');
    }
    if (baseEncodingName === 'MacExpertEncoding') return unsupported('MacExpertEncoding');
    if (baseEncodingName !== 'MacRomanEncoding' && baseEncodingName !== 'WinAnsiEncoding') baseEncodingName = null;
  }
  let base: readonly number[];
  if (baseEncodingName) {
    base = baseEncodingName === 'WinAnsiEncoding' ? WIN_ANSI : MAC_ROMAN;
  } else {
    let symbolic = (flags & FLAG_SYMBOLIC) !== 0;
    const nonsymbolic = (flags & FLAG_NONSYMBOLIC) !== 0;
    if (type === 'TrueType' && symbolic && nonsymbolic && differences.size !== 0) {
      flags &= ~FLAG_SYMBOLIC;
      symbolic = false;
    }
    base = STANDARD;
    if (type === 'TrueType' && !nonsymbolic) base = WIN_ANSI;
    if (symbolic) base = MAC_ROMAN;
  }
  const baseOf = (code: number) => (code < base.length && base[code] ? String.fromCharCode(base[code]) : null);
  const named = baseEncodingName === 'WinAnsiEncoding' ? WIN_ANSI : baseEncodingName === 'MacRomanEncoding' ? MAC_ROMAN : null;
  const unicode = (code: number): string | null => {
    const glyph = differences.get(code);
    if (glyph === undefined || glyph === '.notdef') return baseOf(code);
    const u = glyphUnicode(glyph);
    if (u !== undefined) return String.fromCharCode(u);
    if (glyph[0] === 'u') {
      const cp = unicodeForUniName(glyph);
      if (cp > 0 && cp <= 0x10ffff) {
        if (named && cp === code && code < named.length && named[code]) return String.fromCharCode(named[code]);
        return String.fromCodePoint(cp);
      }
    }
    return unsupported(`glyph name ${glyph}`);
  };
  return { flags, baseEncodingName, hasEncoding: !!baseEncodingName || differences.size > 0, unicode };
}

/** "uni1EA0", "u1EA0" (pdf.js's getUnicodeForGlyph for a name not in its list), or -1. */
function unicodeForUniName(name: string): number {
  let hex: string;
  if (name.length === 7 && name[1] === 'n' && name[2] === 'i') hex = name.substring(3);
  else if (name.length >= 5 && name.length <= 7) hex = name.substring(1);
  else return -1;
  if (hex !== hex.toUpperCase() || !/^[0-9A-F]+$/.test(hex)) return -1;
  return parseInt(hex, 16);
}

/**
 * The embedded font program must be of the kind the dictionary says, and its
 * FontMatrix (which pdf.js would take over, rescaling the widths) the usual
 * 1/1000: pdf.js reads the matrix from a Type1 header and a CFF top DICT.
 */
function checkFontFile(xref: XRef, descriptor: PdfDict, type: string): void {
  let key = '';
  let file: PdfObject | undefined;
  for (const k of ['FontFile', 'FontFile2', 'FontFile3']) {
    if (descriptor.map.has(k)) {
      key = k;
      file = xref.get(descriptor, k);
      break;
    }
  }
  if (!(file instanceof PdfStream)) return unsupported('font not embedded');
  const data = xref.streamBytes(file);
  if (data.length < 4) return unsupported('empty font file');
  const head = String.fromCharCode(data[0], data[1], data[2], data[3]);
  if (type === 'TrueType' || type === 'CIDFontType2') {
    if (key !== 'FontFile2' || !(head === '\x00\x01\x00\x00' || head === 'true')) return unsupported('TrueType font whose file is not TrueType');
    return;
  }
  // Type1
  if (key === 'FontFile') {
    if (!(head.startsWith('%!') || (data[0] === 0x80 && data[1] === 0x01))) return unsupported('Type1 font whose file is not Type1');
    checkType1Matrix(data);
    return;
  }
  if (key === 'FontFile3') {
    const sub = xref.get(file.dict, 'Subtype');
    if (!(sub instanceof Name) || sub.name !== 'Type1C') return unsupported('FontFile3 that is not Type1C');
    if (!(data[0] >= 1 && data[3] >= 1 && data[3] <= 4)) return unsupported('Type1C font whose file is not CFF');
    checkCffMatrix(data);
    return;
  }
  unsupported('Type1 font in a TrueType file');
}

function checkType1Matrix(data: Uint8Array): void {
  // The clear-text header ends at `eexec`.
  let end = -1;
  for (let i = 0; i + 5 <= data.length && i < 1 << 20; i++) {
    if (data[i] === 0x65 && data[i + 1] === 0x65 && data[i + 2] === 0x78 && data[i + 3] === 0x65 && data[i + 4] === 0x63) {
      end = i;
      break;
    }
  }
  if (end < 0) return unsupported('Type1 font without eexec');
  const header = Buffer.from(data.buffer, data.byteOffset, end).toString('latin1');
  const at = header.lastIndexOf('/FontMatrix');
  if (at < 0) return;
  const m = /^\/FontMatrix\s*[[{]\s*(\S+)/.exec(header.slice(at));
  if (!m || parseFloat(m[1]) !== 0.001) unsupported('Type1 font with an unusual FontMatrix');
}

function checkCffMatrix(data: Uint8Array): void {
  const hdrSize = data[2];
  const index = (at: number): { end: number; items: Array<[number, number]> } => {
    if (at + 2 > data.length) return unsupported('truncated CFF');
    const count = (data[at] << 8) | data[at + 1];
    if (count === 0) return { end: at + 2, items: [] };
    const offSize = data[at + 2];
    if (offSize < 1 || offSize > 4) return unsupported('malformed CFF INDEX');
    const base = at + 3 + (count + 1) * offSize - 1;
    const off = (k: number) => {
      let v = 0;
      for (let b = 0; b < offSize; b++) v = v * 256 + data[at + 3 + k * offSize + b];
      return v;
    };
    const items: Array<[number, number]> = [];
    for (let k = 0; k < count; k++) items.push([base + off(k), base + off(k + 1)]);
    const end = base + off(count);
    if (end > data.length) return unsupported('truncated CFF');
    return { end, items };
  };
  const names = index(hdrSize);
  const top = index(names.end);
  if (top.items.length === 0) return unsupported('CFF without a top DICT');
  const [start, end] = top.items[0];
  const operands: number[] = [];
  for (let p = start; p < end; ) {
    const b0 = data[p++];
    if (b0 <= 21) {
      let op = b0;
      if (b0 === 12) op = 1200 + data[p++];
      if (op === 1207 && operands[0] !== 0.001) unsupported('CFF font with an unusual FontMatrix');
      if (op === 1230) unsupported('CID-keyed CFF font');
      operands.length = 0;
    } else if (b0 === 28) {
      operands.push(((data[p] << 24) | (data[p + 1] << 16)) >> 16);
      p += 2;
    } else if (b0 === 29) {
      operands.push((data[p] << 24) | (data[p + 1] << 16) | (data[p + 2] << 8) | data[p + 3]);
      p += 4;
    } else if (b0 === 30) {
      let s = '';
      const nibbles = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', 'E', 'E-', '', '-'];
      for (;;) {
        const b = data[p++];
        if (b === undefined) return unsupported('truncated CFF');
        const hi = b >> 4;
        const lo = b & 15;
        if (hi === 15) break;
        s += nibbles[hi];
        if (lo === 15) break;
        s += nibbles[lo];
      }
      operands.push(parseFloat(s));
    } else if (b0 >= 32 && b0 <= 246) {
      operands.push(b0 - 139);
    } else if (b0 >= 247 && b0 <= 250) {
      operands.push((b0 - 247) * 256 + data[p++] + 108);
    } else if (b0 >= 251 && b0 <= 254) {
      operands.push(-((b0 - 251) * 256) - data[p++] - 108);
    } else {
      return unsupported('malformed CFF DICT');
    }
  }
}
