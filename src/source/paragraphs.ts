// What the .docx and .pdf readers build, and how it becomes text in the shape
// of the corpus .txt files: paragraphs separated by a blank line, "\n" for a
// line break inside a paragraph, `**…**` around bold, a literal `*` escaped;
// data tables as "|"-separated cells, with their ranges (joinBody).
import type { SourceRow, SourceTable } from './types.js';

export interface Run {
  text: string;
  bold: boolean;
}

/** One paragraph: runs whose text may hold "\n" (a line break inside the paragraph). */
export type Para = Run[];

/**
 * Appends `items` to `out` one by one: `out.push(...items)` passes every item
 * as an argument and overflows the stack past ~100,000 of them (a table cell
 * of 130,000 paragraphs).
 */
export function pushAll<T>(out: T[], items: readonly T[]): T[] {
  for (const item of items) out.push(item);
  return out;
}

export function paraText(p: Para): string {
  return p.map((r) => r.text).join('');
}

/**
 * Bold markers go around bold text only: white space between two bold runs is
 * inside the span ("**ỦY BAN NHÂN DÂN\nHUYỆN TUY PHƯỚC**"), white space at its
 * edges stays outside ("phòng: **Phòng Tài chính** hoàn thành").
 */
export function paraToMarkup(p: Para): string {
  const chars: string[] = [];
  const flags: Array<boolean | null> = [];
  for (const r of p) {
    for (const ch of r.text) {
      chars.push(ch);
      flags.push(/\s/.test(ch) ? null : r.bold);
    }
  }
  // White space takes bold only when bold text lies on both sides of it.
  let prev: boolean | null = null;
  const left: Array<boolean | null> = flags.map((f) => (f === null ? prev : (prev = f)));
  let next: boolean | null = null;
  for (let i = flags.length - 1; i >= 0; i--) {
    if (flags[i] === null) flags[i] = left[i] === true && next === true;
    else next = flags[i];
  }
  let out = '';
  let open = false;
  for (let i = 0; i < chars.length; i++) {
    const b = flags[i] === true;
    if (b !== open) {
      out += '**';
      open = b;
    }
    // A typed "**" would read as a bold marker: escape it. A single "*word*" is
    // hand-typed emphasis, read the same way as the .txt/.md italics.
    out += chars[i] === '*' && (chars[i + 1] === '*' || chars[i - 1] === '*') ? '\\*' : chars[i];
  }
  if (open) out += '**';
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/u, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Splits a paragraph at blank lines (two line breaks in a row read as a new paragraph in .txt). */
export function splitAtBlankLines(p: Para): Para[] {
  if (!/\n[ \t]*\n/.test(paraText(p))) return [p];
  const lines: Para[] = [[]];
  for (const r of p) {
    r.text.split('\n').forEach((piece, k) => {
      if (k > 0) lines.push([]);
      if (piece) lines[lines.length - 1].push({ text: piece, bold: r.bold });
    });
  }
  const out: Para[] = [];
  let cur: Para = [];
  for (const line of lines) {
    if (paraText(line).trim() === '') {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    if (cur.length) cur.push({ text: '\n', bold: false });
    pushAll(cur, line);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Splits a paragraph before its first line (after the first) that `startsLine` accepts. */
export function splitBeforeLine(p: Para, startsLine: (line: string, previous: string) => boolean): [Para, Para] | null {
  const lines = paraText(p).split('\n');
  let at = -1;
  let offset = 0;
  for (let k = 0; k < lines.length; k++) {
    if (k > 0 && startsLine(lines[k].trim(), lines[k - 1].trim()) && lines.slice(0, k).join('').trim() !== '') {
      at = offset;
      break;
    }
    offset += lines[k].length + 1;
  }
  if (at < 0) return null;
  const before: Para = [];
  const after: Para = [];
  let pos = 0;
  for (const r of p) {
    const end = pos + r.text.length;
    if (end <= at) before.push(r);
    else if (pos >= at) after.push(r);
    else {
      before.push({ text: r.text.slice(0, at - pos), bold: r.bold });
      after.push({ text: r.text.slice(at - pos), bold: r.bold });
    }
    pos = end;
  }
  return [before, after];
}

const SUBJECT_LINE = /^V\/V(?![\p{L}\p{N}])/iu;
const NUMBER_LINE = /^Số\s*:/u;

/**
 * A two-cell row of the Decree 30 header table reads left cell, then right
 * cell — except that what sits under the number in the left cell (the subject
 * "V/v …", or a document type and title) comes after the place and date of
 * the right cell, as in the .txt: issuer, motto, "Số: …", "Tuy Phước, ngày …",
 * "V/v …".
 */
export function orderTwoCells(left: Para[], right: Para[]): Para[] {
  if (right.length === 0) return left;
  const plain = (line: string) => line.trim().replace(/^\*\*/, '');
  const later = (line: string, previous: string) => SUBJECT_LINE.test(plain(line)) || NUMBER_LINE.test(plain(previous));
  for (let k = 0; k < left.length; k++) {
    if (k > 0) {
      const first = paraText(left[k]).trim().split('\n')[0];
      const previous = paraText(left[k - 1]).trim().split('\n').at(-1) ?? '';
      if (later(first, previous)) return [...left.slice(0, k), ...right, ...left.slice(k)];
    }
    const split = splitBeforeLine(left[k], later);
    if (split) return [...left.slice(0, k), split[0], ...right, split[1], ...left.slice(k + 1)];
  }
  return [...left, ...right];
}

/**
 * A row of a table of three or more columns (a task, its units, its deadline)
 * is one paragraph, a line per cell paragraph: the pipeline reads a paragraph
 * as one task, and a task's text, unit and deadline must stay together.
 * Layout tables of two columns (the header and signature tables) go through
 * orderTwoCells instead, each cell paragraph its own paragraph.
 */
export function rowParagraph(cells: Para[][]): Para[] {
  const row: Para = [];
  for (const para of cells.flat()) {
    if (paraText(para).trim() === '') continue;
    if (row.length) row.push({ text: '\n', bold: false });
    pushAll(row, para);
  }
  return row.length ? [row] : [];
}

/** A cell of a data table as a reader builds it: its paragraphs and its spans. */
export interface CellItem {
  paras: Para[];
  colSpan: number;
  rowSpan: number;
}

/** A data table as a reader builds it: rows of cells (the tree's table node). */
export interface TableItem {
  kind: 'table';
  rows: CellItem[][];
}

/** What a reader builds: the document tree's top level, paragraphs and tables in reading order. */
export type BodyItem = Para | TableItem;

export function isTable(item: BodyItem): item is TableItem {
  return !Array.isArray(item);
}

/** The SourceText body: NFC, LF, paragraphs separated by one blank line. */
export function joinParagraphs(paras: Para[]): string {
  return joinBody(paras).text;
}

/**
 * Paragraphs and tables → the text every stage reads, and the tables as ranges
 * of it. A table is written as the web-converted .md files write one, a "|" line
 * around each cell and "|" "|" between rows, so that a .docx, its .pdf and its
 * .md give the same text; the ranges keep what the text cannot say (merged cells).
 */
export function joinBody(items: BodyItem[]): { text: string; tables: SourceTable[] } {
  const pieces: string[] = [];
  let length = 0;
  const tables: SourceTable[] = [];
  const push = (s: string) => {
    if (pieces.length) {
      pieces.push('\n\n');
      length += 2;
    }
    pieces.push(s);
    length += s.length;
  };
  const markupOf = (p: Para): string[] =>
    splitAtBlankLines(p)
      .map((piece) => paraToMarkup(piece).normalize('NFC'))
      .filter((m) => m.replace(/\*\*/g, '').trim() !== '');
  for (const item of items) {
    if (!isTable(item)) {
      for (const m of markupOf(item)) push(m);
      continue;
    }
    if (item.rows.length === 0) continue;
    push('|');
    const table: SourceTable = { start: length - 1, end: length, rows: [] };
    for (const [r, row] of item.rows.entries()) {
      if (r > 0) {
        pieces.push('\n|');
        length += 2;
      }
      const out: SourceRow = { cells: [] };
      for (const cell of row) {
        pieces.push('\n');
        length += 1;
        const body = cell.paras.flatMap(markupOf).join('\n');
        const start = length;
        if (body) {
          pieces.push(body, '\n');
          length += body.length + 1;
        }
        out.cells.push({ start, end: body ? start + body.length : start, colSpan: cell.colSpan, rowSpan: cell.rowSpan });
        pieces.push('|');
        length += 1;
      }
      table.rows.push(out);
    }
    table.end = length;
    tables.push(table);
  }
  return { text: pieces.join(''), tables };
}
