// A time limit in whole days written as hours, counted from an event → kind relative:
//   "không quá 24h00 kể từ khi phát hiện sự cố", "chậm nhất 24 giờ kể từ khi nhận được
//   thông tin", "trong vòng 48 giờ kể từ thời điểm tiếp nhận" (offset 1 or 2 days).
// Only with the event ("kể từ …"), and only whole days: "thông báo trước 24 giờ", "xử lý
// trong 2 giờ" say nothing a calendar can hold.
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { clauseEnd } from '../clause.js';

const CUE = '(?<cue>trong(?:\\s+(?:vòng|thời\\s+hạn|thời\\s+gian))?(?:\\s+(?:không\\s+quá|tối\\s+đa))?|chậm\\s+nhất(?:\\s+là)?|không\\s+quá|tối\\s+đa)';
const HOURS = '(?<hours>\\d{1,3})\\s*(?:giờ|h)(?:\\s*00)?(?:\\s*phút)?';
const TAIL = '\\s*,?\\s*(?:kể|kê|tính)\\s+từ\\s+(?:ngày|khi|thời\\s+điểm|lúc)(?=\\s)';
const RE = new RegExp(`${CUE}\\s+${HOURS}(?<tail>${TAIL})`, 'u');

export const relativeHours = defineParser(RE, (m, at, st) => {
  const hours = Number(m.groups.hours);
  if (!hours || hours % 24 !== 0) return null;
  const after = at + m[0].length;
  const tailStart = after - (m.groups.tail ?? '').replace(/^[\s,]+/u, '').length;
  const end = clauseEnd(st.s, after);
  return draft(at, end, 'relative-hours', {
    kind: 'relative',
    relation: 'by',
    offset: { amount: hours / 24, unit: 'day' },
    triggerSpan: [tailStart, end],
  });
}, /giờ|h/);
