// The readers mark bold as **…** (and italics as *…*), like the corpus .txt and
// .md files. This strips the markers, remembers where bold was, and keeps a map
// from plain-text offsets back to the marked-up text for line/column.

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
  const origin: number[] = [];
  const bold: Array<[number, number]> = [];
  let boldStart = -1;
  let italicOpen = false;
  let plainLen = 0;
  const n = marked.length;
  for (let i = 0; i < n; i++) {
    const c = marked[i];
    if (c === '\\' && i + 1 < n && marked[i + 1] === '*') {
      out.push('*');
      origin.push(i + 1);
      plainLen++;
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
      // A single * is an italic marker when it touches a word on the right side
      // (opening) or the left side (closing); a lone " * " stays text.
      const prev = marked[i - 1] ?? ' ';
      const next = marked[i + 1] ?? ' ';
      const opening = !italicOpen && /\S/.test(next);
      const closing = italicOpen && /\S/.test(prev);
      if (opening || closing) {
        italicOpen = !italicOpen;
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
    origin.push(i);
    plainLen++;
  }
  if (boldStart >= 0 && plainLen > boldStart) bold.push([boldStart, plainLen]);
  origin.push(n);
  return { text: out.join(''), bold, origin: Int32Array.from(origin) };
}

/** True when [start, end) overlaps bold text (ignoring white space and punctuation at the edges). */
export function isBold(bold: Array<[number, number]>, start: number, end: number): boolean {
  for (const [s, e] of bold) if (s < end && e > start) return true;
  return false;
}
