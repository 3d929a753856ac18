// `cchc parse FILE…`: read, extract, validate, render, write. One file is
// parsed in the main thread; a batch streams its results in input order, from
// a pool of worker threads when it is large enough to gain from one, and a
// document that fails becomes an error record, never the end of the batch.
import { hasFilter } from '../../render/filter.js';
import { shownName, STDIN } from '../input.js';
import type { Format } from '../../render/index.js';
import type { Lang, RenderOptions } from '../../render/types.js';
import { calendarOptions } from '../calendar-options.js';
import { inputsOrReport } from '../files.js';
import { availableCores, EXIT, type Io } from '../io.js';
import { batchSummary, message } from '../messages.js';
import { outputOrReport, type OutputTarget } from '../write.js';
import { isIsoDate } from '../../text/dates.js';
import { runJob, type JobSpec } from '../../batch/job.js';
import { Progress } from '../../batch/progress.js';
import type { Outcome } from '../../batch/record.js';
import { openSink, SinkError, type Sink } from '../../batch/sink.js';
import { streamWriter } from '../../batch/stream.js';

export interface ParseCliOptions {
  format?: Format;
  output?: string;
  lang: Lang;
  today?: string;
  todo?: boolean;
  remind?: string;
  unit?: string;
  from?: string;
  to?: string;
  until?: string;
  /** ics: the calendar exported last time; daily rhythms in the grid. */
  previous?: string;
  daily?: boolean;
  /** Worker threads for a batch (default: the available cores). */
  jobs?: string;
  /** Per-document time limit in seconds. */
  maxSeconds?: string;
  /** No progress line and no summary. */
  quiet?: boolean;
}

/** A batch this long gets a progress line (on a terminal) and a summary line. */
const SUMMARY_MIN_FILES = 5;
/** Fewer documents than this are parsed in the main thread: starting workers would cost more than it saves. */
export const POOL_MIN_FILES = 16;
/** Per-document time limit by default: generous, for the largest plan as PDF on a slow machine. */
const DEFAULT_MAX_SECONDS = 120;
/** V8 heap of each worker: one document, however large, never takes the run down with it (lower limits cost CPU: pool.ts). */
const WORKER_MEMORY_MB = 2048;

