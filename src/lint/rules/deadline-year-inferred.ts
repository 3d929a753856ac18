// "trước ngày 20/11" without a year: the document's year is assumed, which is
// wrong for a letter of late December that sets a January deadline.
import type { Rule } from '../types.js';

export const deadlineYearInferred: Rule = {
  code: 'deadline/year-inferred',
  severity: 'info',
  description: 'deadline written without a year',
  check: ({ doc }) =>
    doc.tasks.flatMap((t) =>
      t.deadlines
        .filter((d) => d.yearInferred)
        .map((d) => ({ position: d.position, vars: { text: d.text, year: (d.date ?? '').slice(0, 4) || String(doc.document.year ?? '') } })),
    ),
};
