// Machine-readable findings; `schemaVersion` changes only when fields are renamed or removed.
import { countBySeverity } from '../lint.js';
import type { Finding } from '../types.js';
import { jsonSafe } from '../../text/terminal.js';

export const LINT_REPORT_VERSION = 1;

export function renderJson(findings: Finding[], files: string[], exitCode: number): string {
  const c = countBySeverity(findings);
  const report = {
    schemaVersion: LINT_REPORT_VERSION,
    ok: exitCode === 0,
    files,
    summary: { errors: c.error, warnings: c.warning, infos: c.info },
    findings,
  };
  return `${jsonSafe(JSON.stringify(report, null, 2))}\n`;
}
