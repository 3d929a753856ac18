// Tables of a .txt/.md document, rebuilt from its text so that the tree of a
// text file has the tables its .docx has. Two forms are read:
//
//   - the web-converted form (HTML → text, as in the corpus .md files and as
//     joinBody writes tables): a "|" line around each cell, content lines between,
//     "|" "|" between rows; an empty cell is two "|" lines with nothing between.
//       |
//       TT
//       |
//       Nhiệm vụ
//       |
//       |
//       1
//       …
//   - Markdown pipe tables: "| TT | Nhiệm vụ | Chủ trì |" rows under a "|---|---|" line.
//
// The web form does not say where a row ends when a cell is empty: "|" "|" "|"
// is a row break and an empty cell, before or after it. The header row fixes the
// number of columns, and an empty cell goes to the row that is short of it.
import type { SourceCell, SourceRow, SourceTable } from './types.js';
import { isBlank, splitLines as linesOf, type Line } from '../text/lines.js';

const BAR = /^\s*\|\s*$/u;
const isBar = (l: Line) => BAR.test(l.text);
const PIPE_ROW = /^\s*\|.*\|\s*$/u;
const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/u;

export function textTables(text: string): SourceTable[] {
  // Both forms need a "|"; most documents have none.
  if (!text.includes('|')) return [];
  const lines = linesOf(text);
  const tables: SourceTable[] = [];
  for (let i = 0; i < lines.length; ) {
    if (isBar(lines[i]) && (i === 0 || isBlank(lines[i - 1].text))) {
      const end = webTableEnd(lines, i);
      if (end > i) {
        const t = webTable(lines.slice(i, end + 1));
        if (t) tables.push(t);
        i = end + 1;
        continue;
      }
    }
    if (PIPE_ROW.test(lines[i].text) && i + 1 < lines.length && PIPE_RULE.test(lines[i + 1].text)) {
      let end = i + 2;
      while (end < lines.length && PIPE_ROW.test(lines[end].text)) end++;
      tables.push(pipeTable(lines[i], lines.slice(i + 2, end)));
      i = end;
      continue;
    }
    i++;
  }
  return tables;
}

/** The index of the last "|" line of a web-form table starting at `i`: the last bar before a blank line. */
function webTableEnd(lines: Line[], i: number): number {
  let last = i;
  for (let k = i + 1; k < lines.length; k++) {
    if (isBlank(lines[k].text)) break;
    if (isBar(lines[k])) last = k;
  }
  return last;
}

function webTable(lines: Line[]): SourceTable | null {
  // Segments between consecutive bars: a cell's content, or nothing.
  const segments: Array<{ start: number; end: number; text: string } | null> = [];
  let content: Line[] = [];
  for (const l of lines.slice(1)) {
    if (!isBar(l)) {
      content.push(l);
      continue;
    }
    segments.push(content.length ? { start: content[0].start, end: content[content.length - 1].end, text: content.map((l) => l.text).join('\n') } : null);
    content = [];
  }
  const firstEmpty = segments.indexOf(null);
  const columns = firstEmpty < 0 ? segments.length : firstEmpty;
  if (columns < 2) return null;
  const rows: SourceRow[] = [];
  let row: SourceCell[] = [];
  const cell = (s: { start: number; end: number } | null, at: number): SourceCell =>
    s ? { start: s.start, end: s.end, colSpan: 1, rowSpan: 1 } : { start: at, end: at, colSpan: 1, rowSpan: 1 };
  for (let k = 0; k < segments.length; ) {
    const s = segments[k];
    if (s) {
      row.push(cell(s, 0));
      k++;
      continue;
    }
    // A run of empty segments: one is the row break, the others empty cells — unless
    // the row is short of columns and what follows does not open a row (a number, a
    // heading "II. …"): then they are empty cells inside the row ("| Sở KH&CN | | Quý IV |").
    let run = 0;
    while (k + run < segments.length && segments[k + run] === null) run++;
    const at = lines[0].start;
    const next = segments[k + run];
    if (next && row.length > 0 && row.length + run < columns && !opensRow(next.text)) {
      for (let e = 0; e < run; e++) row.push(cell(null, at));
      k += run;
      continue;
    }
    let empties = run - 1;
    const fill = Math.min(empties, Math.max(0, columns - row.length));
    for (let e = 0; e < fill; e++) row.push(cell(null, at));
    empties -= fill;
    if (row.length) rows.push({ cells: row });
    row = [];
    const atEnd = k + run >= segments.length;
    if (!atEnd) for (let e = 0; e < empties; e++) row.push(cell(null, at));
    k += run;
  }
  if (row.length) rows.push({ cells: row });
  // Place empty cells where they are in the text (just after the previous cell).
  for (const r of rows) {
    let at = lines[0].start;
    for (const c of r.cells) {
      if (c.end > c.start) at = c.end;
      else c.start = c.end = at;
    }
  }
  return { start: lines[0].start, end: lines[lines.length - 1].end, rows };
}

/** The first cell of a row: a TT ("1", "2.3", "II", "a") or a heading row's numbered title ("II. Xã hội số"). */
const ROW_OPENER = /^\s*(?:\*\*)?\s*(?:(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6}|[a-zđ])\s*[.)]?\s*(?:\*\*)?\s*$|[IVXLC]{1,6}\.\s|[A-ZĐ]\.\s)/u;

function opensRow(cellText: string): boolean {
  return ROW_OPENER.test(cellText);
}

function pipeTable(head: Line, body: Line[]): SourceTable {
  const rows = [head, ...body].map((l) => ({ cells: pipeCells(l) }));
  return { start: head.start, end: (body.at(-1) ?? head).end, rows };
}

function pipeCells(l: Line): SourceCell[] {
  const cells: SourceCell[] = [];
  const first = l.text.indexOf('|');
  const last = l.text.lastIndexOf('|');
  let from = first + 1;
  for (let k = from; k <= last; k++) {
    if (l.text[k] !== '|' || l.text[k - 1] === '\\') continue;
    const raw = l.text.slice(from, k);
    const lead = raw.length - raw.trimStart().length;
    const start = l.start + from + lead;
    cells.push({ start, end: start + raw.trim().length, colSpan: 1, rowSpan: 1 });
    from = k + 1;
  }
  return cells;
}
