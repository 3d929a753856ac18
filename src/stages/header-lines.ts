// The header's parts each on a paragraph of their own. Decree 30 lays the header out
// in a two-column table; a reader that loses the cells (a .docx without blank
// paragraphs, a PDF's text lines, a pasted text) runs the parts together:
//   "ỦY BAN NHÂN DÂN / HUYỆN TUY PHƯỚC / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" on consecutive lines,
//   "ỦY BAN NHÂN DÂN HUYỆN TUY PHƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" side by side on one line,
//   "Số: 12/UBND-VP Tuy Phước, ngày 06 tháng 11 năm 2023", "98/2025/QĐ-UBND / QUYẾT ĐỊNH / BAN HÀNH … / Căn cứ …".
// The header is read on a view of the blocks cut before each such part; the view
// maps back to the blocks it came from.
import { squash } from '../text/normalize.js';
import { fast } from '../text/letters.js';
import { markerOf, type Block } from './blocks.js';

export interface HeaderView {
  blocks: Block[];
  /** For each view block, the index of the block it was cut from. */
  origin: number[];
  /** Whether the view block starts where its original block starts. */
  first: boolean[];
}

const NON_LETTER = fast(/[^\p{L}]/gu);
const HAS_LETTER = fast(/\p{L}/u);
// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in either tone style, any case.
// Cases spelled out: a case-insensitive Unicode pattern is slow, and this one runs on every line.
const MOTTO_AT = fast(/[Cc][ỘộÔô][Nn][Gg]\s+[Hh][ÒòOo][ÀàAa]?\s*[Xx][ÃãAa]\s+[Hh][ỘộÔô][Ii]/u);
const NUMBER_LINE = fast(/^Số\s*(?:hiệu)?\s*:|^Số\s+\d+\s*\//u);
// "Số: 12/UBND-VP" followed on the same line by the place and date.
const NUMBER_THEN_MORE = fast(/^Số\s*(?:hiệu)?\s*:?\s*[\p{L}\p{N}.]*\s*\/\s*[\p{L}\p{N}.\-–&/]+(?=\s+\p{Lu})/u);
const NUMBER_ALONE = fast(/^\d[\p{L}\p{N}.]*\s*\/\s*[\p{L}\p{N}.\-–&/]*\p{Lu}[\p{L}\p{N}.\-–&/]*$/u);
const DIGIT_FIRST = /^\s*\d/u;
const PLACE_DATE = fast(/^\p{Lu}[\p{L}.'\s-]{1,40}?,\s*ngày\s*(?:\d{1,2})?\s*tháng/u);
const OPENS_PART = fast(/^(?:(?:Đồng\s+)?[Kk]ính gửi|V\/v|Về việc)(?![\p{L}])/u);
// The body's first paragraph right under a title in capitals.
const OPENS_BODY = fast(/^(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Xét)(?![\p{L}])/u);

function isUpper(s: string): boolean {
  const letters = s.replace(NON_LETTER, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

/** Offsets in `line` where a new header part starts (0 for the line itself). */
function cutsIn(line: string, prevLine: string | null, typeRe: RegExp): number[] {
  const t = line.replace(/^\*+\s*/u, '');
  const lead = line.length - t.length;
  const cuts: number[] = [];
  const motto = MOTTO_AT.exec(t);
  const opens =
    (motto !== null && motto.index === 0) ||
    NUMBER_LINE.test(t) ||
    (DIGIT_FIRST.test(t) && NUMBER_ALONE.test(squash(t))) ||
    PLACE_DATE.test(t) ||
    OPENS_PART.test(t) ||
    (typeRe.test(t) && isUpper(t.split(/\s+/u).slice(0, 2).join(' '))) ||
    (prevLine !== null && OPENS_BODY.test(t) && isUpper(prevLine));
  if (opens && prevLine !== null) cuts.push(0);
  // Side by side: the issuer's row, then the motto.
  if (motto && motto.index > 0 && isUpper(t.slice(0, motto.index)) && HAS_LETTER.test(t.slice(0, motto.index))) cuts.push(lead + motto.index);
  // Side by side: the number, then the place and date.
  const num = NUMBER_THEN_MORE.exec(t);
  if (num) {
    const rest = t.slice(num[0].length);
    if (PLACE_DATE.test(rest.trimStart())) cuts.push(lead + num[0].length + rest.length - rest.trimStart().length);
  }
  return cuts;
}

function piece(b: Block, from: number, to: number): Block | null {
  const raw = b.text.slice(from, to);
  const text = raw.trim();
  if (!text) return null;
  const start = b.start + from + (raw.length - raw.trimStart().length);
  const m = markerOf(text);
  return { start, end: start + text.length, text, marker: m.kind, label: m.label, bodyStart: start + m.length };
}

/** The blocks before `upTo` cut at each header part; later blocks as they are. */
export function splitHeaderBlocks(blocks: Block[], upTo: number, typeRe: RegExp): HeaderView {
  const view: HeaderView = { blocks: [], origin: [], first: [] };
  blocks.forEach((b, i) => {
    // Past the header (most blocks of a document): the block itself, nothing to look for.
    if (i >= upTo) {
      view.blocks.push(b);
      view.origin.push(i);
      view.first.push(true);
      return;
    }
    const cuts = new Set<number>([0]);
    let off = 0;
    let prev: string | null = null;
    for (const line of b.text.split('\n')) {
      for (const c of cutsIn(line, prev, typeRe)) cuts.add(off + c);
      if (line.trim()) prev = line.trim().replace(/^\*+|\*+$/gu, '');
      off += line.length + 1;
    }
    if (cuts.size === 1) {
      // Not cut (every block past the header): the block itself, with no copy to make.
      view.blocks.push(b);
      view.origin.push(i);
      view.first.push(true);
      return;
    }
    const at = [...cuts].sort((x, y) => x - y);
    let firstPiece = true;
    at.forEach((from, k) => {
      const p = piece(b, from, k + 1 < at.length ? at[k + 1] : b.text.length);
      if (!p) return;
      view.blocks.push(p);
      view.origin.push(i);
      view.first.push(firstPiece);
      firstPiece = false;
    });
  });
  return view;
}

/** The original index of view block `v` as the start of a span (its whole block is taken). */
export function startIndex(view: HeaderView, v: number, total: number): number {
  return v < view.origin.length ? view.origin[v] : total;
}

/** The original index one past the span that ends before view block `v`. */
export function endIndex(view: HeaderView, v: number, total: number): number {
  if (v >= view.origin.length) return total;
  return view.first[v] ? view.origin[v] : view.origin[v] + 1;
}
