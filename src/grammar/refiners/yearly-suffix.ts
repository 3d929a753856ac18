// A date followed by "hàng năm" is a yearly deadline → FREQ=YEARLY;BYMONTH;BYMONTHDAY:
//   "trước ngày 15/1 hàng năm", "trước ngày 20/11 hằng năm", "vào ngày 15 tháng 12 mỗi năm".
import { defineRefiner } from '../refiner.js';
import { E, HANG } from '../patterns.js';

const SUFFIX = new RegExp(`^\\s*,?\\s*(?:của\\s+)?${HANG}\\s+năm${E}`, 'u');

export const yearlySuffix = defineRefiner((drafts, st) => {
  const drop = new Set<object>();
  for (const d of drafts) {
    if (d.kind !== 'date' || d.granularity !== 'day' || d.month === null || d.day === null) continue;
    const m = SUFFIX.exec(st.s.slice(d.end, d.end + 20));
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
