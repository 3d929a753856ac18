// The readers mark bold as **…** (and italics as *…*), like the corpus .txt and
// .md files. This strips the markers, remembers where bold was, and keeps a map
// from plain-text offsets back to the marked-up text for line/column.

import { fast } from './letters.js';

const WORD_START = fast(/[\p{L}\p{N}“"(]/u);

export interface PlainText {
  text: string;
  /** Bold ranges [start, end) in `text`. */
  bold: Array<[number, number]>;
  /** For each offset of `text` (and one past the end), the offset in the marked-up input. */
  origin: Int32Array;
}

export function stripMarkup(marked: string): PlainText {
  if (!marked.includes('*')) {
    // No markup at all: the identity map.
    const origin = new Int32Array(marked.length + 1);
    for (let i = 0; i <= marked.length; i++) origin[i] = i;
    return { text: marked, bold: [], origin };
  }
  const out: string[] = [];
  const origin = new Int32Array(marked.length + 1);
  const bold: Array<[number, number]> = [];
  let boldStart = -1;
  let italicOpen = false;
  let plainLen = 0;
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
      for (let k = i; k < j; k++) origin[plainLen++] = k;
      i = j - 1;
      continue;
    }
    if (c === '\\' && i + 1 < n && marked[i + 1] === '*') {
      out.push('*');
      origin[plainLen++] = i + 1;
      i++;
      continue;
    }
    if (c === '*') {
      if (marked[i + 1] === '*') {
        if (boldStart < 0) boldStart = plainLen;
        else {
          if (plainLen > boldStart) bold.push([boldStart, plainLen]);
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
      if (boldStart >= 0 && plainLen > boldStart) bold.push([boldStart, plainLen]);
      boldStart = -1;
      italicOpen = false;
    }
    out.push(c);
    origin[plainLen++] = i;
  }
  if (boldStart >= 0 && plainLen > boldStart) bold.push([boldStart, plainLen]);
  origin[plainLen] = n;
  return { text: out.join(''), bold, origin: origin.subarray(0, plainLen + 1) };
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
