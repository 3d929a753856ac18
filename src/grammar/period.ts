// Shared by the period parsers: a period (month, quarter, half-year, year) is a
// deadline only with a cue word in front ("trong tháng 12/2023") — "kế hoạch
// năm 2023", "nhiệm vụ quý IV năm 2023" are topics — or as a table cell that
// holds nothing else ("Tháng\n3/2018" at the end of a row). Never after a negation
// ("không có khả năng giải ngân trong năm 2025").
import { draft, type Draft, type ScanState } from './draft.js';
import { relationOfCue } from './relation-words.js';
import { L } from './patterns.js';
import { daysInMonth } from '../text/dates.js';
import type { Granularity } from '../model/schema.js';

/** The period's first and last month. */
export interface Period {
  year: number | null;
  firstMonth: number;
  lastMonth: number;
  granularity: Granularity;
}

const CELL_END = /^[ \t]*(?:\r?\n|$)/u;
/** "không có khả năng giải ngân trong năm 2025": what cannot be done is no deadline. */
const NEGATED = new RegExp(`(?:không\\s+(?:có\\s+khả\\s+năng|thể)|chưa)\\s+(?:${L}+\\s+){0,2}$`, 'u');

export function isTableCell(st: ScanState, at: number, end: number): boolean {
  const first = st.cased[at];
  return first !== undefined && first !== first.toLowerCase() && CELL_END.test(st.s.slice(end, end + 3));
}

/** `match` is the whole match at `at`; the text starts at the cue ("hoàn thành" is left out). */
export function periodDraft(source: string, match: string, at: number, cue: string | undefined, p: Period, st: ScanState): Draft | null {
  const end = at + match.length;
  if (!cue && !isTableCell(st, at, end)) return null;
  // The text starts at the cue; a cue not in the words would move the span out of the match.
  if (cue) at += Math.max(0, match.indexOf(cue));
  if (NEGATED.test(st.s.slice(Math.max(0, at - 40), at))) return null;
  const relation = cue ? relationOfCue(cue) : 'by';
  // "trước tháng 12/2023": before the period starts; otherwise its last day.
  const before = relation === 'before';
  const month = before ? p.firstMonth : p.lastMonth;
  return draft(at, end, source, {
    relation: before ? 'before' : 'by',
    year: p.year,
    month,
    day: before ? 1 : p.year ? daysInMonth(p.year, month) : null,
    granularity: p.granularity,
  });
}
