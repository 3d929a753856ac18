// Quarterly deadlines with a day → FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=d:
//   "hằng quý (trước ngày 15 của tháng cuối quý)", "hàng quý, trước ngày 20",
//   "định kỳ hằng quý trước ngày 15 tháng cuối quý", "trước ngày 15 tháng cuối quý hằng quý",
//   "định kỳ trước ngày 15 tháng cuối của quý"
// (a bare "hằng quý" is frequency.ts).
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { E, HANG } from '../patterns.js';
import { relationOfCue } from '../relation-words.js';

const CUE = (n: string) => `(?<cue${n}>trước|vào|chậm\\s+nhất(?:\\s+(?:là|vào))?|trong|đến)`;
const WHICH = `(?:\\s+(?:của\\s+)?tháng\\s+(?:đầu|cuối|thứ\\s+(?:nhất|hai|ba|[123]))(?:\\s+(?:của\\s+)?quý(?:\\s+(?:sau|tiếp\\s+theo|đó))?)?)?`;
const DAY = (n: string) => `ngày\\s+(?<d${n}>\\d{1,2})(?!\\s*[/.-]\\s*\\d|\\s+tháng\\s+\\d)${E}${WHICH}`;

const RE = new RegExp(
  `(?:(?:định\\s+kỳ\\s+)?${HANG}\\s+quý\\s*,?\\s*\\(?\\s*(?:${CUE('')}\\s+)?${DAY('')}(?:\\s*\\))?` +
    `|(?:${CUE('2')}\\s+)?${DAY('2')}\\s*,?\\s+${HANG}\\s+quý${E}` +
    `|(?:${CUE('3')}\\s+)?ngày\\s+(?<d3>\\d{1,2})\\s+(?:của\\s+)?tháng\\s+(?:đầu|cuối|thứ\\s+(?:nhất|hai|ba|[123]))\\s+(?:của\\s+)?(?:mỗi\\s+|hằng\\s+|hàng\\s+)?quý${E})`,
  'u',
);

export const quarterly = defineParser(RE, (m, at) => {
  const g = m.groups;
  const n = g.d !== undefined ? '' : g.d2 !== undefined ? '2' : '3';
  const day = Number(g[`d${n}`]);
  if (day < 1 || day > 31) return null;
  let end = at + m[0].length;
  // A closing parenthesis is ours only when we opened one.
  if (m[0].endsWith(')') && !m[0].includes('(')) end -= 1;
  const cue = g[`cue${n}`];
  return draft(at, end, 'quarterly', {
    kind: 'recurring',
    relation: cue ? relationOfCue(cue) : null,
    rrule: `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=${day}`,
  });
}, /quý/);
