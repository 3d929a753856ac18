// A deadline that falls before the document was issued ("trước ngày 01/11/2023"
// in a letter dated 06/11/2023): usually a typo in the month or the year.
import type { Rule, RawFinding } from '../types.js';

export const deadlineBeforeIssue: Rule = {
  code: 'deadline/before-issue',
  severity: 'warning',
  description: 'deadline date earlier than document.date',
  check: ({ doc }) => {
    const issue = doc.document.date;
    if (!issue) return [];
    const found: RawFinding[] = [];
    for (const t of doc.tasks)
      for (const d of t.deadlines) {
        const day = d.due ?? d.date;
        // "từ ngày X" may legitimately reach back before the letter. A date written
        // without a year got the letter's year by inference ("quý I" in a November
        // letter means next year): deadline/year-inferred reports that one.
        if (d.kind !== 'date' || day === null || d.relation === 'from' || d.yearInferred || day >= issue) continue;
        found.push({ position: d.position, vars: { text: d.text, issue: formatDay(issue) } });
      }
    return found;
  },
};

export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
