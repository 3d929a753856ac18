// The Vietnamese deadline grammar: chrono-node's `vi` configuration reads the
// absolute dates; our parsers (one expression family per file, parsers/) and
// refiners (refiners/) turn them into deadlines. Adding an expression = one
// parser file + one line in PARSERS + its test cases (docs/grammar.md).
import { Chrono, createConfiguration, type Parser, type Refiner } from './chrono.js';
import { draftOf, type Draft, type ScanState } from './draft.js';
import { chain, type DraftRefiner } from './refiner.js';
import { prepare } from './text.js';
import type { GrammarContext, GrammarProblem, TimeExpression } from './types.js';
import { addDays, toIso } from '../text/dates.js';

import { absoluteDate } from './parsers/absolute-date.js';
import { dayRange } from './parsers/day-range.js';
import { weekly } from './parsers/weekly.js';
import { daily, timesADay } from './parsers/daily.js';
import { timeOnly } from './parsers/time-only.js';
import { monthly } from './parsers/monthly.js';
import { quarterly } from './parsers/quarterly.js';
import { frequency } from './parsers/frequency.js';
import { interval } from './parsers/interval.js';
import { countPerPeriod } from './parsers/count-per-period.js';
import { monthPeriod } from './parsers/month-period.js';
import { quarterPeriod } from './parsers/quarter-period.js';
import { halfYear } from './parsers/half-year.js';
import { yearPeriod } from './parsers/year-period.js';
import { relative } from './parsers/relative.js';
import { relativeHours } from './parsers/relative-hours.js';
import { conditional } from './parsers/conditional.js';
import { eventDay } from './parsers/event-day.js';
import { lunarNewYear } from './parsers/lunar-new-year.js';

import { chronoDates } from './refiners/chrono-dates.js';
import { overlap } from './refiners/overlap.js';
import { relation } from './refiners/relation.js';
import { dateList } from './refiners/date-list.js';
import { tableCell } from './refiners/table-cell.js';
import { dropBare } from './refiners/drop-bare.js';
import { rangeYear } from './refiners/range-year.js';
import { reportPeriod } from './refiners/report-period.js';
import { yearlySuffix } from './refiners/yearly-suffix.js';
import { recurringSentence } from './refiners/recurring-sentence.js';
import { yearFill } from './refiners/year-fill.js';
import { relativeBase } from './refiners/relative-base.js';
import { past } from './refiners/past.js';

export type { GrammarContext, GrammarProblem, TimeExpression } from './types.js';

/** Our parsers, run before chrono's vi parsers (order only matters for equal spans). */
export const PARSERS: Parser[] = [
  absoluteDate, // "20 / 11/2023", impossible dates (chrono reads the rest)
  lunarNewYear, // "trước Tết Nguyên đán Ất Tỵ 2025"
  dayRange, // "từ 20 - 25/11/2023"
  weekly, // "thứ 6 hàng tuần", "trước 15:00 ngày thứ Sáu hàng tuần"
  daily, // "trước 16 giờ hằng ngày"
  timesADay, // "02 lần/ngày (trước 9h00 và 16h00)"
  timeOnly, // "trước 16 giờ ngày thứ Sáu", "trước 17 giờ" (never "17 hours ago")
  monthly, // "trước ngày 20 hằng tháng", "hàng tháng vào ngày 20"
  quarterly, // "hằng quý (trước ngày 15 của tháng cuối quý)"
  frequency, // "hằng ngày", "hàng tháng", "hàng tháng, quý", "Hàng năm"
  interval, // "định kỳ 06 tháng", "3 tháng một lần"
  countPerPeriod, // "tối thiểu 03 lần/tuần", "02 đợt/tháng (18 đợt/năm)", "02 hội nghị/năm"
  monthPeriod, // "trong tháng 12/2023"
  quarterPeriod, // "trong Quý I năm 2026"
  halfYear, // "trong 6 tháng đầu năm 2024"
  yearPeriod, // "trong năm 2025", "cuối năm 2023"
  relative, // "trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản"
  relativeHours, // "không quá 24h00 kể từ khi phát hiện sự cố" (whole days only)
  conditional, // "sau khi UBND tỉnh ban hành …", "khi có yêu cầu"
  eventDay, // "trước ngày khai mạc kỳ họp"
];

/**
 * Our refiners, in order, after `chronoDates` (chrono's absolute dates → bare
 * dates; its other readings dropped). They replace chrono's own refiners: its
 * date-range and date-time merges would build results that carry no relation,
 * and its forward-date and overlap rules do not know relation words.
 */
export const REFINERS: DraftRefiner[] = [
  overlap, // dates inside our longer expressions go
  relation, // "trước ngày", "chậm nhất", "vào lúc 16h00 ngày …" → deadlines
  dateList, // "trước ngày 05/4, 05/7, 05/10"
  tableCell, // a date alone on its line
  dropBare, // cited documents' dates, holidays in passing, …
  rangeYear, // "từ ngày 01/12 đến ngày 15/12/2023"
  reportPeriod, // "báo cáo kết quả … từ ngày 30/01/2020 đến ngày 24/4/2020"
  yearlySuffix, // "trước ngày 15/1 hàng năm"
  recurringSentence, // "định kỳ … 6 tháng (trước ngày 16/6)"
  yearFill, // missing years, before-issue, weekday mismatch
  relativeBase, // "trong 10 ngày kể từ ngày ký" with the issue date
  past, // periods and dates already over when the document was issued
  overlap,
];

