// Bytes → NFC text with LF line ends.
//
// - A BOM decides: UTF-8, UTF-16 LE, UTF-16 BE (TextDecoder).
// - Without one: UTF-16 is recognised by its NUL bytes, then UTF-8 is tried
//   strictly. What is not valid UTF-8 is a legacy 8-bit Vietnamese file, either
//   Windows-1258 (base letter + combining tone mark, e.g. "a" + 0xEC) or TCVN3
//   (ABC, the .VnTime font encoding); both are decoded with iconv-lite (loaded
//   only then) and the one that yields plausible Vietnamese syllables wins.
import { InputError } from './types.js';
import { importExternal } from './external.js';
import { nfc } from '../text/normalize.js';

export interface DecodedText {
  text: string;
  encoding: string;
}

export type LegacyDecoder = (bytes: Uint8Array, encoding: 'windows1258' | 'tcvn') => string;

export function decodeText(bytes: Uint8Array, path: string, legacy?: LegacyDecoder): DecodedText {
  const bom = detectBom(bytes);
  if (bom) return finish(strictDecode(bytes.subarray(bom.skip), bom.encoding === 'utf-8-bom' ? 'utf-8' : bom.encoding, path), bom.encoding);
  const utf16 = sniffUtf16(bytes);
  if (utf16) return finish(strictDecode(bytes, utf16, path), utf16);
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // Not UTF-8: a legacy code page.
  }
  if (looksBinary(bytes)) throw new InputError('unknown-encoding', path, 'binary content');
  if (!legacy) throw new InputError('unknown-encoding', path, NEEDS_LEGACY);
  return decodeLegacy(bytes, legacy);
}

/**
 * As decodeText, loading iconv-lite only when the bytes are neither UTF-8 nor
 * UTF-16 — or when Unicode text still carries TCVN3 letters as their Latin-1
 * stand-ins ("Uû ban nh©n d©n"), as text copied out of a .VnTime document does.
 */
export async function decodeBytes(bytes: Uint8Array, path: string): Promise<DecodedText> {
  let decoded: DecodedText | null = null;
  try {
    decoded = decodeText(bytes, path);
  } catch (err) {
    if (!(err instanceof InputError) || err.detail !== NEEDS_LEGACY) throw err;
  }
  if (decoded && !looksLikeTcvn3InUnicode(decoded.text)) return decoded;
  const iconv = (await importExternal<{ default: typeof import('iconv-lite') }>('iconv-lite')).default;
  if (decoded) {
    const converted = nfc(decoded.text.replace(/[\u0080-\u00ff]+/g, (m) => iconv.decode(Buffer.from(m, 'latin1'), 'tcvn')));
    return implausibility(converted) < implausibility(decoded.text) ? { text: converted, encoding: `tcvn3-in-${decoded.encoding}` } : decoded;
  }
  return decodeText(bytes, path, (b, enc) => iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), enc));
}

// Latin-1 letters that Vietnamese itself uses; the others in U+00A0–U+00FF, inside words, are TCVN3 stand-ins.
const VIETNAMESE_LATIN1 = /[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/u;

function looksLikeTcvn3InUnicode(text: string): boolean {
  // Cheap exits first: real Vietnamese letters, or nothing in U+00A0–U+00FF at all.
  if (/[\u1ea0-\u1ef9ăđơưĂĐƠƯ]/u.test(text) || !/[\u00a0-\u00ff]/.test(text)) return false;
  let words = 0;
  let foreign = 0;
  for (const m of text.matchAll(/\S+/gu)) {
    if (!/\p{L}/u.test(m[0])) continue;
    words++;
    if ([...m[0]].some((c) => c >= '\u00a0' && c <= '\u00ff' && !VIETNAMESE_LATIN1.test(c) && /\p{L}/u.test(m[0].replace(c, '')))) foreign++;
  }
  return words > 0 && foreign / words > 0.05;
}

const NEEDS_LEGACY = 'legacy encoding needs iconv-lite';

/** Windows-1258 vs TCVN3: the decoding with fewer implausible words wins. */
export function decodeLegacy(bytes: Uint8Array, legacy: LegacyDecoder): DecodedText {
  const candidates = (['windows1258', 'tcvn'] as const).map((enc) => {
    const text = nfc(normalizeNewlines(legacy(bytes, enc)));
    return { enc, text, score: implausibility(text) };
  });
  candidates.sort((a, b) => a.score - b.score);
  const best = candidates[0];
  return { text: best.text, encoding: best.enc === 'tcvn' ? 'tcvn3' : 'windows-1258' };
}

function detectBom(b: Uint8Array): { encoding: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8-bom', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** UTF-16 without a BOM: in Vietnamese and ASCII text one byte of most pairs is NUL (or 0x1E for ạ…ỹ). */
function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > 0.4 * pairs && evenZero < 0.05 * pairs) return 'utf-16le';
  if (evenZero > 0.4 * pairs && oddZero < 0.05 * pairs) return 'utf-16be';
  return null;
}

function strictDecode(body: Uint8Array, label: string, path: string): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new InputError('unknown-encoding', path, `invalid ${label}`);
  }
}

function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0 || (c < 9) || (c > 13 && c < 32 && c !== 27)) control++;
  }
  return control > 0.05 * n;
}

function finish(text: string, encoding: string): DecodedText {
  return { text: nfc(normalizeNewlines(text)), encoding };
}

export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * Share of words that no Vietnamese (or Latin) text would contain: two tone
 * marks in one syllable, a capital after a small letter ("nhÂn"), a tone mark
 * left without a letter, or a control character.
 */
export function implausibility(text: string): number {
  let words = 0;
  let bad = 0;
  for (const m of text.matchAll(/[^\s\p{P}\p{S}\p{N}]+/gu)) {
    const w = m[0];
    words++;
    const nfd = w.normalize('NFD');
    const tones = nfd.match(TONE)?.length ?? 0;
    if (tones > 1 || /^\p{M}/u.test(nfd) || /\p{Ll}\p{Lu}/u.test(w) || /\p{Cc}/u.test(w)) bad++;
  }
  return words === 0 ? 1 : bad / words;
}
