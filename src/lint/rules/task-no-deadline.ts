// A general duty without a deadline ("thường xuyên đôn đốc…") is normal: info.
// A task that asks for completion without a deadline is task/completion-no-deadline.
import type { Rule } from '../types.js';
import { asksForCompletion } from './task-completion-no-deadline.js';

export const taskNoDeadline: Rule = {
  code: 'task/no-deadline',
  severity: 'info',
  description: 'task without any deadline (general duty)',
  check: ({ doc }) =>
    doc.tasks.filter((t) => t.deadlines.length === 0 && !asksForCompletion(t.text)).map((t) => ({ position: t.position, vars: { task: t.id } })),
};
