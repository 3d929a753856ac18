// A date alone on its line — a cell of the "thời hạn" column of a table laid
// out as text — is a deadline (by): "21/01/2021", "07/02/2021 (chủ Nhật)".
// The cell is the first line of the text, or follows a table row ("| … |"), and
// no sentence follows it on the next line (a dated heading over a text); not
// after a label ("Ban hành:", "Cập nhật:", "Ngày ban hành:\n|": a web page's or a
// register's metadata) nor after prose (a hard-wrapped "… ngày\n16/11/2025").
import { defineRefiner } from '../refiner.js';

/** The last line before `at` with something else than table rules ("|"), up to a blank line. */
function previousLine(s: string, at: number): string {
  let end = s.lastIndexOf('\n', at - 1);
  while (end > 0) {
    const start = s.lastIndexOf('\n', end - 1) + 1;
    const line = s.slice(start, end).trim();
    if (line === '') return ''; // a blank line: the cell starts a paragraph
    if (!/^[|*_\s-]*$/u.test(line)) return line;
    end = start - 1;
  }
  return '';
}

/** The first line after `at` with something else than table rules, up to a blank line. */
function nextLine(s: string, at: number): string {
  let start = s.indexOf('\n', at);
  while (start >= 0) {
    const end = s.indexOf('\n', start + 1);
    const line = s.slice(start + 1, end < 0 ? s.length : end).trim();
    if (line === '') return '';
    if (!/^[|*_\s-]*$/u.test(line)) return line;
    start = end;
  }
  return '';
}

/** A sentence, not a cell: "04/04/2022\nThực hiện Nghị định số 78/2021/NĐ-CP ngày … của Chính phủ về". */
function isProse(line: string): boolean {
  return !line.includes('|') && line.split(/\s+/).length >= 10;
}

function isCellStart(prev: string): boolean {
  return prev === '' || (prev.includes('|') && !prev.endsWith(':'));
}

/**
 * Where the line around a date starts, or -1 when something else than table
 * rules stands before the date on it. The scan stops at the first other
 * character: a line of 40,000 dates costs each date a step, not the line.
 */
function cellLineStart(s: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && s[i] !== '\n') {
    if (!/[\s|*_-]/u.test(s[i])) return -1;
    i--;
  }
  return i + 1;
}

/** Whether only table rules and a full stop follow the date on its line. */
function cellLineEnds(s: string, at: number): boolean {
  for (let i = at; i < s.length && s[i] !== '\n'; i++) if (!/[\s|*_.]/u.test(s[i])) return false;
  return true;
}

export const tableCell = defineRefiner((drafts, st) => {
  for (const d of drafts) {
    if (!d.bare || d.kind !== 'date') continue;
    const lineStart = cellLineStart(st.s, d.index);
    if (lineStart < 0 || !cellLineEnds(st.s, d.end)) continue;
    if (isCellStart(previousLine(st.s, lineStart)) && !isProse(nextLine(st.s, d.end))) {
      d.bare = false;
      d.relation = 'by';
    }
  }
  return drafts;
});
