// Reading order for a PDF printed from an office document: positioned text
// items → lines → paragraphs, independent of pdf.js so it can be tested alone.
//
// - Lines: items on one baseline, left to right, with a space wherever the
//   gap between two items is wider than a fraction of the font size. Raised
//   footnote marks are dropped, and so are footnotes at the foot of a page.
// - Running headers and footers (the same text at the same height on most
//   pages) and page numbers at the top or bottom of a page are dropped.
// - Tables of three or more columns are read a paragraph per row, a line per
//   cell (pdf-grid.ts), as the .docx reader reads them. Two-column areas (the Decree 30 header and signature tables)
//   are read as rows: the left cell, then the right cell — with the "V/v"
//   subject line after the place and date, as in .txt — even across a page.
// - Body lines join into paragraphs. When the document spaces its paragraphs
//   apart, the vertical gap alone decides; otherwise an indented line, a list
//   item after a finished clause, a change of font size or a line that stopped
//   short starts a paragraph. Across a page break the same signs, but not the
//   gap, decide. Inside a paragraph a line that stopped short, or that
//   justification stretched to the margin although the next word would have
//   fitted, ended at a typed line break: "\n", as in the .txt.
import { orderTwoCells, pushAll, type BodyItem, type CellItem, type Para, type TableItem } from './paragraphs.js';
import { gridCells, gridEnd } from './pdf-grid.js';
import { buildLines, dropRunningLines, lineRuns, subLine, type Line, type PageText } from './pdf-lines.js';

export type { PageText, TextItem } from './pdf-lines.js';

type Kind = 'split' | 'right' | 'left' | 'full';

interface Frame {
  left: number;
  right: number;
  center: number;
  width: number;
  /**
   * When the document spaces its paragraphs apart (most office documents do),
   * the gap ratio above which a new paragraph starts; null when it does not,
   * and paragraphs must be told by indents, bullets and short lines.
   */
  paragraphGap: number | null;
}

export function layoutPages(pages: PageText[]): BodyItem[] {
  const perPage = pages.map((p, k) => buildLines(p.items, k));
  dropRunningLines(perPage, pages);
  const lines = perPage.flat();
  if (lines.length === 0) return [];
  const frame = measureFrame(lines);
  const out: BodyItem[] = [];
  let body: Line[] = [];
  const flushBody = () => {
    pushAll(out, paragraphs(body, frame, 'body'));
    body = [];
  };
  for (let i = 0; i < lines.length; ) {
    const kind = classify(lines[i], frame);
    const tableEnd = gridEnd(lines, i);
    if (tableEnd > i) {
      flushBody();
      out.push(readGrid(lines.slice(i, tableEnd)));
      i = tableEnd;
    } else if (kind === 'split' || kind === 'right') {
      const end = zoneEnd(lines, i, frame);
      flushBody();
      pushAll(out, readZone(lines.slice(i, end), frame));
      i = end;
    } else {
      body.push(lines[i]);
      i++;
    }
  }
  flushBody();
  return out;
}

// ── columns ──────────────────────────────────────────────────────────────

function measureFrame(lines: Line[]): Frame {
  let left = Infinity;
  let right = -Infinity;
  for (const l of lines) {
    left = Math.min(left, l.x);
    right = Math.max(right, l.right);
  }
  return { left, right, center: (left + right) / 2, width: right - left, paragraphGap: paragraphGap(lines) };
}

function paragraphGap(lines: Line[]): number | null {
  const ratios: number[] = [];
  for (let k = 1; k < lines.length; k++) {
    const a = lines[k - 1];
    const b = lines[k];
    if (a.page === b.page && Math.abs(a.size - b.size) < 0.5 && a.y > b.y) ratios.push(gapRatio(a, b));
  }
  if (ratios.length < 4) return null;
  ratios.sort((x, y) => x - y);
  const pitch = ratios[Math.floor(ratios.length * 0.3)];
  const wide = ratios.filter((r) => r > pitch * 1.2).length;
  return wide >= Math.max(2, 0.05 * ratios.length) ? pitch * 1.15 : null;
}

/** Where a line splits into a left and a right cell, if it does. */
function splitPoint(line: Line, f: Frame): number | null {
  const ink = line.items.filter((it) => it.str.trim() !== '');
  let end = -Infinity;
  for (let k = 0; k < ink.length; k++) {
    const it = ink[k];
    if (k > 0) {
      const gap = it.x - end;
      if (gap > 2.5 * line.size && end < f.center + 0.05 * f.width && it.x > f.center - 0.05 * f.width) return it.x;
    }
    end = Math.max(end, it.x + it.width);
  }
  return null;
}

/**
 * A line ended by a manual line break in a justified paragraph is stretched to
 * the right margin with huge gaps ("Theo          kế          hoạch:"): it is
 * neither two columns nor the end of a paragraph, and its break is a "\n".
 */
