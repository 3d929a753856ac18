// A range of dates that a report covers is not a deadline:
//   "báo cáo kết quả thực hiện công tác phòng, chống dịch từ ngày 30/01/2020 đến
//   ngày 24/4/2020 (theo Đề cương …)", "đánh giá tình hình từ ngày … đến ngày …".
// A range after an activity stays: "tổ chức kiểm tra từ ngày 01/12 đến ngày 15/12/2023".
import { defineRefiner } from '../refiner.js';
import type { Draft } from '../draft.js';
import { B, E } from '../patterns.js';

const REPORT = new RegExp(
  B + String.raw`(?:báo\s+cáo|đánh\s+giá|tổng\s+kết|sơ\s+kết|thống\s+kê)` + E + String.raw`[^.;:\n]*?(?:kết\s+quả|tình\s+hình|công\s+tác|số\s+liệu)[^.;:]*$`,
  'u',
);
const TO = /^\s*$/u;

export const reportPeriod = defineRefiner((drafts, st) => {
  const drop = new Set<Draft>();
  for (let i = 0; i + 1 < drafts.length; i++) {
    const a = drafts[i];
    const b = drafts[i + 1];
    if (a.kind !== 'date' || b.kind !== 'date' || a.relation !== 'from' || b.relation !== 'by') continue;
    if (!TO.test(st.s.slice(a.end, b.index))) continue;
    const sentenceStart = Math.max(st.s.lastIndexOf('.', a.index), st.s.lastIndexOf(';', a.index), a.index - 300, 0);
    if (REPORT.test(st.s.slice(sentenceStart, a.index))) {
      drop.add(a);
      drop.add(b);
    }
  }
  return drafts.filter((d) => !drop.has(d));
});
