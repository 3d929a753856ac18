// Passed on from the pipeline: no tasks found, so no other rule can say much.
import type { Rule } from '../types.js';
import { liftDiagnostics } from './lift.js';

export const structureNone: Rule = {
  code: 'structure/none',
  severity: 'warning',
  description: 'pipeline: no directive structure (no tasks)',
  check: ({ doc }) => liftDiagnostics(doc, 'structure/none'),
};
