// `cchc check PATH…`: compare parse results with NAME.expected.json next to each
// document (a CI gate), or rewrite them with --update.
import { CHECK_REPORTERS, type CheckFormat } from '../../check/reporters/index.js';
import { checkExitCode, findOrphans, nothingCompared, runChecks } from '../../check/run.js';
import { checkMessage } from '../../check/messages.js';
import type { Lang } from '../../render/types.js';
import { inputsOrReport, listableFolders } from '../files.js';
import { STDIN } from '../input.js';
import { message } from '../messages.js';
import { EXIT, type Io } from '../io.js';
import { outputOrReport, writeOutput } from '../write.js';
import { expectedPathFor, formatExpectedPathFor } from '../../check/expected.js';

export interface CheckCliOptions {
  update?: boolean;
  force?: boolean;
  /** A run that compares nothing fails (also when CI=true). */
  strict?: boolean;
  format?: CheckFormat;
  output?: string;
  lang?: Lang;
}

export async function runCheck(paths: string[], opts: CheckCliOptions, io: Io): Promise<number> {
  const lang: Lang = opts.lang === 'en' ? 'en' : 'vi';
  const format: CheckFormat = opts.format ?? 'human';
  if (opts.update && io.env.CI === 'true' && !opts.force) {
    io.stderr(`cchc: ${checkMessage('update-in-ci', lang)}\n`);
    return EXIT.usage;
  }
  if (paths.includes(STDIN)) {
    io.stderr(`cchc: ${message('stdin-not-for-check', lang)}\n`);
    return EXIT.usage;
  }
  const given = inputsOrReport(paths, io, lang);
  if (!given) return EXIT.usage;

  const documents = given.files.map((f) => f.path);
  // The report must not land on a document or on an expected result the check reads.
  const inputs = documents.flatMap((d) => [d, expectedPathFor(d), formatExpectedPathFor(d)]);
  const target = opts.output === undefined ? null : outputOrReport(opts.output, inputs, io, lang);
  if (opts.output !== undefined && !target) return EXIT.usage;
  const run = await runChecks(documents, { update: Boolean(opts.update), lang });
  run.orphans = findOrphans(listableFolders(paths), documents);
  // The human report already names unusable inputs on stdout; other formats also say it on stderr.
  const reportOnStdout = format === 'human' && !opts.output;
  if (!reportOnStdout) for (const r of run.results) if (r.status === 'error') io.stderr(`cchc: ${r.error}\n`);
  const strict = Boolean(opts.strict) || io.env.CI === 'true';
  run.strict = strict;
  if (nothingCompared(run)) io.stderr(`cchc: ${checkMessage(strict ? 'no-expected-strict' : 'no-expected', lang)}\n`);

  const report = CHECK_REPORTERS[format](run, lang);
  if (target && opts.output !== undefined) {
    if (!writeOutput(target, report, io, lang, opts.output)) return EXIT.usage;
    // The file is for the CI system; the log still shows what happened.
    if (format !== 'human') io.stdout(CHECK_REPORTERS.human(run, lang));
  } else {
    io.stdout(report);
  }
  // A folder that could not be listed was named on stderr; the others were checked.
  return given.incomplete ? EXIT.usage : checkExitCode(run);
}
