// A deadline on the day of an event that has no date yet → kind conditional,
// trigger = the event:
//   "trước ngày khai mạc kỳ họp", "chậm nhất trước ngày bầu cử", "trước ngày hết hạn"
// Not: a date ("trước ngày 20/11", "trước ngày thứ Sáu"), a transitional rule of a
// law ("trước ngày Luật này có hiệu lực thi hành"), who qualifies ("nghỉ hưu trước
// ngày …"), and "N ngày trước ngày bầu cử" (relative.ts).
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { clauseEnd } from '../clause.js';
import { QUALIFIER } from '../relation-words.js';

const RE = new RegExp(
  '(?:chậm\\s+nhất\\s+)?trước\\s+ngày\\s+(?![\\d(]|thứ|chủ\\s+nhật|mai|hôm|này|đó|nào|làm\\s+việc|tháng|năm|cuối|đầu|hết\\s+(?:tháng|năm))(?=[a-zà-ỹđ])',
  'u',
);
const TRANSITIONAL = /hiệu\s+lực/u;

export const eventDay = defineParser(RE, (m, at, st) => {
  if (QUALIFIER.test(st.s.slice(Math.max(0, at - 16), at))) return null;
  // "15 ngày trước ngày bầu cử": counted from the event (relative.ts).
  if (/\d\s+ngày(?:\s+làm\s+việc)?\s*,?\s*$/u.test(st.s.slice(Math.max(0, at - 20), at))) return null;
  const end = clauseEnd(st.s, at + m[0].length);
  if (end - (at + m[0].length) < 3) return null;
  if (TRANSITIONAL.test(st.s.slice(at, end))) return null;
  return draft(at, end, 'event-day', { kind: 'conditional', relation: 'before', triggerSpan: [at + m[0].search(/trước/u), end] });
}, /trước\s+ngày\s+[^\d\s]/);
