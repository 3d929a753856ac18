// Daily deadlines at a time of day → FREQ=DAILY;BYHOUR;BYMINUTE:
//   "trước 16 giờ hằng ngày", "trước 16h00 hàng ngày", "hằng ngày, trước 16 giờ",
//   "hằng ngày (trước 15h00)", "vào 8 giờ sáng hằng ngày"
// (a bare "hằng ngày" is frequency.ts).
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { B, E, timeOf, timePattern } from '../patterns.js';
import { relationOfCue } from '../relation-words.js';

const CUE = (n: string) => `(?<cue${n}>trước|chậm\\s+nhất(?:\\s+(?:là|vào))?|vào(?:\\s+lúc)?|lúc)`;
const PART = (n: string) => `(?:\\s+(?:buổi\\s+)?(?<part${n}>sáng|trưa|chiều|tối))?`;
const RE = new RegExp(
  B + `(?:${CUE('')}\\s+${timePattern('')}${PART('')}\\s*,?\\s+(?:hàng|hằng|mỗi)\\s+ngày${E}` +
    `|(?:hàng|hằng)\\s+ngày\\s*,?\\s*\\(?\\s*${CUE('2')}\\s+${timePattern('2')}${PART('2')}(?:\\s*\\))?)`,
  'u',
);

export const daily = defineParser(RE, (m, at) => {
  const g = m.groups;
  const n = g.hour !== undefined ? '' : '2';
  const time = timeOf(g, n);
  if (!time) return null;
  let end = at + m[0].length;
  if (m[0].endsWith(')') && !m[0].includes('(')) end -= 1;
  const [hh, mm] = time.split(':').map(Number);
  return draft(at, end, 'daily', {
    kind: 'recurring',
    relation: relationOfCue(g[`cue${n}`] ?? ''),
    time,
    rrule: `FREQ=DAILY;BYHOUR=${hh};BYMINUTE=${mm}`,
  });
}, /ngày/);
