// The due-date policy applied to recurrences (README "The due-date policy"):
// - "trước ngày 15/1 hàng năm", "trước ngày 16 hàng tháng", "trước thứ Sáu hàng
//   tuần" are due the day before, as "trước ngày 15/1/2021" is: BYMONTHDAY and
//   plain BYDAY move back one day (the 1st of a month becomes the last day of
//   the month before). A rule with a time ("trước 9 giờ ngày 20 hằng tháng") is
//   still met that morning and keeps its day.
// - A period with no day named is due on its last day: "hàng tháng" on the last
//   day of each month (BYMONTHDAY=-1), "hằng quý" (INTERVAL=3) on the last day of
//   each quarter, "6 tháng" on 30 June and 31 December, "hàng năm" on 31 December
//   (a yearly rule with months, on the last day of those months).
// Daily and weekly rules without a day, and rules with BYSETPOS or ordinal
// weekdays, keep their days.
import type { Deadline } from '../../model/schema.js';
import { parseRule, type RuleParts } from './recurrence.js';

export interface DueRule {
  rrule: string;
  /** Why the days differ from the words: the day before, or the period's last day. */
  change: 'day-before' | 'period-end' | null;
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const DAY_PARTS = ['BYMONTHDAY', 'BYDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYSETPOS'];

const show = (rule: RuleParts): string => [...rule].map(([k, v]) => `${k}=${v}`).join(';');

export function dueRule(d: Pick<Deadline, 'rrule' | 'relation' | 'time'>): DueRule {
  const rrule = d.rrule ?? '';
  const rule = parseRule(rrule);
  const freq = rule.get('FREQ');
  const timed = d.time !== null || rule.has('BYHOUR');
  if (d.relation === 'before' && !timed) {
    const moved = dayBefore(rule, freq);
    return moved ? { rrule: show(moved), change: 'day-before' } : { rrule, change: null };
  }
  if (DAY_PARTS.some((k) => rule.has(k))) return { rrule, change: null };
  const ended = periodEnd(rule, freq);
  return ended ? { rrule: show(ended), change: 'period-end' } : { rrule, change: null };
}

function dayBefore(rule: RuleParts, freq: string | undefined): RuleParts | null {
  const out = new Map(rule);
  if (rule.has('BYSETPOS') || rule.has('BYYEARDAY') || rule.has('BYWEEKNO')) return null;
  const mday = rule.get('BYMONTHDAY');
  if (mday !== undefined && !rule.has('BYDAY')) {
    if (!/^-?\d{1,2}$/.test(mday)) return null; // several days: left as written
    const n = Number(mday);
    if (n > 1) out.set('BYMONTHDAY', String(n - 1));
    else if (n < 0 && n > -31) out.set('BYMONTHDAY', String(n - 1));
    else if (n === 1 && freq === 'MONTHLY' && !rule.has('BYMONTH')) out.set('BYMONTHDAY', '-1');
    else if (n === 1 && rule.has('BYMONTH') && /^\d{1,2}(,\d{1,2})*$/.test(rule.get('BYMONTH')!)) {
      const months = rule.get('BYMONTH')!.split(',').map((m) => ((Number(m) + 10) % 12) + 1);
      out.set('BYMONTH', months.sort((a, b) => a - b).join(','));
      out.set('BYMONTHDAY', '-1');
    } else return null;
    return out;
  }
  const byday = rule.get('BYDAY');
  if (byday !== undefined && mday === undefined && (freq === 'WEEKLY' || freq === 'DAILY')) {
    const days = byday.split(',');
    if (!days.every((x) => DAYS.includes(x))) return null;
    out.set('BYDAY', days.map((x) => DAYS[(DAYS.indexOf(x) + 6) % 7]).join(','));
    return out;
  }
  return null;
}

function periodEnd(rule: RuleParts, freq: string | undefined): RuleParts | null {
  const out = new Map(rule);
  if (freq === 'MONTHLY') {
    const interval = Number(rule.get('INTERVAL') ?? '1');
    if (rule.has('BYMONTH')) {
      out.set('BYMONTHDAY', '-1');
      return out;
    }
    if (interval === 1) {
      out.set('BYMONTHDAY', '-1');
      return out;
    }
    // Quarters, halves, years: the months that end one (INTERVAL would count from DTSTART's month).
    if (![2, 3, 4, 6, 12].includes(interval)) return null;
    out.delete('INTERVAL');
    out.set('BYMONTH', Array.from({ length: 12 / interval }, (_, i) => (i + 1) * interval).join(','));
    out.set('BYMONTHDAY', '-1');
    return out;
  }
  if (freq === 'YEARLY') {
    if (!rule.has('BYMONTH')) out.set('BYMONTH', '12');
    out.set('BYMONTHDAY', rule.has('BYMONTH') ? '-1' : '31');
    return out;
  }
  return null;
}
