// The text the grammar matches on: NFC, look-alikes folded, lower case and
// new-style tone marks ("hoà" → "hòa"), so every pattern is written once in
// lower case. Offsets are kept: `toOriginal` maps an offset in the prepared
// text back to the caller's string, even when the input was NFD.
import { foldForMatching, lowerKeepingLength, newStyleTones } from '../text/normalize.js';

export interface Prepared {
  /** The text to match on. */
  s: string;
  /** The same text before lower-casing (same length): for rules that look at capitals. */
  cased: string;
  /** Offset in `s` → offset in the original text. */
  toOriginal(offset: number): number;
}

function finish(nfc: string, folded = false): { s: string; cased: string } {
  const cased = folded ? nfc : foldForMatching(nfc);
  return { s: newStyleTones(lowerKeepingLength(cased)), cased };
}

/**
 * `folded`: the caller's text went through foldForMatching already (a slice of the pipeline's text), so that pass, idempotent, is skipped.
 * `knownNfc`: it is a slice of a text in NFC, and so in NFC itself (a cut can only leave marks without their base, which NFC keeps).
 */
export function prepare(text: string, folded = false, knownNfc = false): Prepared {
  const nfc = knownNfc ? text : text.normalize('NFC');
  if (nfc === text) return { ...finish(text, folded), toOriginal: (i) => i };
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
