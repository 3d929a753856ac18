// A quarter as a deadline → its last day, relation by, granularity quarter:
//   "trong quý IV/2023", "trong Quý I năm 2026", "hoàn thành trong quý 4/2023",
//   "cuối quý III năm 2024", "trước quý II/2024" (before: 2024-03-31),
//   "trong quý IV" (year from the document), a table cell "Quý IV/2023".
// chrono has no quarters.
import { defineParser } from '../parser.js';
import { periodDraft } from '../period.js';
import { E, PERIOD_CUE, ROMAN } from '../patterns.js';

const RE = new RegExp(`(?:${PERIOD_CUE}\\s+)?quý\\s+(?<q>iv|i{1,3}|[1-4])(?:\\s*(?:/|-|năm)\\s*(?<y>\\d{4}))?${E}`, 'u');

export const quarterPeriod = defineParser(RE, (m, at, st) => {
  const q = ROMAN[m.groups.q ?? ''];
  if (!q) return null;
  const year = m.groups.y ? Number(m.groups.y) : null;
  return periodDraft('quarter-period', m[0], at, m.groups.cue, {
    year, firstMonth: q * 3 - 2, lastMonth: q * 3, granularity: 'quarter',
  }, st);
}, /quý/);
