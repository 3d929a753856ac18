// Deadlines counted from an event → kind relative, offset, trigger = the base:
//   "trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản",
//   "trong thời hạn 10 ngày kể từ ngày ký" (base = the issue date: date computed),
//   "mười (10) ngày làm việc kể từ ngày ban hành", "không quá 30 ngày kể từ ngày 01/12/2023",
//   "chậm nhất 15 ngày sau khi kết thúc", "sau 03 tháng", "trước 10 ngày" (amount −10),
//   "trong 05 ngày", "trong 02 tuần", "trong thời gian không quá 2 ngày đêm" (days)
// (No look-behind at the start: defineParser checks the word start; V8 scans faster without it.)
// Working days skip weekends and public holidays (calendar.ts). chrono's
// "within/later" parsers count from today, never from the document's event.
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { clauseEnd } from '../clause.js';
import { AMOUNT, E, amountOf } from '../patterns.js';
import type { OffsetUnit } from '../types.js';

const CUE = '(?<cue>trong(?:\\s+(?:vòng|thời\\s+hạn|thời\\s+gian|phạm\\s+vi))?|chậm\\s+nhất(?:\\s+(?:là|sau))?|không\\s+quá|tối\\s+đa|sau|trước)';
const UNIT = '(?<unit>ngày(?:\\s+(?:làm\\s+việc|đêm))?|tuần|tháng|năm)';
const TAIL = '(?<tail>\\s*,?\\s*(?:(?:kể|kê|tính)\\s+)?(?:từ|sau|trước)\\s+(?:ngày|khi|thời\\s+điểm))(?=\\s)';

const RE = new RegExp(`(?:${CUE}\\s+)?${AMOUNT}\\s+${UNIT}${E}(?:${TAIL})?`, 'u');
const AFTER_NOT = /^\s*\/|^\s+(?:qua|vừa|gần|đầu|cuối|tới|liên|trở|nữa|lễ|nghỉ|phép|công)/u;

const UNITS: Record<string, OffsetUnit> = { ngày: 'day', 'ngày đêm': 'day', tuần: 'week', tháng: 'month', năm: 'year' };

export const relative = defineParser(RE, (m, at, st) => {
  const g = m.groups;
  const cue = g.cue?.replace(/\s+/g, ' ');
  const amount = amountOf(g);
  if (amount === null || amount === 0) return null;
  if (!cue && !g.tail) return null;
  const unitWords = (g.unit ?? '').replace(/\s+/g, ' ');
  const unit: OffsetUnit = unitWords === 'ngày làm việc' ? 'working-day' : UNITS[unitWords];
  const afterMatch = at + m[0].length;
  if (!g.tail) {
    if (AFTER_NOT.test(st.s.slice(afterMatch, afterMatch + 12))) return null;
    if (unit === 'year' || (cue === 'trước' && unit !== 'day' && unit !== 'working-day')) return null;
  }
  let end = afterMatch;
  let triggerSpan: [number, number] | null = null;
  if (g.tail) {
    const tailStart = afterMatch - g.tail.replace(/^[\s,]+/u, '').length;
    end = clauseEnd(st.s, afterMatch);
    triggerSpan = [tailStart, end];
  }
  const before = cue === 'trước' || (!!g.tail && /trước\s+(?:ngày|khi|thời)/u.test(g.tail));
  return draft(at, end, 'relative', {
    kind: 'relative',
    relation: before ? 'before' : cue === 'sau' ? 'on' : 'by',
    offset: { amount: before ? -amount : amount, unit },
    triggerSpan,
  });
}, /\d|mười|mươi/);
