// `cchc lint FILE…`: rules for drafts (units, deadlines, dates, citations).
import { ConfigError, findConfig, loadConfig, type LintConfig, DEFAULT_CONFIG } from '../../lint/config.js';
import { lintDocument, lintExitCode } from '../../lint/lint.js';
import { lintText } from '../../lint/messages.js';
import { renderGithub } from '../../lint/reporters/github.js';
import { renderHuman } from '../../lint/reporters/human.js';
import { renderJson } from '../../lint/reporters/json.js';
import { RULE_CODES } from '../../lint/rules/index.js';
import type { Finding } from '../../lint/types.js';
import { parseSource, validateDocument } from '../../parse.js';
import type { Lang } from '../../render/types.js';
import { InputError } from '../../source/types.js';
import { isIsoDate } from '../../text/dates.js';
import { inputsOrReport } from '../files.js';
import { readInput, shownName } from '../input.js';
import { EXIT, type Io } from '../io.js';
import { inputErrorMessage, message } from '../messages.js';

export interface LintCliOptions {
  config?: string;
  strict?: boolean;
  format?: 'human' | 'json';
  today?: string;
  lang?: Lang;
}

export async function runLint(paths: string[], opts: LintCliOptions, io: Io): Promise<number> {
  const lang: Lang = opts.lang === 'en' ? 'en' : 'vi';
  if (opts.today !== undefined && !isIsoDate(opts.today)) {
    io.stderr(`cchc: ${message('bad-option', lang, { detail: `--today ${opts.today} (YYYY-MM-DD)` })}\n`);
    return EXIT.usage;
  }
  const configs = new Map<string, LintConfig>();
  const configFor = (file: string): LintConfig => {
    const path = opts.config ?? findConfig(file);
    if (path === null) return DEFAULT_CONFIG;
    let config = configs.get(path);
    if (!config) {
      config = loadConfig(path, RULE_CODES);
      configs.set(path, config);
    }
    return config;
  };

  const inputs = inputsOrReport(paths, io, lang);
  if (!inputs) return EXIT.usage;

  const findings: Finding[] = [];
  const linted: string[] = [];
  /** Unreadable inputs, as error entries of the JSON report (`input/<reason>`). */
  const unreadable: Finding[] = [];
  for (const { path: given } of inputs.files) {
    const path = shownName(given);
    let config: LintConfig;
    try {
      config = configFor(given);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      const key = err.kind === 'not-found' ? 'config-not-found' : 'config-invalid';
      io.stderr(`cchc: ${lintText(key, lang, { path: err.path, detail: err.detail })}\n`);
      return EXIT.usage;
    }
    try {
      const { source, bytes } = await readInput(given, io);
      const doc = validateDocument(parseSource(source, bytes, path, { lang }));
      findings.push(...lintDocument({ file: path, doc, text: source.text, config, today: opts.today ?? null, lang }));
      linted.push(path);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      const sentence = inputErrorMessage(err.code, path, lang);
      io.stderr(`cchc: ${sentence}\n`);
      if (io.env.CCHC_DEBUG) io.stderr(`${err.stack}\n`);
      unreadable.push({ file: path, line: 1, column: 1, code: `input/${err.code}`, severity: 'error', message: sentence });
    }
  }

  const code = unreadable.length > 0 || inputs.incomplete ? EXIT.usage : lintExitCode(findings, Boolean(opts.strict));
  const annotations = io.env.GITHUB_ACTIONS === 'true' ? renderGithub([...unreadable, ...findings]) : '';
  if (opts.format === 'json') {
    io.stdout(renderJson([...unreadable, ...findings], linted, code));
    // The runner reads workflow commands from stderr too; stdout stays pure JSON.
    if (annotations) io.stderr(annotations);
  } else {
    io.stdout(renderHuman(findings, linted.length, lang, unreadable.length));
    if (annotations) io.stdout(annotations);
  }
  return code;
}
