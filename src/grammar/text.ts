// The text the grammar matches on: NFC, look-alikes folded, lower case and
// new-style tone marks ("hoà" → "hòa"), so every pattern is written once in
// lower case. Offsets are kept: `toOriginal` maps an offset in the prepared
// text back to the caller's string, even when the input was NFD.
import { foldForMatching } from '../text/normalize.js';

export interface Prepared {
  /** The text to match on. */
  s: string;
  /** The same text before lower-casing (same length): for rules that look at capitals. */
  cased: string;
  /** Offset in `s` → offset in the original text. */
  toOriginal(offset: number): number;
}

// (Letters spelled out rather than \p{L}: see patterns.ts `L` on compile time.)
const OLD_TONE = /(?<![qg])(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![A-Za-z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF])/gu;
const NEW_TONE: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

function lowerKeepLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Characters foldForMatching changes (keep in step with text/normalize.ts): most
 * paragraphs have none, and the pipeline has folded them already. */
const FOLDABLE = /[\u00A0\u00D0\u02BC\u0400-\u04FF\u2002-\u200A\u2010-\u2012\u2018\u2019\u202F\u2212\u3000\uFF01-\uFF5E]/u;

function finish(nfc: string): { s: string; cased: string } {
  const cased = FOLDABLE.test(nfc) ? foldForMatching(nfc) : nfc;
  return { s: lowerKeepLength(cased).replace(OLD_TONE, (m) => NEW_TONE[m] ?? m), cased };
}

export function prepare(text: string): Prepared {
  const nfc = text.normalize('NFC');
  if (nfc === text) return { ...finish(text), toOriginal: (i) => i };
  // NFD (or mixed) input: normalise cluster by cluster and keep a map.
  const map: number[] = [];
  let out = '';
  const cluster = /\P{M}\p{M}*|\p{M}+/gu;
  let m: RegExpExecArray | null;
  while ((m = cluster.exec(text)) !== null) {
    const c = m[0].normalize('NFC');
    for (let k = 0; k < c.length; k++) map.push(m.index + (k === 0 ? 0 : Math.min(k, m[0].length - 1)));
    out += c;
  }
  map.push(text.length);
  return {
    ...finish(out),
    // An end offset that falls after a cluster maps to that cluster's end.
    toOriginal: (i) => (i >= map.length ? text.length : map[i]),
  };
}
