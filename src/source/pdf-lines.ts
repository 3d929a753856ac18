// PDF text items → lines: items on one baseline, left to right, with a space
// wherever two items leave a gap; raised footnote marks and page-foot
// footnotes, running headers and footers and page numbers left out.
import type { Run } from './paragraphs.js';

export interface TextItem {
  str: string;
  /** Left edge and baseline, in PDF points (y grows upwards). */
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

export interface PageText {
  width: number;
  height: number;
  items: TextItem[];
}

export interface Line {
  page: number;
  y: number;
  x: number;
  right: number;
  size: number;
  items: TextItem[];
  text: string;
}

export function buildLines(items: TextItem[], page: number): Line[] {
  const sorted = items.filter((it) => it.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextItem[][] = [];
  for (const it of sorted) {
    const g = groups[groups.length - 1];
    // The larger size sets the tolerance, so a raised footnote mark joins its line.
    if (g && Math.abs(g[0].y - it.y) <= 0.35 * Math.max(g[0].size, it.size)) g.push(it);
    else groups.push([it]);
  }
  const lines: Line[] = [];
  for (const group of groups) {
    const ink0 = group.filter((it) => it.str.trim() !== '');
    if (ink0.length === 0) continue;
    const size = mode(ink0.map((it) => Math.round(it.size * 2) / 2));
    const y = ink0.find((it) => Math.round(it.size * 2) / 2 === size)?.y ?? ink0[0].y;
    // Footnote reference marks (small, raised digits) are not body text, as in the .docx reader.
    const g = group.filter((it) => !(it.size <= 0.75 * size && it.y - y >= 0.2 * size && /^\s*(?:\d{1,3}|\*)\s*$/.test(it.str)));
    g.sort((a, b) => a.x - b.x);
    const ink = g.filter((it) => it.str.trim() !== '');
    if (ink.length === 0) continue;
    const x = ink[0].x;
    const right = rightEdge(ink);
    lines.push({ page, y, x, right, size, items: g, text: lineRuns(g).map((r) => r.text).join('') });
  }
  return dropFootnotes(lines);
}

/**
 * Footnotes at the foot of a page: a last block of lines clearly smaller than
 * the page's body text, set off by a gap, whose first line starts with a note
 * number. The .docx reader leaves footnotes out of the body; so does this.
 */
function dropFootnotes(lines: Line[]): Line[] {
  if (lines.length < 3) return lines;
  const body = mode(lines.map((l) => l.size));
  let k = lines.length;
  while (k > 0 && lines[k - 1].size <= 0.8 * body) k--;
  if (k === lines.length || k === 0) return lines;
  const first = lines[k];
  const gap = (lines[k - 1].y - first.y) / body;
  const numbered = /^(?:\d{1,3}|\[\d{1,3}\]|\(\d{1,3}\)|\*)(?=\s|\p{L})/u.test(first.text);
  return gap >= 1.5 && numbered ? lines.slice(0, k) : lines;
}

function mode(xs: number[]): number {
  const counts = new Map<number, number>();
  let best = xs[0];
  for (const v of xs) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

/** Runs of one line (or line segment), with a space wherever the items leave a gap. */
export function lineRuns(items: TextItem[]): Run[] {
  const runs: Run[] = [];
  let prevEnd = -Infinity;
  let prevText = '';
  for (const it of items) {
    let s = it.str.replace(/\s+/g, ' ');
    const gap = it.x - prevEnd;
    if (runs.length > 0 && gap > 0.12 * it.size && !/\s$/.test(prevText) && !/^\s/.test(s)) s = ' ' + s;
    if (runs.length === 0) s = s.trimStart();
    if (!s) continue;
    const last = runs[runs.length - 1];
    if (/\s$/.test(prevText) && /^\s/.test(s)) s = s.trimStart();
    if (last && last.bold === it.bold) last.text += s;
    else runs.push({ text: s, bold: it.bold });
    prevText = s || prevText;
    prevEnd = Math.max(prevEnd, it.x + it.width);
  }
  if (runs.length) runs[runs.length - 1].text = runs[runs.length - 1].text.trimEnd();
  return runs.filter((r) => r.text.length > 0);
}

// ── running headers, footers, page numbers ───────────────────────────────

const PAGE_NUMBER = /^[-–—\s]*(?:trang\s*)?\d{1,4}(?:\s*(?:\/|trên|of)\s*\d{1,4})?[-–—\s]*$/iu;

/** "3", "- 3 -", "Trang 3", "3/12": numbers no larger than the page count allows ("3/2018" is a date). */
function isPageNumber(text: string, pages: number): boolean {
  if (!PAGE_NUMBER.test(text)) return false;
  const numbers = (text.match(/\d+/g) ?? []).map(Number);
  return numbers.every((v) => v >= 0 && v <= pages + 10) && (numbers.length < 2 || numbers[0] <= numbers[1]);
}

export function dropRunningLines(perPage: Line[][], pages: PageText[]): void {
  const key = (l: Line) => `${Math.round(l.y / 4)}|${l.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}`;
  const counts = new Map<string, number>();
  const edges = (ls: Line[]) => [...ls.slice(0, 2), ...ls.slice(-2)];
  for (const ls of perPage) for (const k of new Set(edges(ls).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const n = perPage.length;
  perPage.forEach((ls, p) => {
    const h = pages[p].height;
    const drop = new Set<Line>();
    for (const l of edges(ls)) {
      const inMargin = l.y < 0.1 * h || l.y > 0.9 * h;
      if (inMargin && isPageNumber(l.text, n)) drop.add(l);
      else if (n >= 3 && (counts.get(key(l)) ?? 0) >= Math.max(2, Math.ceil(0.5 * n))) drop.add(l);
    }
    if (drop.size) perPage[p] = ls.filter((l) => !drop.has(l));
  });
}

/** The part of a line made of `items` (a table cell). */
export function subLine(line: Line, items: TextItem[]): Line {
  const ink = items.filter((it) => it.str.trim() !== '');
  const x = ink.length ? ink[0].x : line.x;
  const right = ink.length ? rightEdge(ink) : line.x;
  const size = ink.length ? mode(ink.map((it) => Math.round(it.size * 2) / 2)) : line.size;
  const y = ink.length ? ink[0].y : line.y;
  return { ...line, items, x, right, size, y, text: lineRuns(items).map((r) => r.text).join('') };
}

/** The rightmost ink of a line (a loop: a spread of a page's items overflows the stack). */
function rightEdge(ink: readonly { x: number; width: number }[]): number {
  let right = -Infinity;
  for (const it of ink) right = Math.max(right, it.x + it.width);
  return right;
}
