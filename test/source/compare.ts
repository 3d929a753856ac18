// Reader-level comparison of two texts in the corpus shape: the word stream,
// which words are bold, and where paragraphs start — white space aside.

export interface Word {
  word: string;
  bold: boolean;
  /** First word of a paragraph. */
  paraStart: boolean;
  /** First word of a line (a paragraph start is also a line start). */
  lineStart: boolean;
}

export interface WordsOptions {
  /** Web-converted Markdown: `|` cell separators and `---` rules are layout, not text. */
  markdown?: boolean;
}

/**
 * Words of a corpus-shaped text. Italic markers and escaped asterisks are
 * dropped (the .docx of the corpus carries the .txt's `*…*` as literal
 * asterisks, which the readers escape); bold spans are read like text/markup.ts.
 */
export function words(text: string, opts: WordsOptions = {}): Word[] {
  let t = text.replace(/\r\n?/g, '\n').normalize('NFC');
  // A "|" line is a cell boundary, in the web-converted .md and in the readers' text
  // alike (they write data tables in that form): layout, and a paragraph break.
  t = t
    .split('\n')
    .map((l) => (/^\s*\|\s*$/.test(l) || (opts.markdown && /^\s*(-{3,}|_{3,})\s*$/.test(l)) ? '' : l))
    .join('\n');
  const out: Word[] = [];
  for (const para of t.split(/\n[ \t]*\n/)) {
    let bold = false;
    let firstInPara = true;
    for (const line of para.split('\n')) {
      let firstInLine = true;
      let word = '';
      let wordBold = false;
      const flush = () => {
        if (word) out.push({ word, bold: wordBold, paraStart: firstInPara, lineStart: firstInLine });
        if (word) firstInPara = firstInLine = false;
        word = '';
        wordBold = false;
      };
      for (let k = 0; k < line.length; k++) {
        const c = line[k];
        if (c === '*' && line[k + 1] === '*') {
          bold = !bold;
          k++;
        } else if (c === '*' || (c === '\\' && line[k + 1] === '*')) {
          // italics and escaped asterisks: not words
        } else if (/\s/.test(c)) flush();
        else {
          word += c;
          // A word half in bold ("2023**.") counts as bold.
          wordBold ||= bold;
        }
      }
      flush();
    }
  }
  return out;
}

export interface Alignment {
  /** Pairs of indexes [in a, in b] of matching words. */
  pairs: Array<[number, number]>;
  /** Matched words / words of the longer text. */
  similarity: number;
}

/** Greedy alignment with look-ahead resynchronisation: the streams are nearly equal. */
export function align(a: Word[], b: Word[], window = 60): Alignment {
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  const eq = (x: number, y: number) => x < a.length && y < b.length && a[x].word === b[y].word;
  while (i < a.length && j < b.length) {
    if (eq(i, j)) {
      pairs.push([i, j]);
      i++;
      j++;
      continue;
    }
    let found = false;
    for (let d = 1; d <= window && !found; d++) {
      for (let k = 0; k <= d && !found; k++) {
        // Skip k words of a and d-k words of b, then require two words in a row to agree.
        if (eq(i + k, j + d - k) && eq(i + k + 1, j + d - k + 1)) {
          i += k;
          j += d - k;
          found = true;
        }
      }
    }
    if (!found) {
      i++;
      j++;
    }
  }
  return { pairs, similarity: pairs.length / Math.max(1, a.length, b.length) };
}

export interface Comparison {
  similarity: number;
  /** Matched words whose bold flag differs. */
  boldMismatches: string[];
  /** Paragraphs of the reference that the reader did not start (at a matched word). */
  missedParagraphs: string[];
  /** Paragraphs the reader started where the reference has not even a line break. */
  extraParagraphs: string[];
  refWords: number;
}

export function compare(ref: Word[], got: Word[]): Comparison {
  const { pairs, similarity } = align(ref, got);
  const boldMismatches: string[] = [];
  const missedParagraphs: string[] = [];
  const extraParagraphs: string[] = [];
  const context = (ws: Word[], k: number) => ws.slice(k, k + 6).map((w) => w.word).join(' ');
  for (const [i, j] of pairs) {
    if (ref[i].bold !== got[j].bold) boldMismatches.push(`${ref[i].bold ? 'bold' : 'plain'} in ref: ${context(ref, i)}`);
    // A reference paragraph may come out as a line of the reader's paragraph and vice versa
    // (a Word line break and a paragraph break look the same in a PDF).
    if (ref[i].paraStart && !got[j].lineStart) missedParagraphs.push(context(ref, i));
    if (got[j].paraStart && !ref[i].lineStart) extraParagraphs.push(context(got, j));
  }
  return { similarity, boldMismatches, missedParagraphs, extraParagraphs, refWords: ref.length };
}
