// file:line:column  severity  message  [code]: the shape editors and terminals link.
import type { Lang } from '../../render/types.js';
import { countBySeverity } from '../lint.js';
import { lintText, severityLabel } from '../messages.js';
import type { Finding } from '../types.js';
import { safeText } from '../../text/terminal.js';

/**
 * `unreadable` files were named on stderr, one sentence each; the report only
 * counts them, and never calls a run with an unreadable file clean.
 */
export function renderHuman(findings: Finding[], files: number, lang: Lang, unreadable = 0): string {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column}: ${severityLabel(f.severity, lang)}: ${f.message} [${f.code}]`);
  if (findings.length === 0 && unreadable === 0) lines.push(lintText('clean', lang));
  else if (findings.length > 0 || files > 0) {
    const c = countBySeverity(findings);
    if (lines.length > 0) lines.push('');
    lines.push(lintText('summary', lang, { errors: c.error, warnings: c.warning, infos: c.info, files }));
  }
  if (unreadable > 0) lines.push(lintText('unreadable', lang, { count: unreadable }));
  // File names and document text in the lines are shown, never obeyed, by the terminal.
  return `${lines.map(safeText).join('\n')}\n`;
}
