// A year as a deadline → 31 December, relation by, granularity year:
//   "trong năm 2025", "cuối năm 2023", "đến hết năm 2024", "ngay trong năm 2025",
//   "trong năm 2025 – 2026" / "trong các năm 2025-2026" (the last year), "trước năm 2025"
//   (before: 2024-12-31), "cuối năm" / "hết năm" (year from the document).
//   a table cell holding a range of years "Năm 2025 - 2026" (the last year).
// Not deadlines: "kế hoạch năm 2023", "đến năm 2030" (a horizon), "03 tháng cuối năm 2023",
// the year of a goal — "bảo đảm đến hết năm 2030 đạt 50% …", "đến hết năm 2030, có ít
// nhất 50% …", "phấn đấu đạt mục tiêu … ngay trong năm 2025" (a target, GOLD.md) — unless
// the words say work is finished then ("hoàn thành trong năm 2025").
import { defineParser } from '../parser.js';
import { periodDraft } from '../period.js';
import { E, PERIOD_CUE } from '../patterns.js';
import { relationOfCue } from '../relation-words.js';

const RE = new RegExp(
  `(?:${PERIOD_CUE}\\s+(?:các\\s+)?năm|năm(?=\\s+\\d{4}\\s*[-–—]\\s*\\d{4}))(?:\\s+(?<y>\\d{4})(?:\\s*[-–—]\\s*(?<y2>\\d{4}))?)?${E}(?!\\s*(?:[/.]\\s*\\d|nay|tới|qua|sau|trước|học))`,
  'u',
);

/** A goal's figure right after the year, or a goal word before it in the clause. */
const GOAL_AFTER = /^\s*,?\s*(?:có\s+)?(?:(?:ít\s+nhất|tối\s+thiểu|trên|khoảng)\s+)?(?:\d+(?:[.,]\d+)?\s*%|đạt\s)/u;
const GOAL_BEFORE = /(?:phấn\s+đấu|mục\s+tiêu)[^.;:()]*$/u;
const FINISHED = /^(?:hoàn\s+thành|thực\s+hiện\s+xong|xong)/u;

export const yearPeriod = defineParser(RE, (m, at, st) => {
  const end = at + m[0].length;
  if (!FINISHED.test(m[0]) && (GOAL_AFTER.test(st.s.slice(end, end + 40)) || GOAL_BEFORE.test(st.s.slice(Math.max(0, at - 120), at)))) return null;
  const cue = (m.groups.cue ?? '').replace(/\s+/g, ' ');
  // "trong năm 2025 – 2026" ends with 2026; "trước năm 2025 – 2026" is before 2025.
  const y = relationOfCue(cue) === 'before' ? m.groups.y : (m.groups.y2 ?? m.groups.y);
  // Without a year only the end of the year is a date — "hoàn thành cuối năm", "đến hết
  // năm", "trước cuối năm" — and not a table heading ("Tổng dư nợ cuối năm").
  if (!y && !/(?:cuối|hết)$/u.test(cue)) return null;
  if (!y && (cue === 'cuối' || cue === 'hết') && m[0].startsWith(cue)) return null;
  // "03 tháng cuối năm 2023": a reporting period.
  if (/tháng\s*$/u.test(st.s.slice(Math.max(0, at - 8), at))) return null;
  return periodDraft('year-period', m[0], at, m.groups.cue, {
    year: y ? Number(y) : null, firstMonth: 1, lastMonth: 12, granularity: 'year',
  }, st);
}, /năm/);
