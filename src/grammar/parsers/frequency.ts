// A frequency without a day → FREQ=DAILY|WEEKLY|MONTHLY|YEARLY, quarterly MONTHLY;INTERVAL=3:
//   "hằng ngày", "hàng tuần", "hàng tháng", "hằng quý", "hàng năm", "Hàng\nnăm,",
//   "định kỳ hằng tháng", "mỗi năm", and the rest of a list: "hàng tháng, quý" (two).
// Not a deadline: a rate or a noun ("tăng bình quân hàng năm", "các mặt hàng năm …").
// A bare frequency next to a dated one in the same sentence is dropped later
// (refiners/recurring-sentence.ts).
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { B, E, HANG } from '../patterns.js';

const UNIT = '(?:ngày|tuần|tháng|quý|năm)';
const RE = new RegExp(
  B + `(?:(?:định\\s+kỳ\\s+)?${HANG}\\s+(?<unit>${UNIT})|(?<=${HANG}\\s+${UNIT}\\s*(?:,|và|hoặc)\\s*)(?<unit2>tuần|tháng|quý|năm))${E}(?!\\s*\\d)`,
  'u',
);
const NOT_AFTER = /(?:bình\s+quân|trung\s+bình|mặt|cửa|ngân|khách|đơn|tăng|giảm|trưởng|công\s+việc|sinh\s+hoạt|đời\s+sống|cuộc\s+sống|các)\s*$/u;

const FREQ: Record<string, string> = {
  ngày: 'FREQ=DAILY', tuần: 'FREQ=WEEKLY', tháng: 'FREQ=MONTHLY', quý: 'FREQ=MONTHLY;INTERVAL=3', năm: 'FREQ=YEARLY',
};

export const frequency = defineParser(RE, (m, at, st) => {
  const unit = m.groups.unit ?? m.groups.unit2 ?? '';
  if (NOT_AFTER.test(st.s.slice(Math.max(0, at - 20), at))) return null;
  return draft(at, at + m[0].length, 'frequency', { kind: 'recurring', rrule: FREQ[unit] });
});
