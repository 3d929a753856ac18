// Text-level scans the rules share: dates as written (so that an impossible
// "31/11/2023" is caught even when the pipeline drops it) and weekday mentions.
//   ngày 21/11/2023 · 21/11/2023 · 21-11-2023 · 21.11.2023 · ngày 21/11 ·
//   ngày 21 tháng 11 năm 2023 · ngày 21 tháng 11
//   thứ Hai … thứ Bảy, thứ 2 … thứ 7, Chủ nhật
import type { Position } from '../model/schema.js';
import type { LineMap } from '../text/location.js';

export interface DateMention {
  day: number;
  month: number;
  year: number | null;
  text: string;
  start: number;
  end: number;
}

const NOT_BEFORE = '(?<![\\p{L}\\p{N}/.\\-])';
// With a year: any of / - . as separator (the same one twice). A five-digit year is a typo to report.
const DMY = new RegExp(`${NOT_BEFORE}(\\d{1,2})\\s?([/.\\-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4,5})(?![\\p{N}/]|\\.\\d)`, 'gu');
// Without a year: only "/" and only after "ngày" (else "1/2" is a fraction).
const DM = new RegExp(`(?<=ngày[\\s*]{1,4})(\\d{1,2})/(\\d{1,2})(?![\\p{N}/])`, 'giu');
const WORDS = /(?<![\p{L}\p{N}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:,\s*)?năm\s+(\d{4}))?(?![\p{N}])/giu;

export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  const taken = new Set<number>();
  const push = (m: RegExpExecArray, day: string, month: string, year: string | undefined) => {
    if (taken.has(m.index)) return;
    taken.add(m.index);
    out.push({ day: Number(day), month: Number(month), year: year ? Number(year) : null, text: m[0], start: m.index, end: m.index + m[0].length });
  };
  for (const m of text.matchAll(WORDS)) push(m, m[1], m[2], m[3]);
  for (const m of text.matchAll(DMY)) push(m, m[1], m[3], m[4]);
  for (const m of text.matchAll(DM)) push(m, m[1], m[2], undefined);
  return out.sort((a, b) => a.start - b.start);
}

export interface WeekdayMention {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  text: string;
  start: number;
  end: number;
}

const WEEKDAY_WORDS: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6, bẩy: 6 };
const WEEKDAY = /(?<![\p{L}\p{N}])(?:thứ\s+(hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|(chủ\s+nhật))(?![\p{L}\p{N}])/giu;

export function findWeekdays(text: string): WeekdayMention[] {
  const out: WeekdayMention[] = [];
  for (const m of text.matchAll(WEEKDAY)) {
    const word = m[1]?.toLowerCase();
    const weekday = m[2] ? 0 : /^\d$/.test(word ?? '') ? Number(word) - 1 : WEEKDAY_WORDS[word ?? ''];
    if (weekday === undefined) continue;
    out.push({ weekday, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A weekday written right next to a date: "thứ Sáu, ngày 21/11/2023" or "21/11/2023 (thứ Sáu)". */
export function pairWeekdays(text: string, weekdays: WeekdayMention[], dates: DateMention[]): Array<{ weekday: WeekdayMention; date: DateMention }> {
  const pairs: Array<{ weekday: WeekdayMention; date: DateMention }> = [];
  for (const w of weekdays) {
    const after = dates.find((d) => d.start >= w.end && /^[\s,(*–-]*(?:ngày)?[\s*]*$/iu.test(text.slice(w.end, d.start)));
    const before = dates.find((d) => d.end <= w.start && /^[\s,(*–-]*$/u.test(text.slice(d.end, w.start)));
    const date = after ?? before;
    if (date) pairs.push({ weekday: w, date });
  }
  return pairs;
}

/** First occurrence of `needle` (exact) in `text`, as a position. */
export function locate(text: string, lines: LineMap, needle: string): Position | null {
  if (!needle) return null;
  const i = text.indexOf(needle);
  return i < 0 ? null : lines.position(i);
}
