// A date alone on its line — a cell of the "thời hạn" column of a table laid
// out as text — is a deadline (by): "21/01/2021", "07/02/2021 (chủ Nhật)".
import { defineRefiner } from '../refiner.js';

export const tableCell = defineRefiner((drafts, st) => {
  for (const d of drafts) {
    if (!d.bare || d.kind !== 'date') continue;
    const lineStart = st.s.lastIndexOf('\n', d.index - 1) + 1;
    const lineEnd = st.s.indexOf('\n', d.end);
    const before = st.s.slice(lineStart, d.index);
    const after = st.s.slice(d.end, lineEnd < 0 ? st.s.length : lineEnd);
    if (/^[\s|*_-]*$/u.test(before) && /^[\s|*_.]*$/u.test(after)) {
      d.bare = false;
      d.relation = 'by';
    }
  }
  return drafts;
});
