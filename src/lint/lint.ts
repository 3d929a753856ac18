// Run the registry over one document; apply the config; sort. Pure given its input.
import type { CchcDocument, Severity } from '../model/schema.js';
import type { Lang } from '../render/types.js';
import { LineMap } from '../text/location.js';
import { DEFAULT_CONFIG, type LintConfig } from './config.js';
import { lintMessage } from './messages.js';
import { RULES } from './rules/index.js';
import type { Finding, Rule } from './types.js';

export interface LintInput {
  file: string;
  doc: CchcDocument;
  /** The reader's text; positions in `doc` refer to it. */
  text: string;
  config?: LintConfig;
  today?: string | null;
  lang?: Lang;
}

export function lintDocument(input: LintInput, rules: readonly Rule[] = RULES): Finding[] {
  const config = input.config ?? DEFAULT_CONFIG;
  const lang = input.lang ?? 'vi';
  const ctx = { doc: input.doc, text: input.text, lines: new LineMap(input.text), config, today: input.today ?? null, lang };
  const findings: Array<Finding & { order: number }> = [];
  const seen = new Set<string>();
  rules.forEach((rule, order) => {
    const setting = config.rules[rule.code];
    if (setting === 'off') return;
    const severity: Severity = setting ?? rule.severity;
    for (const raw of rule.check(ctx)) {
      const message = raw.message ?? lintMessage(rule.code, lang, raw.vars);
      const line = raw.position?.line ?? 1;
      const column = raw.position?.column ?? 1;
      const id = `${rule.code}\u0000${line}:${column}\u0000${message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      findings.push({ file: input.file, line, column, code: rule.code, severity, message, order });
    }
  });
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.order - b.order);
  return findings.map(({ order: _order, ...f }) => f);
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** 1 when a finding is at or above the threshold (error; warning with --strict). */
export function lintExitCode(findings: Finding[], strict: boolean): 0 | 1 {
  const threshold = strict ? RANK.warning : RANK.error;
  return findings.some((f) => RANK[f.severity] >= threshold) ? 1 : 0;
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
