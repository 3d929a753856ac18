// Plain text → paragraphs. Blank lines and table-cell separators ("|") end a
// paragraph; inside hard-wrapped text (web-converted .md) a list marker or a
// header keyword at the start of a line opens a new one. A paragraph cut by a
// page break in mid-sentence ("… hoặc giải" / "quyết trễ hạn") is joined.
import { fast } from '../text/letters.js';
import { isBlank, splitLines, type Line } from '../text/lines.js';
import { execAll } from '../text/matches.js';

// Compiled once, with the property classes spelled out (text/letters.ts).
const OPENS_SENTENCE = fast(/^\s*[\p{Lu}\d(“"]/u);
const STARTS_LOWER = fast(/^\s*\p{Ll}/u);
const ENDS_LOWER = fast(/\p{Ll}\s*$/u);
const ENDS_WORD = fast(/[\p{L}\p{N}]\s*$/u);

export type MarkerKind = 'part' | 'chapter' | 'subsection' | 'article' | 'roman' | 'arabic' | 'letter' | 'dash' | 'plus' | 'none';

export interface Block {
  /** Offsets in the plain text; `text` is the slice (line breaks kept). */
  start: number;
  end: number;
  text: string;
  marker: MarkerKind;
  /** The marker as written ("II", "1.2", "a", "-"), without punctuation. */
  label: string;
  /** Offset of the text after the marker. */
  bodyStart: number;
}

const SEPARATOR = /^\s*(?:\||-{3,}|_{3,}|={3,}|#+|\.{3,}|…)\s*$/u;

const MARKERS: Array<[MarkerKind, RegExp]> = [
  // A regulation's divisions: "Phần thứ nhất", "Chương II", "Mục 1", "Điều 12." — the
  // number is required ("Mục tiêu", "Điều kiện" are words), and an article's number
  // is followed by "." or ":" ("Điều 5 của Luật …" in running text is a citation).
  ['part', fast(/^\s*(?:PHẦN|Phần)\s+((?:thứ|THỨ)\s+\p{L}+|[IVXLC]{1,6}|\d{1,2})(?=[\s.:]|$)(?:\s*[.:])?\s*/u)],
  ['chapter', /^\s*(?:CHƯƠNG|Chương)\s+([IVXLC]{1,6}|\d{1,2})(?=[\s.:]|$)(?:\s*[.:])?\s*/u],
  ['subsection', /^\s*(?:MỤC|Mục)\s+([IVXLC]{1,6}|\d{1,2})(?=[\s.:]|$)(?:\s*[.:])?\s*/u],
  ['article', /^\s*(?:ĐIỀU|Điều)\s+(\d{1,3}[a-z]?)\s*[.:]\s*/u],
  // A label alone on its line ("2.3." / "Công an tỉnh") numbers the line after it.
  ['roman', /^\s*([IVX]{1,5})[.)](?:\s+(?=\S)|\s*$)/u],
  ['arabic', fast(/^\s*(\d{1,2}(?:\.\d{1,2}){0,3})(?:[.)]\s*|\s+(?=\p{Lu}))(?:(?=\S)(?!\d)|$)/u)],
  ['letter', fast(/^\s*([a-zđ])[)]\s*(?=\S)|^\s*([a-zđ])\.\s+(?=\p{Lu})/u)],
  ['dash', /^\s*([-–—•●▪·])\s*(?=\S)/u],
  ['plus', /^\s*([+*])\s+(?=\S)/u],
];

const LINE_OPENERS = fast(/^\s*(?:Kính gửi|Nơi nhận|Số\s*:|V\/v|Về việc|KT\.|TM\.|TL\.|TUQ\.|Q\.|\p{Lu}[\p{L}.' ]{1,30}, ngày\s)/u);

const ITALIC_LABEL = /^\s*\*(?=\s*(?:\d|[IVX]+[.)]|[a-zđ]\)|Điều|Chương|Mục|Phần))/u;

export function markerOf(line: string): { kind: MarkerKind; label: string; length: number } {
  // An italic heading keeps its opening "*" in the plain text when it spans lines
  // ("*2.3.\nCông an tỉnh*"): the marker is behind it.
  const italic = line.trimStart().charCodeAt(0) === 42 ? (ITALIC_LABEL.exec(line)?.[0].length ?? 0) : 0;
  const rest = italic ? line.slice(italic) : line;
  // Every marker opens with a digit, a roman numeral, a lower-case letter, a bullet or the
  // capital of Phần / Chương / Mục / Điều: most lines of prose are ruled out by their first letter.
  const first = rest.trimStart().charAt(0);
  if (!MARKER_FIRST.test(first)) return NONE;
  for (const [kind, re] of markersFor(first)) {
    const m = re.exec(rest);
    if (m) {
      // A bullet is never behind an italic mark ("*- …" is a dash in italics, read as before).
      if (italic && (kind === 'dash' || kind === 'plus')) break;
      return { kind, label: m[1] ?? m[2] ?? '', length: italic + m[0].length };
    }
  }
  return NONE;
}

const NONE = { kind: 'none' as MarkerKind, label: '', length: 0 };

// The first character each marker can open with; the markers a line is tried against are
// those its first character allows, in MARKERS' order (a line of prose tried all nine).
const OPENS_WITH: Record<MarkerKind, RegExp> = {
  part: /^P$/u,
  chapter: /^C$/u,
  subsection: /^M$/u,
  article: /^Đ$/u,
  roman: /^[IVX]$/u,
  arabic: /^\d$/u,
  letter: /^[a-zđ]$/u,
  dash: /^[-–—•●▪·]$/u,
  plus: /^[+*]$/u,
  none: /^$/u,
};
const BY_FIRST = new Map<string, Array<[MarkerKind, RegExp]>>();

function markersFor(first: string): Array<[MarkerKind, RegExp]> {
  let list = BY_FIRST.get(first);
  if (!list) {
    list = MARKERS.filter(([kind]) => OPENS_WITH[kind].test(first));
    BY_FIRST.set(first, list);
  }
  return list;
}
const MARKER_FIRST = /^[0-9IVXLCPMĐa-zđ\-–—•●▪·+*]$/u;


/** The 90th percentile of the lengths of the non-empty lines: counted, not sorted (a text has hundreds of thousands of lines). */
function wrapWidth(lines: Line[]): number {
  let max = 0;
  let n = 0;
  for (const l of lines) {
    if (l.text.length > max) max = l.text.length;
    if (l.text.length > 0) n++;
  }
  if (n === 0) return Infinity;
  // A JS array, not a typed one: one line of a long text without breaks made a block of 4 bytes per character outside the heap.
  const counts: number[] = new Array<number>(max + 1).fill(0);
  for (const l of lines) if (l.text.length > 0) counts[l.text.length]++;
  // The length at index floor(0.9 n) of the sorted lengths.
  const rank = Math.floor(n * 0.9);
  let seen = 0;
  for (let len = 1; len <= max; len++) {
    seen += counts[len];
    if (seen > rank) return len;
  }
  return max;
}

const LOWER_OR_DIGIT_AFTER_DASH = fast(/^\s*[-–]\s*(?:\d|\p{Ll})/u);

/** Lines of a paragraph its opening marker can reach into. */
const MARKER_LINES = 3;

/** Characters at the end of a paragraph enough to tell how it ends. */
const TAIL = 512;

const TERMINAL = /[.;:!?)\]”"'…/]\s*$|\*\*\s*$/u;

export function splitBlocks(text: string, opts: { hardWrapped?: boolean } = {}): Block[] {
  const lines = splitLines(text);
  // A line that ends a sentence or clause ends its paragraph; in hard-wrapped
  // text only when it is well short of the wrap width (else the wrap fell there).
  const wrap = opts.hardWrapped ? wrapWidth(lines) : Infinity;
  const raw: Array<{ start: number; end: number; gapBefore: boolean }> = [];
  // The paragraph being built, its last line, and the marker kind of its opening
  // lines: kept as it grows, never re-read from the text (each line must cost
  // the same however long the paragraph is; 20,000 lines "- a" took 10 s).
  let cur: { start: number; end: number; gapBefore: boolean; lines: number; kind: MarkerKind; last: string } | null = null;
  let gap = true;
  for (const line of lines) {
    if (isBlank(line.text) || SEPARATOR.test(line.text)) {
      if (cur) raw.push(cur);
      cur = null;
      gap = true;
      continue;
    }
    const marker = markerOf(line.text).kind;
    const prevLine = cur !== null ? cur.last : '';
    const prevClosed = /[.:;!?…]\**\s*$/u.test(prevLine);
    const prevShort = prevLine.length < 0.8 * wrap;
    // In hard-wrapped text "Công nghiệp\n- Viễn thông" is a wrapped hyphen, not a bullet.
    // A "- " that goes on an unfinished line in lower case or with a number is a
    // broken hyphen ("05\n- 06%/năm", "kinh tế\n- xã hội"), whatever the layout.
    const hyphen = marker === 'dash' && !prevClosed && (!prevShort || LOWER_OR_DIGIT_AFTER_DASH.test(line.text));
    const opens = (marker !== 'none' && !(cur !== null && hyphen)) || LINE_OPENERS.test(line.text);
    // A list item ends with its line when that line closes a clause ("- … Trung ương.").
    const itemKind = cur !== null ? cur.kind : 'none';
    const inItem = itemKind === 'dash' || itemKind === 'plus';
    // A label alone on the line before ("2.3.") numbers this line: no paragraph end there.
    const bareLabel = (l: string) => l.trim().length <= 16 && l.trim() !== '' && markerOf(l).length >= l.trimEnd().length;
    const prevEndsClause = cur !== null && prevClosed && (prevShort || inItem) && OPENS_SENTENCE.test(line.text) && !bareLabel(prevLine);
    const splitHere = cur !== null && (opens || prevEndsClause);
    if (cur && !splitHere) {
      cur.end = line.end;
      cur.last = line.text;
      // A marker is read at the start of the paragraph and may reach into its
      // next lines (white space, then what follows the label), never past its third.
      if (++cur.lines <= MARKER_LINES) cur.kind = markerOf(text.slice(cur.start, cur.end)).kind;
    } else {
      if (cur) raw.push(cur);
      cur = { start: line.start, end: line.end, gapBefore: gap, lines: 1, kind: markerOf(line.text).kind, last: line.text };
    }
    gap = false;
  }
  if (cur) raw.push(cur);

  // Join paragraphs cut by a page break: previous has no closing punctuation,
  // next starts in lower case and carries no marker.
  const joined: Array<{ start: number; end: number }> = [];
  // The end of the previous paragraph (the tests look at its last characters
  // only; on the whole of a paragraph that keeps being joined they were quadratic).
  const tail = (p: { start: number; end: number }) => text.slice(Math.max(p.start, p.end - TAIL), p.end);
  const longEnough = (p: { start: number; end: number }) => p.end - p.start > TAIL || text.slice(p.start, p.end).trim().length > 40;
  for (const r of raw) {
    const prev = joined[joined.length - 1];
    const body = text.slice(r.start, r.end);
    if (
      prev &&
      r.gapBefore &&
      // Lower case goes on a sentence; a number only after a word that asks for one
      // ("đạt trên" / "46.200 tấn"); a broken hyphen after a number ("05" / "- 06%/năm").
      ((markerOf(body).kind === 'none' && (STARTS_LOWER.test(body) || (/^\s*\d/u.test(body) && ENDS_LOWER.test(tail(prev))))) ||
        (LOWER_OR_DIGIT_AFTER_DASH.test(body) && ENDS_WORD.test(tail(prev)))) &&
      !TERMINAL.test(tail(prev)) &&
      longEnough(prev)
    ) {
      prev.end = r.end;
    } else {
      joined.push({ start: r.start, end: r.end });
    }
  }

  return joined.flatMap((r) => inlineItems(text, r)).map(({ start, end }) => {
    const t = text.slice(start, end);
    const lead = t.length - t.trimStart().length;
    const m = markerOf(t);
    return {
      start: start + lead,
      end,
      text: t.trimStart(),
      marker: m.kind,
      label: m.label,
      bodyStart: start + Math.max(lead, m.length),
    };
  });
}

/** Paragraphs this long that run numbered items together are a page flattened into one paragraph. */
const FLATTENED = 1500;
const INLINE_ITEM = /(?<=[.:;!?…]\**\s+)(\d{1,2})\.\s+(?=[\p{Lu}“"*])/gu;

/**
 * A web page saved as one long paragraph ("… yêu cầu: 1. Bí thư tỉnh ủy … . 2. Bộ trưởng Bộ
 * Quốc phòng … . 3. …") is cut before each item of its numbered list: a run 1, 2, 3 … of
 * at least three, each after the end of a sentence. A number alone is never enough.
 */
function inlineItems(text: string, r: { start: number; end: number }): Array<{ start: number; end: number }> {
  if (r.end - r.start < FLATTENED) return [r];
  const body = text.slice(r.start, r.end);
  const cuts: number[] = [];
  let next = 1;
  let run: number[] = [];
  for (const m of execAll(INLINE_ITEM, body)) {
    const n = Number(m[1]);
    if (n === next) {
      run.push(m.index);
      next++;
    } else if (n === 1) {
      if (run.length >= 3) cuts.push(...run);
      run = [m.index];
      next = 2;
    }
  }
  if (run.length >= 3) cuts.push(...run);
  if (cuts.length === 0) return [r];
  const out: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const c of cuts) {
    if (c > from) out.push({ start: r.start + from, end: r.start + c });
    from = c;
  }
  out.push({ start: r.start + from, end: r.end });
  // Cut pieces end before the white space that led to the next item.
  return out.map((p) => ({ start: p.start, end: p.start + text.slice(p.start, p.end).trimEnd().length })).filter((p) => p.end > p.start);
}