/**
 * The places, in chrono's vi configuration (createConfiguration(false).parsers), of the
 * parsers that can read a day and a month — the only readings chronoDates keeps: ISO
 * dates (two), slash dates, "ngày … tháng … năm". Fixed here rather than found by
 * running each parser on sample dates at every start, which compiled seven patterns
 * only to drop them (~2 ms of a ~80 ms run); test/grammar/chrono-parsers.test.ts finds
 * them that way and fails if a chrono upgrade moves them.
 */
export const WHOLE_DATE_PARSERS: readonly number[] = [0, 1, 2, 3];

let engine: Chrono | null = null;

/** Built once, on first use. */
function chrono(): Chrono {
  if (!engine) {
    // Of chrono's vi parsers only those that can yield a day and a month matter:
    // chronoDates drops every other reading, so running the weekday, year,
    // month-year, time and "N … ago/later/within" parsers was pure cost
    // (~8 ms of cold start, a third of a warm scan).
    const base = createConfiguration(false).parsers.filter((_, i) => WHOLE_DATE_PARSERS.includes(i));
    const refiners: Refiner[] = [chronoDates, chain(REFINERS)];
    engine = new Chrono({ parsers: [...PARSERS, ...base], refiners });
  }
  return engine;
}

// Paragraphs without a digit (full-width ones included) can only hold a frequency ("thường niên" too), "trước Tết",
// a trigger or "cuối năm".
// Cases spelled out: with the i flag V8 folds case at every character of every paragraph.
const NEEDS_LOOK = /[\d\uFF10-\uFF19]|[Hh][AÀẰaàằ][Nn][Gg]|[Mm][ỖÔỗô][Ii]|[Kk][Hh][Ii]|[Nn][Ii][ÊEêe][Nn]|[Cc][Uu][ỐÔốô][Ii]|[Hh][ẾÊếê][Tt]|[Tt][ẾÊếê][Tt]|[Nn][Gg][AÀaà][Yy]|[Tt][Uu][ẦÂầâ][Nn]|[Qq][Uu][ÝYýy]/u;
/** Combining marks: only a text with some can read otherwise once composed (NFC). */
const COMBINING = /[\u0300-\u036f]/u;

export function scanTime(text: string, ctx: GrammarContext): TimeExpression[] {
  if (!NEEDS_LOOK.test(text) && !(COMBINING.test(text) && NEEDS_LOOK.test(text.normalize('NFC')))) return [];
  const p = prepare(text, ctx.folded, ctx.nfc);
  const st: ScanState = { g: ctx, s: p.s, cased: p.cased };
  const ref = ctx.issueDate ? new Date(`${ctx.issueDate}T12:00:00`) : new Date((ctx.year ?? 2000), 0, 1, 12);
  const results = chrono().parse(p.s, ref, { cchc: st } as never);
  const out: TimeExpression[] = [];
  for (const r of results) {
    const d = draftOf(r);
    if (!d) continue;
    for (const x of d.siblings ?? [d]) {
      if (d.siblings) Object.assign(x, { year: d.year, yearInferred: d.yearInferred, problems: d.problems });
      out.push(finish(x, text, st, p.toOriginal));
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function finish(d: Draft, text: string, st: ScanState, toOriginal: (i: number) => number): TimeExpression {
  const dated = d.kind === 'date' || d.kind === 'relative';
  const date = dated && d.year !== null && d.month !== null && d.day !== null ? toIso(d.year, d.month, d.day) : null;
  // "trước ngày 01/12" is met on 30/11; "trước 9h00 ngày 23/4" is still met on 23/4 (before 9:00).
  const due = d.due ?? (date && d.kind === 'date' ? (d.relation === 'before' && !d.time ? addDays(date, -1) : date) : null);
  const start = toOriginal(d.index);
  const end = toOriginal(d.end);
  const trigger = d.triggerSpan
    ? text.slice(toOriginal(d.triggerSpan[0]), toOriginal(d.triggerSpan[1])).normalize('NFC').replace(/\s+/g, ' ').trim()
    : null;
  const problems: GrammarProblem[] = d.problems.map((pr) => {
    const ps = toOriginal(pr.index);
    return { ...pr, index: ps, length: toOriginal(pr.index + pr.length) - ps };
  });
  return {
    index: start,
    text: text.slice(start, end),
    kind: d.kind,
    relation: d.relation,
    date,
    due,
    time: d.time,
    granularity: d.kind === 'date' ? d.granularity : null,
    yearInferred: d.yearInferred,
    rrule: d.rrule,
    trigger,
    offset: d.offset,
    problems,
  };
}
