// What ended before the document was issued is narrative, not a deadline:
//   a period — "trong 6 tháng đầu năm 2023" in a text of November 2023;
//   a date with its year written — "Từ ngày 08 đến ngày 09 tháng 11 năm 2025 tại
//   Thanh Hóa" in a notice of 22/11/2025, "từ ngày 30/01/2020 đến ngày 24/4/2020".
// A date whose year was inferred stays (flagged `date/before-issue` by year-fill).
import { defineRefiner } from '../refiner.js';
import { toIso } from '../../text/dates.js';

export const past = defineRefiner((drafts, st) => {
  const issue = st.g.issueDate;
  if (!issue) return drafts;
  return drafts.filter((d) => {
    if (d.kind !== 'date' || d.yearInferred || d.year === null || d.month === null || d.day === null) return true;
    if (d.relation === 'before' && d.granularity !== 'day') return true;
    return toIso(d.year, d.month, d.day) >= issue;
  });
});
