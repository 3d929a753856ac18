// `cchc parse FILE…`: read, extract, validate, render, write.
import type { CchcDocument } from '../../model/schema.js';
import { InputError } from '../../source/types.js';
import { parseSource, validateDocument } from '../../parse.js';
import { hasFilter } from '../../render/filter.js';
import { selectEntries } from '../../render/ics/select.js';
import { safeText } from '../../text/terminal.js';
import { readInput, shownName, STDIN } from '../input.js';
import { loadRenderer, type Format } from '../../render/index.js';
import type { Lang, RenderOptions } from '../../render/types.js';
import { inputsOrReport } from '../files.js';
import { EXIT, type Io } from '../io.js';
import { inputErrorMessage, message } from '../messages.js';
import { outputOrReport, writeOutput } from '../write.js';
import { isIsoDate } from '../../text/dates.js';

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
}

const PROGRESS_MIN_FILES = 5;

export async function runParse(paths: string[], opts: ParseCliOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  for (const key of ['today', 'from', 'to', 'until'] as const) {
    const v = opts[key];
    if (v !== undefined && !isIsoDate(v)) {
      io.stderr(`cchc: ${message('bad-option', lang, { detail: `--${key} ${v} (YYYY-MM-DD)` })}\n`);
      return EXIT.usage;
    }
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
  const inputs = inputsOrReport(paths, io, lang);
  if (!inputs) return EXIT.usage;
  const files = inputs.files;
  // Decided before any work, so that a refused -o costs nothing and touches nothing.
  const readFrom = files.map((f) => f.path).filter((p) => p !== STDIN);
  const target = opts.output === undefined ? null : outputOrReport(opts.output, readFrom, io, lang);
  if (opts.output !== undefined && !target) return EXIT.usage;

  const docs: CchcDocument[] = [];
  // An unreadable folder (said already) fails the run like an unreadable file: the others are still read and reported.
  let failed = inputs.incomplete;
  const progress = files.length >= PROGRESS_MIN_FILES && io.stderrIsTTY;
  for (const [i, f] of files.entries()) {
    const name = shownName(f.path);
    if (progress) io.stderr(`\r${i + 1}/${files.length} ${safeText(name.slice(-60)).padEnd(60)}`);
    try {
      const { source, bytes } = await readInput(f.path, io);
      docs.push(validateDocument(parseSource(source, bytes, name, { lang })));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      if (progress) io.stderr('\n');
      io.stderr(`cchc: ${inputErrorMessage(err.code, name, lang)}\n`);
      if (io.env.CCHC_DEBUG) io.stderr(`${err.stack}\n`);
      failed = true;
    }
  }
  if (progress) io.stderr('\r\x1b[K');
  if (failed) return EXIT.usage;

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
    sourceDateEpoch: parseEpoch(io.env.SOURCE_DATE_EPOCH),
    // One file gives an object; a folder or several inputs always an array.
    array: paths.length > 1 || files.some((f) => !f.explicit),
  };
  if (hasFilter(renderOpts) && selectEntries(docs, renderOpts).length === 0) {
    const said = [opts.unit && `--unit "${opts.unit}"`, opts.from && `--from ${opts.from}`, opts.to && `--to ${opts.to}`].filter(Boolean).join(' ');
    io.stderr(`cchc: ${message('no-match', lang, { detail: said })}\n`);
  }
  const render = await loadRenderer(format);
  const out = render(docs, renderOpts);
  if (target && opts.output !== undefined) {
    if (!writeOutput(target, out, io, lang, opts.output)) return EXIT.usage;
  } else {
    io.stdout(out);
  }
  return EXIT.ok;
}

/** `-o han.ics` means a calendar and `-o han.csv` a spreadsheet, without --format. */
function formatOfOutput(path: string | undefined): Format | undefined {
  const ext = path?.match(/\.(ics|csv|json)$/i)?.[1]?.toLowerCase();
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

function parseEpoch(v: string | undefined): number | undefined {
  if (v === undefined || !/^\d+$/.test(v)) return undefined;
  return Number(v);
}
