// A date followed by "hàng năm" is a yearly deadline → FREQ=YEARLY;BYMONTH;BYMONTHDAY:
//   "trước ngày 15/1 hàng năm", "trước ngày 20/11 hằng năm", "vào ngày 15 tháng 12 mỗi năm",
//   and a day of the year of a cycle: "trước ngày 31 tháng 7 của năm xét tặng", "trước ngày
//   20/6 của năm", "(trước ngày 30 tháng 01 năm sau)", "trước ngày 31 tháng 01 của năm tiếp
//   theo" (the year after the one reported on, every year).
// Not "của năm nay", "năm trước": one year, not every year; "trước ngày 20/6 của năm 2026"
// is that year's date (the year is read here: chrono stops at "của").
import { defineRefiner } from '../refiner.js';
import { E, HANG } from '../patterns.js';

const CYCLE = '(?:xét\\s+tặng|sau|tiếp\\s+theo|kế\\s+tiếp|báo\\s+cáo|đánh\\s+giá|học)';
const SUFFIX = new RegExp(
  `^\\s*,?\\s*(?:(?:của\\s+)?${HANG}\\s+năm|của\\s+năm(?:\\s+${CYCLE})?|năm\\s+(?:sau|tiếp\\s+theo|kế\\s+tiếp))${E}(?!\\s*(?:\\d|nay|này|trước|ngoái|qua))`,
  'u',
);

const OF_YEAR = new RegExp(`^\\s*,?\\s*của\\s+năm\\s+(\\d{4})${E}`, 'u');

export const yearlySuffix = defineRefiner((drafts, st) => {
  const drop = new Set<object>();
  for (const d of drafts) {
    if (d.kind !== 'date' || d.granularity !== 'day' || d.month === null || d.day === null) continue;
    const y = d.year === null ? OF_YEAR.exec(st.s.slice(d.end, d.end + 20)) : null;
    if (y) {
      Object.assign(d, { year: Number(y[1]), end: d.end + y[0].length });
      continue;
    }
    const m = SUFFIX.exec(st.s.slice(d.end, d.end + 30));
    if (!m) continue;
    const end = d.end + m[0].length;
    for (const o of drafts) if (o !== d && o.index < end && o.end > d.end) drop.add(o);
    Object.assign(d, {
      kind: 'recurring', rrule: `FREQ=YEARLY;BYMONTH=${d.month};BYMONTHDAY=${d.day}`,
      year: null, end, granularity: null,
    });
  }
  return drafts.filter((d) => !drop.has(d));
});
