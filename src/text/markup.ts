// The readers mark bold as **…** (and italics as *…*), like the corpus .txt and
// .md files. This strips the markers, remembers where bold was, and keeps a map
// from plain-text offsets back to the marked-up text for line/column.

import { fast } from './letters.js';

const WORD_START = fast(/[\p{L}\p{N}“"(]/u);

export interface PlainText {
  text: string;
  /** Bold ranges [start, end) in `text`. */
  bold: Array<[number, number]>;
  /** Offsets of `text` ↔ offsets of the marked-up input. */
  origin: OffsetMap;
}

/**
 * Plain offsets (0 … length, one past the end included) ↔ offsets of the marked-up
 * text, as runs that advance together: a run starts wherever markers were dropped.
 * An array with one entry per character (4 bytes each) was the largest block a
 * long document allocated outside the JS heap.
 */
export class OffsetMap {
  /** Run r covers plain offsets [plainAt[r], plainAt[r + 1]) and starts at markedAt[r]. */
  private readonly plainAt: number[] = [];
  private readonly markedAt: number[] = [];
  private mapped = 0;

  /** Plain offsets mapped so far: the text's length + 1 once done. */
  get length(): number {
    return this.mapped;
  }

  /** The next `count` plain offsets are the marked offsets from `marked` on. */
  add(marked: number, count = 1): void {
    const r = this.plainAt.length - 1;
    if (r < 0 || this.markedAt[r] + (this.mapped - this.plainAt[r]) !== marked) {
      this.plainAt.push(this.mapped);
      this.markedAt.push(marked);
    }
    this.mapped += count;
  }

  /** The marked offset of a plain offset (clamped to the end). */
  toMarked(plain: number): number {
    const p = Math.max(0, Math.min(plain, this.length - 1));
    const r = lastAtOrBelow(this.plainAt, p);
    return this.markedAt[r] + (p - this.plainAt[r]);
  }

  /** The first plain offset whose marked offset is at or after `marked` (the end when none is). */
  toPlain(marked: number): number {
    // Marked offsets grow with plain ones: the first run whose last offset reaches `marked`.
    let lo = 0;
    let hi = this.plainAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.markedAt[mid] + (this.runEnd(mid) - this.plainAt[mid]) - 1 < marked) lo = mid + 1;
      else hi = mid;
    }
    if (lo === this.plainAt.length) return this.length - 1;
    return this.plainAt[lo] + Math.max(0, marked - this.markedAt[lo]);
  }

  private runEnd(r: number): number {
    return r + 1 < this.plainAt.length ? this.plainAt[r + 1] : this.length;
  }
}

function lastAtOrBelow(sorted: number[], v: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function stripMarkup(marked: string): PlainText {
  if (!marked.includes('*')) {
    // No markup at all: the identity map.
    const origin = new OffsetMap();
    origin.add(0, marked.length + 1);
    return { text: marked, bold: [], origin };
  }
  const out: string[] = [];
  const origin = new OffsetMap();
  const bold: Array<[number, number]> = [];
  let boldStart = -1;
  let italicOpen = false;
  const n = marked.length;
  for (let i = 0; i < n; i++) {
    const c = marked[i];
    if (c !== '*' && c !== '\\' && c !== '\n') {
      // Copy the run up to the next character that matters in one step.
      let j = i + 1;
      while (j < n) {
        const d = marked.charCodeAt(j);
        if (d === 42 || d === 92 || d === 10) break;
        j++;
      }
      out.push(marked.slice(i, j));
      origin.add(i, j - i);
      i = j - 1;
      continue;
    }
    if (c === '\\' && i + 1 < n && marked[i + 1] === '*') {
      out.push('*');
      origin.add(i + 1);
      i++;
      continue;
    }
    if (c === '*') {
      if (marked[i + 1] === '*') {
        if (boldStart < 0) boldStart = origin.length;
        else {
          if (origin.length > boldStart) bold.push([boldStart, origin.length]);
          boldStart = -1;
        }
        i++;
        continue;
      }
      // A single * is an italic marker when it opens on a word and a closing *
      // follows in the same paragraph, or when it closes an open one; a lone
      // "(*)" footnote sign or " * " stays text.
      const prev = marked[i - 1] ?? ' ';
      const next = marked[i + 1] ?? ' ';
      // Web-converted text closes with a space before it ("… năm 2025 *").
      if (italicOpen && (/\S/.test(prev) || /\s/.test(next))) {
        italicOpen = false;
        continue;
      }
      if (!italicOpen && WORD_START.test(next) && hasClosingStar(marked, i + 1)) {
        italicOpen = true;
        continue;
      }
    }
    if (c === '\n' && (marked[i + 1] === '\n' || marked.startsWith('|\n', i + 1))) {
      // Bold and italics never run across paragraphs: an unclosed marker ends here.
      if (boldStart >= 0 && origin.length > boldStart) bold.push([boldStart, origin.length]);
      boldStart = -1;
      italicOpen = false;
    }
    out.push(c);
    origin.add(i);
  }
  if (boldStart >= 0 && origin.length > boldStart) bold.push([boldStart, origin.length]);
  origin.add(n);
  return { text: out.join(''), bold, origin };
}

/** A closing single "*" after `from`, before the paragraph ends. */
function hasClosingStar(marked: string, from: number): boolean {
  // Within 2,000 characters, up to the paragraph's end: looked for in the same pass (an
  // indexOf of the blank line ran to the end of a text that had none, for every "*").
  const stop = Math.min(marked.length, from + 2000);
  for (let j = from; j < stop; j++) {
    const c = marked.charCodeAt(j);
    if (c === 10 && marked.charCodeAt(j + 1) === 10) return false;
    if (c === 42 && marked[j + 1] !== '*' && marked[j - 1] !== '*' && (/\S/.test(marked[j - 1] ?? ' ') || /\s/.test(marked[j + 1] ?? ' '))) return true;
  }
  return false;
}

/** True when [start, end) overlaps bold text (ignoring white space and punctuation at the edges). */
export function isBold(bold: Array<[number, number]>, start: number, end: number): boolean {
  for (const [s, e] of bold) if (s < end && e > start) return true;
  return false;
}
