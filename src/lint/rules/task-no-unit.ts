// A task whose lead unit (chủ trì) the pipeline could not find: nobody is answerable.
import type { Rule } from '../types.js';

export const taskNoUnit: Rule = {
  code: 'task/no-unit',
  severity: 'warning',
  description: 'task.lead is empty',
  check: ({ doc }) => doc.tasks.filter((t) => t.lead.length === 0).map((t) => ({ position: t.position, vars: { task: t.id } })),
};
