// `cchc due`: every occurrence due in a window across the register, recurring
// rules expanded; deadlines that wait on an event are listed apart.
import { datesOk, withStore, type RegisterCliOptions } from '../../register/cli-common.js';
import { dueCsv, dueIcs, dueJson, dueTable, type DueView } from '../../register/due-render.js';
import { say } from '../../register/messages.js';
import { monthOf, occurrencesIn, unitFilter, weekOf, type Window } from '../../register/occurrences.js';
import { unitKey } from '../../render/ics/select.js';
import { addDays } from '../../text/dates.js';
import { EXIT, type Io } from '../io.js';

export interface DueCliOptions extends RegisterCliOptions {
  unit?: string;
  week?: boolean;
  month?: boolean;
  from?: string;
  to?: string;
  overdue?: boolean;
  format?: 'table' | 'json' | 'csv' | 'ics';
}

/** The window asked for: --from/--to, --month, else this week; --overdue: everything before today. */
export function windowOf(opts: DueCliOptions, today: string): Window {
  if (opts.overdue) return { from: opts.from ?? '0001-01-01', to: opts.to ?? addDays(today, -1) };
  if (opts.from || opts.to) {
    const week = weekOf(today);
    return { from: opts.from ?? week.from, to: opts.to ?? week.to };
  }
  return opts.month ? monthOf(today) : weekOf(today);
}

export async function runDue(opts: DueCliOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  if (!datesOk(opts as unknown as Record<string, unknown>, ['today', 'from', 'to'], io, lang)) return EXIT.usage;
  const today = opts.today ?? io.today();
  const window = windowOf(opts, today);
  return withStore(opts, io, async (store) => {
    const keep = unitFilter(unitKey(opts.unit ?? ''));
    const deadlines = (await store.deadlines(window)).filter(keep);
    let { dated, undated } = occurrencesIn(deadlines, window, await store.completions(), today);
    if (opts.overdue) {
      dated = dated.filter((o) => o.state === 'overdue');
      undated = [];
    }
    const view: DueView = { window, today, dated, undated, lang, width: io.stdoutColumns, sourceDateEpoch: epoch(io.env.SOURCE_DATE_EPOCH) };
    const format = opts.format ?? (io.stdoutIsTTY ? 'table' : 'json');
    if (format === 'table' && !dated.length && !undated.length) {
      io.stderr(`cchc: ${say('due.none', lang, { from: window.from, to: window.to, unit: opts.unit ? ` (--unit "${opts.unit}")` : '' })}\n`);
      return EXIT.ok;
    }
    io.stdout(format === 'json' ? dueJson(view) : format === 'csv' ? dueCsv(view) : format === 'ics' ? dueIcs(view) : dueTable(view));
    return EXIT.ok;
  });
}

function epoch(v: string | undefined): number | undefined {
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
}
