// With --today: a deadline that is already over when the draft is checked.
import type { Rule, RawFinding } from '../types.js';
import { formatDay } from './deadline-before-issue.js';

export const deadlinePast: Rule = {
  code: 'deadline/past',
  severity: 'warning',
  description: 'deadline earlier than --today',
  check: ({ doc, today }) => {
    if (!today) return [];
    const found: RawFinding[] = [];
    for (const t of doc.tasks)
      for (const d of t.deadlines) {
        const day = d.due ?? d.date;
        if (d.kind !== 'date' || day === null || d.relation === 'from' || d.yearInferred || day >= today) continue;
        found.push({ position: d.position, vars: { text: d.text, due: formatDay(day), today: formatDay(today) } });
      }
    return found;
  },
};
