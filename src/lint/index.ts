// `cchc lint` as a library: rules for directive drafts.
export { lintDocument, lintExitCode, countBySeverity, type LintInput } from './lint.js';
export { RULES, RULE_CODES } from './rules/index.js';
export { loadConfig, findConfig, ConfigError, CONFIG_FILE, DEFAULT_CONFIG, type LintConfig, type KnownUnit, type RuleSetting } from './config.js';
export type { Finding, Rule, RawFinding, LintContext } from './types.js';
