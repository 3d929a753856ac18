// A half year as a deadline → its last day, relation by, granularity half-year:
//   "trong 6 tháng đầu năm 2024" (2024-06-30), "trong 06 tháng cuối năm 2023" (2023-12-31),
//   "hoàn thành trong sáu tháng đầu năm" (year from the document).
// "09 tháng đầu năm 2023", "03 tháng cuối năm" are reporting periods, never matched.
import { defineParser } from '../parser.js';
import { periodDraft } from '../period.js';
import { E, PERIOD_CUE } from '../patterns.js';

const RE = new RegExp(`(?:${PERIOD_CUE}\\s+)?(?:0?6|sáu)\\s+tháng\\s+(?<half>đầu|cuối)\\s+năm(?:\\s+(?<y>\\d{4}))?${E}`, 'u');

export const halfYear = defineParser(RE, (m, at, st) => {
  const first = m.groups.half === 'đầu';
  const year = m.groups.y ? Number(m.groups.y) : null;
  return periodDraft('half-year', m[0], at, m.groups.cue, {
    year, firstMonth: first ? 1 : 7, lastMonth: first ? 6 : 12, granularity: 'half-year',
  }, st);
}, /tháng\s+(?:đầu|cuối)/);
