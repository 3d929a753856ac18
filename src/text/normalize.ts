// Text normalisation shared by every stage. Functions that keep the length
// (`foldForMatching`) can be used on text whose offsets matter; the others
// build comparison keys only.
import { fast } from './letters.js';

// Look-alike characters that copy-paste leaves in real documents (a Cyrillic
// "Т" in "BТС", full-width digits, non-breaking spaces). Each maps to exactly
// one UTF-16 code unit so offsets survive.
const LOOKALIKES: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u200a': ' ', '\u3000': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u02bc': "'",
  // Eth (Ð, U+00D0) is typed for Đ (U+0110). Đ and đ themselves are not listed: each of
  // the thousands in a Vietnamese text would call the replacer to give itself back.
  '\u00d0': 'Đ',
};

/**
 * Same length as the input: look-alikes → Latin/ASCII, full-width ASCII → ASCII,
 * exotic spaces → space. Vietnamese letters are untouched.
 */
export function foldForMatching(s: string): string {
  // One regex pass: most text has no look-alike at all (the common case costs one scan).
  return s.replace(FOLD_RE, (ch) => {
    const code = ch.charCodeAt(0);
    return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : (LOOKALIKES[ch] ?? ch);
  });
}

const FOLD_RE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}\\uff01-\\uff5e]`, 'g');

// Old-style ("hoà", "uỷ") and new-style ("hòa", "ủy") tone placement name the
// same word; keys use the new style (the one in Decree 30's own text).
const OLD_TO_NEW: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

const OLD_STYLE_TONE = fast(/(?<![qgQG])(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}])/gu);
const MARK = fast(/\p{M}/gu);

/** Lower-case, NFC, new-style tone marks: "Uỷ ban" and "Ủy ban" give the same key. */
export function toneKey(s: string): string {
  return newStyleTones(s.normalize('NFC').toLowerCase());
}

/** Old-style tone placement ("hoà", "uỷ") → new style ("hòa", "ủy"); same length. */
export function newStyleTones(s: string): string {
  return s.replace(OLD_STYLE_TONE, (m) => OLD_TO_NEW[m] ?? m);
}

/** Lower case, except the few letters whose lower case is longer: offsets are kept. */
export function lowerKeepingLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Remove every diacritic (đ → d): for diacritics-insensitive matching of names. */
export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(MARK, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * Collapse white space and trim. Only what would change is replaced: a run of two
 * or more, or one character that is not a plain space (most runs in prose are one
 * space, and replacing each with itself made this ~3× slower; it is called on
 * every block, task and unit).
 */
export function squash(s: string): string {
  return collapseSpace(s).trim();
}

/** Every run of white space as one space (squash without the trim). */
export function collapseSpace(s: string): string {
  return s.replace(SPACE_TO_SQUASH, ' ');
}

const SPACE_TO_SQUASH = /\s{2,}|[^\S ]/g;

/**
 * Longest slice (in UTF-16 units) normalized at once. ICU copies its input into a
 * buffer of twice this many bytes; under glibc's 128 KiB mmap threshold, that copy
 * comes from the thread's arena and goes back to it. A whole document normalized at
 * once took a mapped block of its size, and each such block freed raised glibc's
 * threshold (and its trim threshold with it) for the rest of the process: after a
 * long batch every thread's arena kept megabytes it no longer used.
 */
const NFC_SLICE = 32 * 1024;

/**
 * `s.normalize('NFC')`, a slice at a time. A slice ends just before an ASCII
 * character: one never composes with what precedes it and blocks any composition
 * across it, so NFC of the whole is NFC of the slices joined.
 */
export function nfc(s: string, most = NFC_SLICE): string {
  if (s.length <= most) return s.normalize('NFC');
  let out = '';
  for (const [from, to] of nfcSlices(s, most)) out += s.slice(from, to).normalize('NFC');
  return out;
}

/** Whether `s` is in NFC, a slice at a time (see nfc). */
export function isNfc(s: string, most = NFC_SLICE): boolean {
  if (s.length <= most) return s.normalize('NFC') === s;
  for (const [from, to] of nfcSlices(s, most)) {
    const slice = s.slice(from, to);
    if (slice.normalize('NFC') !== slice) return false;
  }
  return true;
}

/** [from, to) slices of at most `most` units, each cut before an ASCII character (a longer slice where there is none). */
function* nfcSlices(s: string, most: number): Generator<[number, number]> {
  let from = 0;
  while (s.length - from > most) {
    let cut = from + most;
    while (cut > from && s.charCodeAt(cut) >= 0x80) cut--;
    if (cut === from) {
      // No ASCII in the window: the first one after it (or the end).
      cut = from + most;
      while (cut < s.length && s.charCodeAt(cut) >= 0x80) cut++;
    }
    yield [from, cut];
    from = cut;
  }
  yield [from, s.length];
}