export async function runParse(paths: string[], opts: ParseCliOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  for (const key of ['today', 'from', 'to', 'until'] as const) {
    const v = opts[key];
    if (v !== undefined && !isIsoDate(v)) {
      io.stderr(`cchc: ${message('bad-option', lang, { detail: `--${key} ${v} (YYYY-MM-DD)` })}\n`);
      return EXIT.usage;
    }
  }
  // Without --jobs: the available cores, looked up only when a pool may start (node:os is not
  // loaded for one file).
  const jobs = opts.jobs === undefined ? 0 : positive(opts.jobs, true);
  const maxSeconds = opts.maxSeconds === undefined ? DEFAULT_MAX_SECONDS : positive(opts.maxSeconds, false);
  if (jobs === null || maxSeconds === null) {
    const bad = jobs === null ? `--jobs ${opts.jobs}` : `--max-seconds ${opts.maxSeconds}`;
    io.stderr(`cchc: ${message('bad-option', lang, { detail: bad })}\n`);
    return EXIT.usage;
  }
  const format: Format = opts.format ?? formatOfOutput(opts.output) ?? (io.stdoutIsTTY && !opts.output ? 'table' : 'json');
  const remind = opts.remind === undefined ? ['3d', '1d'] : opts.remind === 'none' ? [] : opts.remind.split(',').map((s) => s.trim()).filter(Boolean);
  if (format === 'ics') {
    const { parseReminder } = await import('../../render/ics/alarms.js');
    const bad = remind.find((r) => parseReminder(r) === null);
    if (bad !== undefined) {
      io.stderr(`cchc: ${message('bad-option', lang, { detail: `--remind ${bad} (3d, 1w, 2h, 30m, none)` })}\n`);
      return EXIT.usage;
    }
  }
  const calendar = calendarOptions(opts, io.env, format === 'ics', lang);
  if (!calendar.ok) {
    io.stderr(`cchc: ${calendar.message}\n`);
    return EXIT.usage;
  }
  const inputs = inputsOrReport(paths, io, lang);
  if (!inputs) return EXIT.usage;
  const files = inputs.files;
  // Decided before any work, so that a refused -o costs nothing and touches nothing.
  const readFrom = files.map((f) => f.path).filter((p) => p !== STDIN);
  const target = opts.output === undefined ? null : outputOrReport(opts.output, readFrom, io, lang);
  if (opts.output !== undefined && !target) return EXIT.usage;

  const renderOpts: RenderOptions = {
    lang,
    today: opts.today ?? io.today(),
    width: format === 'table' ? io.stdoutColumns : undefined,
    color: format === 'table' && (!opts.output || opts.output === STDIN) && wantsColour(io.env, io.stdoutIsTTY),
    todo: Boolean(opts.todo),
    remind,
    unit: opts.unit,
    from: opts.from,
    to: opts.to,
    until: opts.until,
    ...calendar.value,
    // One file gives an object; a folder or several inputs always an array.
    array: paths.length > 1 || files.some((f) => !f.explicit),
  };
  const batch = renderOpts.array === true;
  const spec: JobSpec = { format, render: renderOpts, array: batch, debug: Boolean(io.env.CCHC_DEBUG) };

  // One file argument: as always, a document that cannot be used is one sentence, exit 2, no output
  // (a bug met on it — a crash, a result the schema refuses — is no usage error: exit 1).
  if (!batch) {
    const outcome = await runJob(0, files[0].path, spec, io);
    if (!outcome.ok) {
      io.stderr(`cchc: ${outcome.message}\n`);
      if (outcome.stack) io.stderr(`${outcome.stack}\n`);
      return outcome.code === 'internal' || outcome.code === 'invalid-output' ? EXIT.findings : EXIT.usage;
    }
    return (await emit([outcome], spec, target, io, opts.output)) ? EXIT.ok : EXIT.usage;
  }

  // A batch: every document's result, or its error record, streamed in input order.
  // Progress and the summary are for a person at a terminal: a pipe or a log (CI) keeps stderr for problems.
  const long = files.length >= SUMMARY_MIN_FILES && !opts.quiet && io.stderrIsTTY;
  const progress = new Progress(files.length + inputs.unreadableDirs.length, lang, long ? io.stderr : null);
  const unreadable: Outcome[] = inputs.unreadableDirs.map((d) => ({
    ok: false, index: -1, path: d.path, code: 'folder-unreadable', bytes: 0,
    message: message('folder-unreadable', lang, { path: d.path, detail: d.code }),
  }));
  // Standard input can only be read here; --max-seconds needs a worker to stop, even for a small folder.
  const poolable = !files.some((f) => f.path === STDIN) && (files.length >= POOL_MIN_FILES || opts.maxSeconds !== undefined);
  const workers = poolable ? jobs || availableCores() : 1;
  const usePool = poolable && ((workers > 1 && files.length >= POOL_MIN_FILES) || opts.maxSeconds !== undefined);
  const pathsOnly = files.map((f) => f.path);
  // node:worker_threads alone costs ~3 ms to load: only a batch that uses the pool pays for it.
  const outcomes = usePool
    ? (await import('../../batch/pool.js')).pooled(pathsOnly, shownName, { jobs: workers, workerFile: await (await import('../../batch/worker-file.js')).workerFile(), spec, maxSeconds, maxMemoryMb: WORKER_MEMORY_MB })
    : inline(pathsOnly, spec, io);
  const each = (o: Outcome) => {
    progress.count(o);
    if (o.ok || o.code === 'folder-unreadable') return; // that folder was named already
    progress.clear();
    io.stderr(`cchc: ${o.message}\n`);
    if (o.stack) io.stderr(`${o.stack}\n`);
  };
  const ok = await emit(concat(unreadable, outcomes, each), spec, target, io, opts.output);
  progress.clear();
  const f = progress.figures;
  if (hasFilter(renderOpts) && f.deadlines === 0 && f.done > f.failed) {
    const said = [opts.unit && `--unit "${opts.unit}"`, opts.from && `--from ${opts.from}`, opts.to && `--to ${opts.to}`].filter(Boolean).join(' ');
    io.stderr(`cchc: ${message('no-match', lang, { detail: said })}\n`);
  }
  if (long) io.stderr(`cchc: ${batchSummary({ ...f, done: f.done - unreadable.length, seconds: progress.elapsed() }, lang)}\n`);
  if (!ok) return EXIT.usage;
  return f.failed > 0 ? EXIT.findings : EXIT.ok;
}

