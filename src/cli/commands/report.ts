// `cchc report [--unit NAME] --week [--format md|html|csv]`: the weekly progress report.
import { datesOk, withStore, type RegisterCliOptions } from '../../register/cli-common.js';
import { occurrencesIn, unitFilter, weekOf } from '../../register/occurrences.js';
import { buildReport, reportCsv, reportHtml, reportMarkdown } from '../../register/report.js';
import { unitKey } from '../../render/ics/select.js';
import { addDays } from '../../text/dates.js';
import { EXIT, type Io } from '../io.js';

export interface ReportCliOptions extends RegisterCliOptions {
  unit?: string;
  week?: boolean;
  format?: 'md' | 'html' | 'csv';
}

export async function runReport(opts: ReportCliOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  if (!datesOk(opts as unknown as Record<string, unknown>, ['today'], io, lang)) return EXIT.usage;
  const today = opts.today ?? io.today();
  const week = weekOf(today);
  return withStore(opts, io, async (store) => {
    const window = { from: '0001-01-01', to: addDays(week.to, 7) };
    const deadlines = (await store.deadlines(window)).filter(unitFilter(unitKey(opts.unit ?? '')));
    const { dated } = occurrencesIn(deadlines, window, await store.completions(), today);
    const report = buildReport(dated, today, week, opts.unit, lang);
    const format = opts.format ?? 'md';
    io.stdout(format === 'html' ? reportHtml(report) : format === 'csv' ? reportCsv(report) : reportMarkdown(report));
    return EXIT.ok;
  });
}
