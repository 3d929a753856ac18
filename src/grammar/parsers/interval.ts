// A rhythm counted in weeks, months or years → FREQ with INTERVAL:
//   "định kỳ 06 tháng" (MONTHLY;INTERVAL=6), "6 tháng một lần", "03 tháng/lần"
//   (MONTHLY;INTERVAL=3, as quarterly), "định kỳ 02 năm một lần" (YEARLY;INTERVAL=2),
//   "định kỳ 12 tháng" (YEARLY), "Định kỳ 06 (sáu) tháng", "định kỳ tối đa 06 tháng" (at
//   least every six months: MONTHLY;INTERVAL=6).
// Not a rhythm: "6 tháng đầu năm" (a period, half-year.ts), "báo cáo 6 tháng" without
// "định kỳ" or "một lần". A rhythm given its own date ("định kỳ 6 tháng (trước ngày
// 15/6)") is read from that date (recurring-sentence.ts makes it yearly).
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { AMOUNT, amountOf, E } from '../patterns.js';

const ONCE = String.raw`(?:\s*(?:một|1|01)\s+lần|\s*\/\s*lần)${E}`;
const DATED = String.raw`\s*[,(]?\s*(?:trước|chậm\s+nhất|vào|ngày)${E}`;
const RE = new RegExp(String.raw`(?<dk>định\s+kỳ\s+(?:(?:tối\s+đa|không\s+quá)\s+)?)?${AMOUNT}\s+(?<unit>tuần|tháng|năm)${E}(?<once>${ONCE})?(?!\s+(?:đầu|cuối)${E})(?!${DATED})`, 'u');

export const interval = defineParser(RE, (m, at) => {
  const g = m.groups;
  if (!g.dk && !g.once) return null;
  const n = amountOf(g);
  if (n === null || n < 1 || n > 60) return null;
  let rrule: string;
  if (g.unit === 'tháng' && n % 12 === 0) rrule = n === 12 ? 'FREQ=YEARLY' : `FREQ=YEARLY;INTERVAL=${n / 12}`;
  else {
    const freq = { tuần: 'WEEKLY', tháng: 'MONTHLY', năm: 'YEARLY' }[g.unit as 'tuần' | 'tháng' | 'năm'];
    rrule = n === 1 ? `FREQ=${freq}` : `FREQ=${freq};INTERVAL=${n}`;
  }
  return draft(at, at + m[0].length, 'interval', { kind: 'recurring', rrule });
}, /định\s+kỳ|lần/);
