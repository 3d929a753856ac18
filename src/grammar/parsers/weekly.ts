// Weekly deadlines → FREQ=WEEKLY;BYDAY=…[;BYHOUR;BYMINUTE]:
//   "thứ 6 hàng tuần", "vào thứ Sáu hằng tuần", "T6 hàng tuần", "chiều thứ 6 hàng tuần",
//   "trước 15:00 ngày thứ Sáu hàng tuần", "vào 15:00 ngày Chủ nhật hàng tuần",
//   "hàng tuần trước 15:00 ngày thứ Sáu", "hằng tuần, vào thứ Hai", "thứ 5 mỗi tuần",
//   "vào các ngày thứ 2 và thứ 5 hàng tuần", "thứ 3, 5 hằng tuần" (BYDAY=MO,TH; TU,TH)
// chrono reads "thứ Sáu" as the next Friday and has no recurrence.
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { E, HANG, RRULE_DAY, partPattern, timeOf, timePattern, weekdayNumber, weekdayPattern } from '../patterns.js';
import { relationOfCue } from '../relation-words.js';

const CUE = (n: string) => `(?<cue${n}>trước|vào(?:\\s+lúc)?|chậm\\s+nhất(?:\\s+(?:là|vào))?|lúc|trong)`;
const MORE = (n: string) =>
  `(?<more${n}>(?:\\s*(?:,|và|hoặc)\\s*(?:thứ\\s*(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|chủ\\s*nhật|[2-7])${E})*)`;
const HEAD = (n: string) =>
  `(?:${CUE(n)}\\s+)?(?:${timePattern(n)}\\s*,?\\s*)?${partPattern(n)}(?:(?:vào\\s+)?(?:các\\s+)?ngày\\s+)?${weekdayPattern(n)}${MORE(n)}`;
const ITEM = /(?:thứ\s*)?([2-7]|hai|ba|tư|năm|sáu|bảy)|chủ\s*nhật/gu;

const RE = new RegExp(
  `(?:${HEAD('')}\\s*,?\\s+${HANG}\\s+tuần${E}|(?:định\\s+kỳ\\s+)?${HANG}\\s+tuần\\s*,?\\s*${HEAD('2')})`,
  'u',
);

export const weekly = defineParser(RE, (m, at) => {
  const g = m.groups;
  const n = g.weekday !== undefined ? '' : '2';
  const day = weekdayNumber(g[`weekday${n}`] ?? '');
  if (day === null) return null;
  const days = [day];
  for (const it of (g[`more${n}`] ?? '').matchAll(ITEM)) {
    const d = it[1] ? weekdayNumber(`thứ ${it[1]}`) : 0;
    if (d !== null && !days.includes(d)) days.push(d);
  }
  const time = timeOf(g, n);
  const [hh, mm] = time ? time.split(':').map(Number) : [];
  const cue = g[`cue${n}`];
  return draft(at, at + m[0].length, 'weekly', {
    kind: 'recurring',
    relation: cue ? relationOfCue(cue) : null,
    time,
    rrule: `FREQ=WEEKLY;BYDAY=${days.map((d) => RRULE_DAY[d]).join(',')}${time ? `;BYHOUR=${hh};BYMINUTE=${mm}` : ''}`,
  });
}, /tuần/);
