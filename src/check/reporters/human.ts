// The terminal report: one line per document, its differences indented below.
import { basename } from 'node:path';
import type { Lang } from '../../render/types.js';
import { safeText } from '../../text/terminal.js';
import { checkMessage, formatDifference } from '../messages.js';
import { summarize, type CheckRun } from '../run.js';

/** A reader regression can change hundreds of fields; the first ones say enough, --format json has all. */
const MAX_SHOWN = 40;

const MAX_SKIPPED_LISTED = 10;

const MARK = { pass: '✓', fail: '✗', skipped: '-', error: '!' } as const;

export function renderHuman(run: CheckRun, lang: Lang): string {
  const lines: string[] = [];
  for (const u of run.updates) {
    lines.push(checkMessage(u.written ? 'updated' : 'unchanged', lang, { expected: u.expectedPath }));
  }
  // A folder of many documents without expected files (a stress corpus) is one line, not hundreds.
  const skipped = run.results.filter((r) => r.status === 'skipped').length;
  const listSkipped = skipped <= MAX_SKIPPED_LISTED;
  for (const r of run.results) {
    const head = `${MARK[r.status]} ${r.file}`;
    if (r.status === 'pass') lines.push(`${head}: ${checkMessage('pass', lang)}`);
    else if (r.status === 'skipped') {
      if (listSkipped) lines.push(`${head}: ${checkMessage('skipped', lang, { expected: basename(r.expectedPath) })}`);
    }
    else if (r.status === 'error') lines.push(`${head}: ${r.error ?? checkMessage('error', lang)}`);
    else {
      lines.push(`${head}: ${checkMessage('fail', lang, { count: r.differences.length })}`);
      for (const d of r.differences.slice(0, MAX_SHOWN)) lines.push(`    ${formatDifference(d, lang)}`);
      const more = r.differences.length - MAX_SHOWN;
      if (more > 0) lines.push(`    ${checkMessage('more', lang, { count: more })}`);
    }
  }
  if (!listSkipped) lines.push(`${MARK.skipped} ${checkMessage('skipped-many', lang, { count: skipped })}`);
  for (const o of run.orphans ?? []) lines.push(`? ${o}: ${checkMessage('orphan', lang)}`);
  const s = summarize(run);
  lines.push(checkMessage('summary', lang, { passed: s.pass, failed: s.fail, skipped: s.skipped, errors: s.error }));
  if (run.updates.length > 0) lines.push(checkMessage('summary-updated', lang, { updated: s.updated }));
  // File names and document text in the lines are shown, never obeyed, by the terminal.
  return `${lines.map(safeText).join('\n')}\n`;
}