/** Writes the outcomes through the format's stream writer; false after saying why the output could not be written. */
async function emit(outcomes: Iterable<Outcome> | AsyncIterable<Outcome>, spec: JobSpec, target: OutputTarget | null, io: Io, shownPath?: string): Promise<boolean> {
  let sink: Sink | null = null;
  let seen = 0;
  let kept = 0;
  try {
    sink = openSink(target, io);
    const writer = await streamWriter(spec.format, spec.render, spec.array, sink);
    for await (const o of outcomes) {
      seen++;
      if (o.ok) kept += o.deadlines;
      writer.add(o);
      // `| head` has what it wanted: stop the pool rather than parse on for nobody.
      if ((!target || target.kind === 'stdout') && io.stdoutClosed?.()) break;
    }
    await writer.end();
    sink.close();
  } catch (err) {
    sink?.abort();
    if (!(err instanceof SinkError)) throw err;
    io.stderr(`cchc: ${message('write-failed', spec.render.lang, { path: shownPath ?? '-', detail: err.code })}\n`);
    return false;
  }
  if (!spec.array && hasFilter(spec.render) && kept === 0 && seen > 0) {
    const r = spec.render;
    const said = [r.unit && `--unit "${r.unit}"`, r.from && `--from ${r.from}`, r.to && `--to ${r.to}`].filter(Boolean).join(' ');
    io.stderr(`cchc: ${message('no-match', r.lang, { detail: said })}\n`);
  }
  return true;
}

async function* inline(paths: readonly string[], spec: JobSpec, io: Io): AsyncGenerator<Outcome> {
  for (const [i, p] of paths.entries()) yield await runJob(i, p, spec, io);
}

async function* concat(first: readonly Outcome[], rest: AsyncIterable<Outcome>, each: (o: Outcome) => void): AsyncGenerator<Outcome> {
  for (const o of first) {
    each(o);
    yield o;
  }
  for await (const o of rest) {
    each(o);
    yield o;
  }
}

/** "--jobs 4" (a whole number ≥ 1), "--max-seconds 2.5" (> 0); null when it is not. */
function positive(v: string, whole: boolean): number | null {
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || !(n > 0) || (whole && !Number.isInteger(n))) return null;
  return n;
}

/** `-o han.ics` means a calendar and `-o han.csv` a spreadsheet, without --format. */
function formatOfOutput(path: string | undefined): Format | undefined {
  const ext = path?.match(/\.(ics|csv|jsonl|json)$/i)?.[1]?.toLowerCase();
  return ext as Format | undefined;
}

/**
 * Colour for the table as Node itself decides it: FORCE_COLOR=1/2/3/true (or
 * empty) turns it on even in a pipe and over NO_COLOR, any other FORCE_COLOR
 * value (0, false) turns it off even on a terminal; else a terminal without
 * NO_COLOR. Never into an -o file.
 */
export function wantsColour(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force);
  return isTTY && !env.NO_COLOR;
}
