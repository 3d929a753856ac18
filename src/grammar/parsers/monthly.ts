// Monthly deadlines on a day of the month → FREQ=MONTHLY;BYMONTHDAY=d:
//   "trước ngày 20 hằng tháng", "ngày 16 hàng tháng", "vào ngày 25 mỗi tháng",
//   "hàng tháng vào ngày 20", "định kỳ hằng tháng trước ngày 25", "hằng tháng, trước ngày 5",
//   "Hằng tháng (trước ngày 25)"
// (a bare "hàng tháng" is frequency.ts). chrono has no recurrence.
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { E, HANG } from '../patterns.js';
import { relationOfCue } from '../relation-words.js';

const CUE = (n: string) => `(?<cue${n}>trước|vào|chậm\\s+nhất(?:\\s+(?:là|vào))?|trong|đến)`;
const DAY = (n: string) => `ngày\\s+(?<d${n}>\\d{1,2})(?!\\s*[/.-]\\s*\\d|\\s+tháng\\s+\\d)${E}`;

const RE = new RegExp(
  `(?:(?:${CUE('')}\\s+)?${DAY('')}\\s+(?:của\\s+)?${HANG}\\s+tháng${E}` +
    `|(?:định\\s+kỳ\\s+)?${HANG}\\s+tháng\\s*,?\\s*(?<open>\\(\\s*)?(?:${CUE('2')}\\s+)?${DAY('2')}(?!\\s+${HANG})(?:\\s*\\))?)`,
  'u',
);

export const monthly = defineParser(RE, (m, at) => {
  const g = m.groups;
  const n = g.d !== undefined ? '' : '2';
  const day = Number(g[`d${n}`]);
  if (day < 1 || day > 31) return null;
  const cue = g[`cue${n}`];
  let end = at + m[0].length;
  // A closing parenthesis is ours only when we opened one.
  if (m[0].endsWith(')') && !g.open) end -= 1;
  return draft(at, end, 'monthly', {
    kind: 'recurring',
    relation: cue ? relationOfCue(cue) : null,
    rrule: `FREQ=MONTHLY;BYMONTHDAY=${day}`,
  });
}, /(?:hàng|hằng|mỗi)\s+tháng/);
