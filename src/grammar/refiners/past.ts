// What ended before the document was issued is narrative, not a deadline:
//   a period — "trong 6 tháng đầu năm 2023" in a text of November 2023;
//   a date with its year written that starts something or is reached ("Từ ngày 08
//   đến ngày 09 tháng 11 năm 2025 tại Thanh Hóa", "đến ngày 19/11/2025 đã có …" in a
//   notice of 22/11/2025), or lies more than a year back ("làm việc trước ngày
//   01/01/1995").
// A start under a time label stays ("Thời gian thực hiện: Từ 01/7/2025" in a plan of
// August 2025: the work runs since then).
// A deadline stated with "trước"/"chậm nhất" shortly before the issue date stays:
// the pipeline reports it (`deadline/before-issue`); so does a year-less date
// (flagged `date/before-issue` by year-fill).
import { defineRefiner } from '../refiner.js';
import { addDays, toIso } from '../../text/dates.js';

const TIME_LABEL = /(?:thời\s+gian|thời\s+hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành|triển\s+khai))?\s*:[\s*_]*$/u;

export const past = defineRefiner((drafts, st) => {
  const issue = st.g.issueDate;
  if (!issue) return drafts;
  const yearBack = addDays(issue, -366);
  return drafts.filter((d) => {
    if (d.kind !== 'date' || d.yearInferred || d.year === null || d.month === null || d.day === null) return true;
    const iso = toIso(d.year, d.month, d.day);
    if (iso >= issue) return true;
    if (d.relation === 'from' && TIME_LABEL.test(st.s.slice(Math.max(0, d.index - 40), d.index))) return true;
    if (d.granularity !== 'day') return d.relation === 'before';
    if (iso < yearBack) return false;
    return d.relation === 'before' || (d.relation === 'by' && !/^(?:đến|tới)/u.test(d.cue ?? ''));
  });
});
