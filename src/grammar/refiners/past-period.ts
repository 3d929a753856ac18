// A period that ended before the document was issued is a reporting period,
// not a deadline ("trong 6 tháng đầu năm 2023" in a text of November 2023).
import { defineRefiner } from '../refiner.js';
import { toIso } from '../../text/dates.js';

export const pastPeriod = defineRefiner((drafts, st) => {
  const issue = st.g.issueDate;
  if (!issue) return drafts;
  return drafts.filter((d) => {
    if (d.kind !== 'date' || !d.granularity || d.granularity === 'day' || d.year === null || d.month === null || d.day === null) return true;
    return d.relation === 'before' || toIso(d.year, d.month, d.day) >= issue;
  });
});
