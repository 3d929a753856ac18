// file:line:column  severity  message  [code]: the shape editors and terminals link.
import type { Lang } from '../../render/types.js';
import { countBySeverity } from '../lint.js';
import { lintText, severityLabel } from '../messages.js';
import type { Finding } from '../types.js';
import { safeText } from '../../text/terminal.js';

export function renderHuman(findings: Finding[], files: number, lang: Lang): string {
  if (findings.length === 0) return `${lintText('clean', lang)}\n`;
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column}: ${severityLabel(f.severity, lang)}: ${f.message} [${f.code}]`);
  const c = countBySeverity(findings);
  lines.push('', lintText('summary', lang, { errors: c.error, warnings: c.warning, infos: c.info, files }));
  // File names and document text in the lines are shown, never obeyed, by the terminal.
  return `${lines.map(safeText).join('\n')}\n`;
}
