// GitHub Actions workflow commands, so that findings show on the pull request diff:
//   ::warning file=a.txt,line=3,col=5,title=task/no-unit::message
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Finding } from '../types.js';
import { safeText } from '../../text/terminal.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function renderGithub(findings: Finding[]): string {
  return findings
    .map((f) => `::${COMMAND[f.severity]} file=${prop(f.file)},line=${f.line},col=${f.column},title=${prop(f.code)}::${data(f.message)}\n`)
    .join('');
}

/** The runner prints these in its log, where escape sequences would be obeyed. */
function data(s: string): string {
  return safeText(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
