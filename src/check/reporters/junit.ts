// JUnit XML as CI systems read it (GitLab, Jenkins, Azure, GitHub test reporters):
// one <testsuite> per run, one <testcase> per document, the diff as failure text.
// No timestamps or durations, so that the file is reproducible.
import { basename, dirname } from 'node:path';
import type { Lang } from '../../render/types.js';
import { safeText } from '../../text/terminal.js';
import { checkMessage, formatDifference } from '../messages.js';
import { summarize, type CheckRun } from '../run.js';

export function renderJunit(run: CheckRun, lang: Lang): string {
  const s = summarize(run);
  const counts = `tests="${run.results.length}" failures="${s.fail}" errors="${s.error}" skipped="${s.skipped}"`;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="cchc check" ${counts} time="0">`, `  <testsuite name="cchc check" ${counts} time="0">`];
  for (const r of run.results) {
    const open = `    <testcase name="${esc(r.file)}" classname="${esc(dirname(r.file))}" time="0"`;
    if (r.status === 'pass') {
      out.push(`${open}/>`);
      continue;
    }
    out.push(`${open}>`);
    if (r.status === 'skipped') {
      out.push(`      <skipped message="${esc(checkMessage('skipped', lang, { expected: basename(r.expectedPath) }))}"/>`);
    } else if (r.status === 'error') {
      out.push(`      <error type="input" message="${esc(r.error ?? '')}"/>`);
    } else {
      const body = r.differences.map((d) => formatDifference(d, lang)).join('\n');
      out.push(`      <failure type="difference" message="${esc(checkMessage('fail', lang, { count: r.differences.length }))}">${esc(body)}</failure>`);
    }
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}

/** Escape for XML text and attributes; control characters made visible (CI logs show them). */
export function esc(s: string): string {
  return safeText(s)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
