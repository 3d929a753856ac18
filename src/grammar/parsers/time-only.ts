// A time of day with a relation word and no calendar date:
//   "trước 16 giờ ngày thứ Sáu", "vào 15:00 thứ Năm" → the first such weekday after
//   the issue date (`time/unresolved` when the issue date is unknown);
//   "trước 17 giờ", "chậm nhất 10h00" → `time/unresolved` (chrono reads "trước 17 giờ"
//   as "17 hours ago": never that).
// With a date after it ("trước 16 giờ ngày 20/11/2023") it is refiners/relation.ts;
// with "hàng tuần" weekly.ts; with "hằng ngày" daily.ts. "trước 24 giờ" and
// "chậm nhất 24 giờ kể từ …" are durations, not clock times.
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { partPattern, timeOf, timePattern, weekdayNumber, weekdayPattern } from '../patterns.js';
import { relationOfCue } from '../relation-words.js';
import { addDays, weekday } from '../../text/dates.js';

const CUE = '(?<cue>trước|chậm\\s+nhất(?:\\s+(?:là|vào))?|vào(?:\\s+lúc)?|lúc)';
const RE = new RegExp(
  `${CUE}\\s+${timePattern()}(?:\\s*,?\\s*${partPattern()}(?:(?:vào\\s+)?ngày\\s+)?${weekdayPattern()})?`,
  'u',
);
/** What follows that makes it someone else's phrase. */
const NOT_OURS = /^(?:\s*,?\s*(?:(?:buổi\s+)?(?:sáng|trưa|chiều|tối|đêm)\s*,?\s*)?(?:(?:ngày|hôm)\s+)?(?:(?:thứ\s*(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|chủ\s*nhật)\s*,?\s*)?(?:ngày\s*)?\d|\s*,?\s+(?:hàng|hằng|mỗi)\s+(?:tuần|ngày)|\s*(?:,\s*)?(?:kể\s+từ|sau\s+khi|trước\s+khi|tính\s+từ))/u;

export const timeOnly = defineParser(RE, (m, at, st) => {
  const g = m.groups;
  const end = at + m[0].length;
  if (NOT_OURS.test(st.s.slice(end, end + 40))) return null;
  const time = timeOf(g);
  if (!time) return null;
  // "trước 24 giờ", "trước 48 giờ": a duration ahead of something.
  if (Number(time.slice(0, 2)) >= 24 && g.minute === undefined) return null;
  const relation = relationOfCue(g.cue ?? '');
  const wd = g.weekday ? weekdayNumber(g.weekday) : null;
  const issue = st.g.issueDate;
  if (wd !== null && issue) {
    const date = addDays(issue, (wd - weekday(issue) + 7) % 7 || 7);
    const [y, mo, d] = date.split('-').map(Number);
    return draft(at, end, 'time-only', { relation, time, year: y, month: mo, day: d, granularity: 'day' });
  }
  return draft(at, end, 'time-only', {
    relation, time,
    problems: [{ code: 'time/unresolved', index: at, length: end - at, detail: wd !== null ? 'weekday without an issue date' : 'no day' }],
  });
}, /\d\s*(?:giờ|h|g|:)/);
