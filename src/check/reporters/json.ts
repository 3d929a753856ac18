// Machine-readable report; `schemaVersion` changes only when fields are renamed or removed.
import type { Lang } from '../../render/types.js';
import { jsonSafe } from '../../text/terminal.js';
import { formatDifference } from '../messages.js';
import { checkExitCode, summarize, type CheckRun } from '../run.js';

export const CHECK_REPORT_VERSION = 1;

export function renderJson(run: CheckRun, lang: Lang): string {
  const s = summarize(run);
  const report = {
    schemaVersion: CHECK_REPORT_VERSION,
    ok: checkExitCode(run) === 0,
    summary: { passed: s.pass, failed: s.fail, skipped: s.skipped, errors: s.error, updated: s.updated },
    updates: run.updates,
    orphans: run.orphans ?? [],
    results: run.results.map((r) => ({
      file: r.file,
      expected: r.expectedPath,
      status: r.status,
      ...(r.error !== undefined ? { error: r.error } : {}),
      differences: r.differences.map((d) => ({
        task: d.task,
        path: d.path,
        kind: d.kind,
        expected: d.expected ?? null,
        actual: d.actual ?? null,
        message: formatDifference(d, lang),
      })),
    })),
  };
  return `${jsonSafe(JSON.stringify(report, null, 2))}\n`;
}
