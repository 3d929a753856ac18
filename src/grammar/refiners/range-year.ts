// In a range or list the year is often written once, at the end:
//   "từ ngày 01/12 đến ngày 15/12/2023" → 2023-12-01 … 2023-12-15 (not inferred);
//   "từ ngày 20/12 đến ngày 10/01/2024" → 2023-12-20 (the year before).
import { defineRefiner } from '../refiner.js';

const JOIN = /^\s*(?:,|;|-|–|—|và|hoặc)?\s*$/u;

export const rangeYear = defineRefiner((drafts, st) => {
  for (let i = drafts.length - 2; i >= 0; i--) {
    const a = drafts[i];
    const b = drafts[i + 1];
    if (a.kind !== 'date' || b.kind !== 'date' || a.granularity !== 'day' || b.granularity !== 'day') continue;
    if (a.year !== null || b.year === null || a.month === null || b.month === null) continue;
    if (!JOIN.test(st.s.slice(a.end, b.index))) continue;
    a.year = a.month > b.month ? b.year - 1 : b.year;
  }
  return drafts;
});
