// A month as a deadline → its last day, relation by, granularity month:
//   "trong tháng 12/2023", "trong tháng 12 năm 2025", "hoàn thành trong tháng\n12 năm 2025",
//   "cuối tháng 12/2023", "đến hết tháng 6/2024", "trước tháng 12/2023" (before: 2023-11-30),
//   "trong tháng 12" (year from the document), a table cell "Tháng\n3/2018",
//   "trong tháng 11 và tháng 12/2023", "trong tháng 11 - 12/2023" (the last month),
//   "Tổng kết vào tháng 4 năm 2026" (by its last day, as every month), and a start:
//   "từ tháng 10 năm 2025", "bắt đầu từ tháng 01/2026" (from its first day; only with a
//   year: "Từ tháng 3 đến tháng 11 hằng năm" is a season, frequency.ts).
// chrono reads "tháng 12/2023" as 1 December.
import { defineParser } from '../parser.js';
import { periodDraft } from '../period.js';
import { draft } from '../draft.js';
import { daysInMonth } from '../../text/dates.js';
import { E, PERIOD_CUE } from '../patterns.js';

const RE = new RegExp(
  `(?:${PERIOD_CUE}\\s+|(?<start>(?:bắt\\s+đầu\\s+|kể\\s+)?từ|vào)\\s+)?tháng\\s+(?<m>\\d{1,2})(?:\\s*(?:,|và|-|–|đến)\\s*(?:tháng\\s+)?(?<m2>\\d{1,2})(?!\\d))?(?:\\s*(?:/|-|năm)\\s*(?<y>\\d{4}))?${E}(?!\\s*[/.-]\\s*\\d)`,
  'u',
);

export const monthPeriod = defineParser(RE, (m, at, st) => {
  const month = Number(m.groups.m);
  const last = m.groups.m2 ? Number(m.groups.m2) : month;
  if (month < 1 || month > 12 || last < month || last > 12) return null;
  // "ngày 5 tháng 12 …" is a day, not a month.
  if (!m.groups.cue && /(?<!\d)\d{1,2}\s*$/u.test(st.s.slice(Math.max(0, at - 4), at))) return null;
  if (!m.groups.y && !m.groups.cue) return null;
  const year = m.groups.y ? Number(m.groups.y) : null;
  const start = m.groups.start;
  if (start) {
    if (year === null) return null;
    const from = start !== 'vào';
    return draft(at, at + m[0].length, 'month-period', {
      relation: from ? 'from' : 'by', year, month: from ? month : last, day: from ? 1 : daysInMonth(year, last), granularity: 'month',
    });
  }
  return periodDraft('month-period', m[0], at, m.groups.cue, { year, firstMonth: month, lastMonth: last, granularity: 'month' }, st);
}, /tháng/);
