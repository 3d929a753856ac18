// Pipeline diagnostics a rule re-uses: kept only on lines the rule's own scan
// did not already report, so one problem is one finding.
import type { CchcDocument } from '../../model/schema.js';
import type { RawFinding } from '../types.js';

export function liftDiagnostics(doc: CchcDocument, code: string, already: RawFinding[] = []): RawFinding[] {
  const lines = new Set(already.map((f) => f.position?.line));
  return doc.diagnostics
    .filter((d) => d.code === code && !(d.position && lines.has(d.position.line)))
    .map((d) => ({ position: d.position, message: d.message }));
}
