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

export const tableCell = defineRefiner((drafts, st) => {
  for (const d of drafts) {
    if (!d.bare || d.kind !== 'date') continue;
    const lineStart = st.s.lastIndexOf('\n', d.index - 1) + 1;
    const lineEnd = st.s.indexOf('\n', d.end);
    const before = st.s.slice(lineStart, d.index);
    const after = st.s.slice(d.end, lineEnd < 0 ? st.s.length : lineEnd);
    if (/^[\s|*_-]*$/u.test(before) && /^[\s|*_.]*$/u.test(after) && isCellStart(previousLine(st.s, lineStart)) && !isProse(nextLine(st.s, d.end))) {
      d.bare = false;
      d.relation = 'by';
    }
  }
  return drafts;
});
