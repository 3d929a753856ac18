// Regular-expression pieces shared by the parsers. Everything is matched on the
// prepared text (lower case, NFC, look-alikes folded: see text.ts), with the `u`
// flag. JavaScript's `\b` is ASCII-only, so word edges are look-arounds.
import { CLASS } from '../text/letters.js';

/**
 * A letter, mark or digit of the prepared text: the spelled-out classes of
 * text/letters.ts (V8 compiles `\p{L}` with the whole Unicode table, ~1 ms per
 * pattern, which the grammar's many patterns would pay at every start).
 */
export const L = `[${CLASS.L}${CLASS.M}${CLASS.N}]`;
/** Start of a word: no letter or digit just before (JavaScript's `\b` is ASCII-only). */
export const B = `(?<!${L})`;
/** End of a word: no letter or digit just after. */
export const E = `(?!${L})`;
/** Space between words, line breaks of hard-wrapped text included. */
export const S = '\\s+';

export const HANG = '(?:hàng|hằng|mỗi)';

/**
 * "16 giờ 00", "16h30", "10h00'", "15:00", "24h00", "8 giờ 30 phút", "16g00".
 * Named groups `hour<n>`, `minute<n>` (a suffix lets one pattern hold two).
 */
export function timePattern(n = ''): string {
  return `(?:(?<hour${n}>[01]?\\d|2[0-4])\\s*(?:giờ|h|g(?=\\d)|:(?=\\d{2}))(?:\\s*(?<minute${n}>[0-5]\\d)(?:\\s*phút)?)?'?)${E}`;
}
export const TIME = timePattern();

/** The part of the day after a time ("4 giờ chiều" is 16:00); named group `part<n>`. */
export function partPattern(n = ''): string {
  return `(?:(?:buổi\\s+)?(?<part${n}>sáng|trưa|chiều|tối|đêm)\\s*,?\\s+)?`;
}

/** "HH:MM" from a match of `timePattern(n)` (and `partPattern(n)`), or null without an hour. */
export function timeOf(groups: Record<string, string | undefined>, n = ''): string | null {
  const h = groups[`hour${n}`];
  if (h === undefined) return null;
  let hour = Number(h);
  const part = groups[`part${n}`];
  if ((part === 'chiều' || part === 'tối' || part === 'đêm') && hour < 12) hour += 12;
  if (part === 'trưa' && hour <= 5) hour += 12;
  return `${String(hour).padStart(2, '0')}:${(groups[`minute${n}`] ?? '00').padStart(2, '0')}`;
}

/** Weekday names: "thứ 6", "thứ sáu", "t6", "chủ nhật", "cn"; named group `weekday<n>`. */
export function weekdayPattern(n = ''): string {
  return `(?<weekday${n}>thứ\\s*(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|chủ\\s*nhật|t[2-7]|cn)${E}`;
}
export const WEEKDAY = weekdayPattern();

const WEEKDAY_WORDS: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6 };

/** 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`. */
export function weekdayNumber(w: string): number | null {
  const t = w.replace(/\s+/g, ' ').trim();
  if (t === 'cn' || t.startsWith('chủ')) return 0;
  const digit = /(\d)$/.exec(t);
  if (digit) return Number(digit[1]) - 1;
  const word = /(hai|ba|tư|năm|sáu|bảy)$/.exec(t);
  return word ? WEEKDAY_WORDS[word[1]] : null;
}

export const RRULE_DAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

export const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const UNITS: Record<string, number> = {
  một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9,
};

/** Vietnamese number words up to 99 ("mười lăm", "hai mươi mốt", "ba mươi"). */
export const NUMBER_WORDS =
  '(?:(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín)\\s+mươi(?:\\s+(?:mốt|một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?|mười(?:\\s+(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín))?|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)';

export function numberFromWords(w: string): number | null {
  const parts = w.trim().split(/\s+/);
  if (parts[0] === 'mười') return 10 + (parts[1] ? (UNITS[parts[1]] ?? 0) : 0);
  if (parts[1] === 'mươi') {
    const tens = UNITS[parts[0]];
    const unit = parts[2] ? (parts[2] === 'mốt' ? 1 : (UNITS[parts[2]] ?? 0)) : 0;
    return tens === undefined ? null : tens * 10 + unit;
  }
  return UNITS[parts[0]] ?? null;
}

/** "05", "mười (10)", "mười", "(10)", "06 (sáu)". The value is in `num` or `numword`. */
export const AMOUNT = `(?:(?<numword>${NUMBER_WORDS})\\s*(?:\\(\\s*(?<numparen>\\d{1,3})\\s*\\))?|(?<num>\\d{1,3})(?:\\s*\\(\\s*${NUMBER_WORDS}\\s*\\))?)`;

export function amountOf(groups: Record<string, string | undefined>): number | null {
  if (groups.numparen) return Number(groups.numparen);
  if (groups.num) return Number(groups.num);
  if (groups.numword) return numberFromWords(groups.numword);
  return null;
}

/** Words in front of a period that make it a deadline ("trong tháng 12/2023"). */
export const PERIOD_CUE =
  '(?:(?:hoàn\\s+thành|thực\\s+hiện\\s+xong|xong|kết\\s+thúc)\\s+)?(?<cue>(?:chậm\\s+nhất|muộn\\s+nhất)(?:\\s+(?:là|vào|trong|trước))?(?:\\s+(?:trong|cuối|hết))?|(?:đến|tới)\\s+(?:hết|cuối)|trong(?:\\s+(?:suốt|thời gian|cả))?|ngay\\s+trong|trước\\s+(?:cuối|hết)|trước|vào\\s+cuối|cuối|hết|(?:thời gian|thời hạn)(?:\\s+(?:thực hiện|hoàn thành))?\\s*:)';

/** Two-digit years "23" → 2023. */
export function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}
