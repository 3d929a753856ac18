// A count of events per period → one recurring deadline with that period's FREQ:
//   "tối thiểu 03 lần/tuần", "02 lần/tuần", "02 đợt/tháng", "2 đợt/tháng (18 đợt/năm)"
//   (the count per year in brackets restates it), "03 đợt/năm", "02 hội nghị/năm",
//   "01 cuộc mỗi quý" (MONTHLY;INTERVAL=3), "ít nhất 01 buổi mỗi tháng".
// The count is not kept in the rule (GOLD.md: "02 lần/ngày" is one FREQ=DAILY entry;
// per day is daily.ts). Only counts of events: "10 - 13%/năm", "500.000 đồng/tháng",
// "9 tháng/năm", "05 người/đoàn" are rates, pay or limits (targets), never deadlines;
// and an encouragement is no duty ("Khuyến khích các tổ chức nộp Quỹ 01 lần/năm").
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { E } from '../patterns.js';

const EVENT = '(?:lần|đợt|buổi|cuộc|kỳ|phiên|hội\\s+nghị)';
const PER = '(?:\\s*\\/\\s*|\\s+mỗi\\s+)';
const PERIOD = '(?<unit>tuần|tháng|quý|năm)';
const RESTATED = `(?:\\s*\\(\\s*\\d{1,3}\\s+${EVENT}${PER}(?:tuần|tháng|quý|năm)${E}\\s*\\))?`;
const RE = new RegExp(`\\d{1,3}\\s+${EVENT}${PER}${PERIOD}${E}${RESTATED}`, 'u');

const FREQ: Record<string, string> = {
  tuần: 'FREQ=WEEKLY', tháng: 'FREQ=MONTHLY', quý: 'FREQ=MONTHLY;INTERVAL=3', năm: 'FREQ=YEARLY',
};

const ENCOURAGED = /khuyến\s+khích[^.;:\n]*$/u;

export const countPerPeriod = defineParser(RE, (m, at, st) => {
  const rrule = FREQ[m.groups.unit ?? ''];
  if (!rrule) return null;
  if (ENCOURAGED.test(st.s.slice(Math.max(0, at - 100), at))) return null;
  return draft(at, at + m[0].length, 'count-per-period', { kind: 'recurring', rrule });
}, /\/|mỗi/);
