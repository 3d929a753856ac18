// Weekly deadlines → FREQ=WEEKLY;BYDAY=…[;BYHOUR;BYMINUTE]:
//   "thứ 6 hàng tuần", "vào thứ Sáu hằng tuần", "T6 hàng tuần", "chiều thứ 6 hàng tuần",
//   "trước 15:00 ngày thứ Sáu hàng tuần", "vào 15:00 ngày Chủ nhật hàng tuần",
//   "hàng tuần trước 15:00 ngày thứ Sáu", "hằng tuần, vào thứ Hai", "thứ 5 mỗi tuần"
// chrono reads "thứ Sáu" as the next Friday and has no recurrence.
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { B, E, HANG, RRULE_DAY, partPattern, timeOf, timePattern, weekdayNumber, weekdayPattern } from '../patterns.js';
import { relationOfCue } from '../relation-words.js';

const CUE = (n: string) => `(?<cue${n}>trước|vào(?:\\s+lúc)?|chậm\\s+nhất(?:\\s+(?:là|vào))?|lúc|trong)`;
const HEAD = (n: string) =>
  `(?:${CUE(n)}\\s+)?(?:${timePattern(n)}\\s*,?\\s*)?${partPattern(n)}(?:(?:vào\\s+)?ngày\\s+)?${weekdayPattern(n)}`;

const RE = new RegExp(
  B + `(?:${HEAD('')}\\s*,?\\s+${HANG}\\s+tuần${E}|(?:định\\s+kỳ\\s+)?${HANG}\\s+tuần\\s*,?\\s*${HEAD('2')})`,
  'u',
);

export const weekly = defineParser(RE, (m, at) => {
  const g = m.groups;
  const n = g.weekday !== undefined ? '' : '2';
  const day = weekdayNumber(g[`weekday${n}`] ?? '');
  if (day === null) return null;
  const time = timeOf(g, n);
  const [hh, mm] = time ? time.split(':').map(Number) : [];
  const cue = g[`cue${n}`];
  return draft(at, at + m[0].length, 'weekly', {
    kind: 'recurring',
    relation: cue ? relationOfCue(cue) : null,
    time,
    rrule: `FREQ=WEEKLY;BYDAY=${RRULE_DAY[day]}${time ? `;BYHOUR=${hh};BYMINUTE=${mm}` : ''}`,
  });
}, /tuần/);