function isStretched(line: Line, f: Frame): boolean {
  if (line.right < f.right - 1.5) return false;
  const ink = line.items.filter((it) => it.str.trim() !== '');
  let end = -Infinity;
  for (const it of ink) {
    if (end > -Infinity && it.x - end > 0.6 * line.size) return true;
    end = Math.max(end, it.x + it.width);
  }
  return false;
}

function classify(line: Line, f: Frame): Kind {
  if (isStretched(line, f)) return 'full';
  if (splitPoint(line, f) !== null) return 'split';
  // Right cell: starts right of the middle and is centred well right of it (a centred line is not).
  if (line.x > f.center - 0.05 * f.width && (line.x + line.right) / 2 > f.center + 0.1 * f.width) return 'right';
  if (line.right < f.center + 0.05 * f.width) return 'left';
  return 'full';
}

function gapRatio(a: Line, b: Line): number {
  return (a.y - b.y) / Math.max(a.size, b.size);
}

/** A two-column area runs until a full-width line, or a left-only line after a paragraph gap with no right cell below it. */
function zoneEnd(lines: Line[], start: number, f: Frame): number {
  let j = start + 1;
  while (j < lines.length) {
    const kind = classify(lines[j], f);
    if (kind === 'full') break;
    if (kind === 'left') {
      const prev = lines[j - 1];
      const tight = prev.page !== lines[j].page || gapRatio(prev, lines[j]) <= 1.6;
      if (!tight) {
        let k = j;
        while (k < lines.length && classify(lines[k], f) === 'left') k++;
        if (k >= lines.length || classify(lines[k], f) === 'full') break;
      }
    }
    j++;
  }
  return j;
}

function readZone(zone: Line[], f: Frame): Para[] {
  interface Row {
    left: Line[];
    right: Line[];
  }
  const rows: Row[] = [{ left: [], right: [] }];
  for (const line of zone) {
    const at = splitPoint(line, f);
    let leftPart: Line | null = null;
    let rightPart: Line | null = null;
    if (at !== null) {
      leftPart = subLine(line, line.items.filter((it) => it.x < at));
      rightPart = subLine(line, line.items.filter((it) => it.x >= at));
    } else if (classify(line, f) === 'right') rightPart = line;
    else leftPart = line;
    const row = rows[rows.length - 1];
    // A new table row: both cells start a new paragraph on the same baseline.
    const opens = (prev: Line | undefined, cur: Line) => !prev || (prev.page === cur.page && gapRatio(prev, cur) > 1.6);
    if (leftPart && rightPart && row.left.length && row.right.length && opens(row.left.at(-1), leftPart) && opens(row.right.at(-1), rightPart)) {
      rows.push({ left: [], right: [] });
    }
    const target = rows[rows.length - 1];
    if (leftPart) target.left.push(leftPart);
    if (rightPart) target.right.push(rightPart);
  }
  const out: Para[] = [];
  // Each cell is laid out within its own margins: the left cell ends where the right one starts.
  const rightStart = Math.min(f.center, ...rows.flatMap((r) => r.right.map((l) => l.x)));
  const frameOf = (ls: Line[], left: number, right: number): Frame => ({
    left,
    right,
    center: (left + right) / 2,
    width: right - left,
    paragraphGap: paragraphGap(ls),
  });
  const leftFrame = frameOf(rows.flatMap((r) => r.left), f.left, rightStart - 6);
  const rightFrame = frameOf(rows.flatMap((r) => r.right), rightStart, f.right);
  const cell = (ls: Line[], frame: Frame) => paragraphs(ls, frame, 'cell');
  for (const row of rows) pushAll(out, orderTwoCells(cell(row.left, leftFrame), cell(row.right, rightFrame)));
  return out;
}

/**
 * A table of three or more columns, kept as a table: a row per run of lines
 * that starts in the first column, a cell per column. The text layer draws no
 * merges: a heading row spanning the grid ("I. Kinh tế số") has one non-empty cell.
 */
function readGrid(lines: Line[]): TableItem {
  const out: TableItem = { kind: 'table', rows: [] };
  for (const row of gridCells(lines)) {
    const cells: CellItem[] = [];
    for (const cell of row) {
      const para: Para = [];
      for (const piece of cell) {
        const runs = lineRuns(piece);
        if (runs.length === 0) continue;
        if (para.length) {
          const tail = para[para.length - 1].text;
          const glue = BULLET.test(runs[0].text) ? '\n' : /\S[-/]$/u.test(tail) ? '' : ' ';
          if (glue) para.push({ text: glue, bold: false });
        }
        pushAll(para, runs);
      }
      cells.push({ paras: para.length ? [para] : [], colSpan: 1, rowSpan: 1 });
    }
    out.rows.push(cells);
  }
  return out;
}

