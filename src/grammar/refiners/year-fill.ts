// A date without a year takes the document's year (flagged `yearInferred`, and
// `date/before-issue` when it then falls before the issue date); periods get
// their last day; a stated weekday is checked against the date
// ("thứ Sáu, ngày 21/11/2023" → `date/weekday-mismatch`: 21/11/2023 is a Tuesday).
// A year-less month or quarter already over at the issue date is the next one: "trong
// Quý I" in a plan of November 2025 is Quý I/2026 (still flagged `yearInferred`). A
// year-less day stays in the document's year: a clerk checks it (`date/before-issue`).
import { defineRefiner } from '../refiner.js';
import { RRULE_DAY } from '../patterns.js';
import { daysInMonth, isValidDate, toIso, weekday } from '../../text/dates.js';

/** The plausible years of a deadline. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const VI_DAY = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

export const yearFill = defineRefiner((drafts, st) => {
  const docYear = st.g.year ?? (st.g.issueDate ? Number(st.g.issueDate.slice(0, 4)) : null);
  for (const d of drafts) {
    if (d.kind !== 'date' || d.month === null) continue;
    if (d.year === null) {
      if (docYear === null) {
        d.problems.push({ code: 'time/unresolved', index: d.index, length: d.end - d.index, detail: 'no year' });
        d.month = null;
        continue;
      }
      d.year = docYear;
      d.yearInferred = true;
    }
    if (d.day === null) d.day = daysInMonth(d.year, d.month);
    const period = d.granularity === 'month' || d.granularity === 'quarter';
    if (period && d.yearInferred && st.g.issueDate && toIso(d.year, d.month, daysInMonth(d.year, d.month)) < st.g.issueDate) {
      const last = d.day === daysInMonth(d.year, d.month);
      d.year += 1;
      if (last) d.day = daysInMonth(d.year, d.month);
    }
    // A year no directive can mean (BCE "năm 43 TCN" in a history text, "20235" typed for 2023) is never a deadline.
    if (!isValidDate(d.year, d.month, d.day) || d.year < MIN_YEAR || d.year > MAX_YEAR) {
      d.problems.push({ code: 'date/impossible', index: d.index, length: d.end - d.index, detail: `${d.day}/${d.month}/${d.year}` });
      d.month = null;
      continue;
    }
    const iso = toIso(d.year, d.month, d.day);
    if (d.yearInferred && st.g.issueDate && iso < st.g.issueDate) {
      d.problems.push({ code: 'date/before-issue', index: d.index, length: d.end - d.index, detail: st.g.issueDate });
    }
    const w = d.statedWeekday;
    if (w && weekday(iso) !== w.day) {
      d.problems.push({
        code: 'date/weekday-mismatch', index: w.index, length: w.length,
        detail: `${iso} là ${VI_DAY[weekday(iso)]} (${RRULE_DAY[weekday(iso)]}), không phải ${VI_DAY[w.day]}`,
      });
    }
  }
  return drafts;
});
