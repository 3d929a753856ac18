// Passed on from the pipeline: a time expression it recognised but could not place.
import type { Rule } from '../types.js';
import { liftDiagnostics } from './lift.js';

export const timeUnresolved: Rule = {
  code: 'time/unresolved',
  severity: 'warning',
  description: 'pipeline: time expression not resolved to a date',
  check: ({ doc }) => liftDiagnostics(doc, 'time/unresolved'),
};