// ── paragraphs ───────────────────────────────────────────────────────────

const BULLET = /^[-–—+•·▪●○*]\s/u;
const NUMBERED = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[IVXLC]{1,6}[.)]|\(\d{1,2}\)|\([a-zđ]\))\s/u;
const SUBJECT = /^V\/V(?![\p{L}\p{N}])/iu;

function startsParagraph(prev: Line, cur: Line, f: Frame, mode: 'body' | 'cell'): boolean {
  if (Math.abs(prev.size - cur.size) > 0.75) return true;
  if (prev.page === cur.page && gapRatio(prev, cur) > 1.6) return true;
  // With paragraph spacing the gap alone decides on a page; across a page break the other signs do.
  if (mode === 'body' && f.paragraphGap !== null && prev.page === cur.page) return gapRatio(prev, cur) > f.paragraphGap;
  if (mode === 'body' && manualBreak(prev, cur, f)) return false;
  if (SUBJECT.test(cur.text) || listItemAfterClause(prev, cur)) return true;
  // A cell running onto the next page goes on, unless the style changes there (a signer's title, then
  // the name) or its last line stopped short.
  if (mode === 'cell') {
    const pageBreakEnds = prev.page !== cur.page && (boldness(prev) !== boldness(cur) || fitsAfter(prev, cur, f));
    return pageBreakEnds || BULLET.test(cur.text) || NUMBERED.test(cur.text);
  }
  const indented = cur.x > prev.x + 0.5 * cur.size;
  if (NUMBERED.test(cur.text) && cur.x > f.left + 0.8 * cur.size) return true;
  // In a document that spaces its paragraphs, a short line is a manual line break, not a paragraph end.
  return indented || (f.paragraphGap === null && isShort(prev, cur, f));
}

function boldness(line: Line): boolean {
  const ink = line.items.filter((it) => it.str.trim() !== '');
  return ink.length > 0 && ink.every((it) => it.bold);
}

/** A bullet or number opening a line after a finished clause ("… của tỉnh." / "- Phục vụ …"), not a dash inside a sentence. */
function listItemAfterClause(prev: Line, cur: Line): boolean {
  return (BULLET.test(cur.text) || NUMBERED.test(cur.text)) && /[.;:!?…)]["”’]?$/u.test(prev.text.trim());
}

/** The line stopped although the next line's first word would have fitted after it. */
function isShort(prev: Line, cur: Line, f: Frame): boolean {
  return prev.right < f.right - 2.5 * cur.size && prev.right + 0.3 * cur.size + firstWordWidth(cur) < f.right;
}

/** A stretched line whose next line's first word would have fitted on it ended at a manual break, not a wrap. */
function manualBreak(prev: Line, cur: Line, f: Frame): boolean {
  if (!isStretched(prev, f)) return false;
  const ink = prev.items.filter((it) => it.str.trim() !== '');
  const natural = ink.reduce((w, it) => w + it.width, 0) + 0.3 * prev.size * ink.length;
  return f.left + natural + firstWordWidth(cur) < f.right;
}

function firstWordWidth(line: Line): number {
  const first = line.items.find((it) => it.str.trim() !== '');
  if (!first) return 0;
  const s = first.str.trimStart();
  const word = s.split(/\s/)[0];
  return s.length ? (first.width * word.length) / s.length : 0;
}

/** The next line's first word would have fitted on this line (left-aligned or centred): its end was typed. */
function fitsAfter(prev: Line, cur: Line, f: Frame): boolean {
  return prev.right - prev.x + 1.3 * cur.size + firstWordWidth(cur) < f.right - f.left;
}

function paragraphs(lines: Line[], f: Frame, mode: 'body' | 'cell'): Para[] {
  const out: Para[] = [];
  let cur: Para = [];
  let prev: Line | null = null;
  for (const line of lines) {
    const runs = lineRuns(line.items);
    if (runs.length === 0) continue;
    if (prev && startsParagraph(prev, line, f, mode)) {
      out.push(cur);
      cur = [];
    } else if (prev) {
      // A line broken after a hyphen or slash ("3057/QĐ-" + "UBND") joins without a space.
      const tail = cur[cur.length - 1]?.text ?? '';
      const lineBreak =
        (mode === 'cell' && fitsAfter(prev, line, f)) ||
        manualBreak(prev, line, f) ||
        (f.paragraphGap !== null && (isShort(prev, line, f) || listItemAfterClause(prev, line)));
      const glue = lineBreak ? '\n' : /\S[-/]$/u.test(tail) ? '' : ' ';
      if (glue) cur.push({ text: glue, bold: false });
    }
    pushAll(cur, runs);
    prev = line;
  }
  if (cur.length) out.push(cur);
  return out;
}
