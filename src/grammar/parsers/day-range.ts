// A range of days in one month → a `from` and a `by` deadline:
//   "từ 20 - 25/11/2023", "từ ngày 20 đến 25/11/2023", "từ ngày 20 – 25/11" (year from the document),
//   "từ ngày 08 đến ngày 09 tháng 11 năm 2025", "từ ngày 16 đến ngày 31 tháng 12"
// ("từ ngày 01/12 đến ngày 15/12/2023" is two chrono dates: refiners/relation.ts.)
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { L, fullYear } from '../patterns.js';
import { isValidDate } from '../../text/dates.js';

const RE = new RegExp(
  '(?<from>từ\\s+(?:ngày\\s+)?(?<d1>\\d{1,2}))\\s*(?:[-–—]|(?<word>đến(?:\\s+ngày)?))\\s*' +
    '(?<to>(?<d2>\\d{1,2})(?:\\s*(?<sep>[/.])\\s*(?<m>\\d{1,2})(?:\\s*\\k<sep>\\s*(?<y>\\d{4}|\\d{2}))?|\\s+tháng\\s+(?<wm>\\d{1,2})(?:\\s+năm\\s+(?<wy>\\d{4}))?))(?!' + L + '|[/.-]\\d)',
  'u',
);

export const dayRange = defineParser(RE, (m, at) => {
  const g = m.groups;
  const d1 = Number(g.d1);
  const d2 = Number(g.d2);
  const month = Number(g.m ?? g.wm);
  const yRaw = g.y ?? g.wy;
  const year = yRaw ? fullYear(yRaw) : null;
  if (!isValidDate(year ?? 2024, month, d1) || !isValidDate(year ?? 2024, month, d2) || d1 >= d2) return null;
  const end = at + m[0].length;
  // "đến ngày 09 tháng 11 …" keeps its words: the `by` part starts at "đến".
  const toStart = g.word && g.wm ? at + m[0].lastIndexOf(g.word, m[0].length - (g.to ?? '').length) : end - (g.to ?? '').length;
  const whole = draft(at, end, 'day-range', { year, month, day: d2 });
  whole.siblings = [
    draft(at, at + (g.from ?? '').length, 'day-range', { relation: 'from', year, month, day: d1, granularity: 'day' }),
    draft(toStart, end, 'day-range', { relation: 'by', year, month, day: d2, granularity: 'day' }),
  ];
  return whole;
}, /từ/);
