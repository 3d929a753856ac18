// Where a recurring deadline starts and ends. The model's rrule has no DTSTART;
// a calendar needs one, and RFC 5545 wants it to be the first instance, so we
// look for the first day on or after the anchor that the rule's BY* parts
// accept (INTERVAL counts from DTSTART, so it does not constrain that day).
// Handles FREQ DAILY/WEEKLY/MONTHLY/YEARLY with BYMONTH, BYMONTHDAY, BYDAY
// (with ordinals) and BYSETPOS: everything the grammar emits. Unknown parts
// (BYYEARDAY, BYWEEKNO …) make us fall back to the anchor itself.
import { addDays, daysInMonth, toIso, weekday } from '../../text/dates.js';

export type RuleParts = Map<string, string>;

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
// BYHOUR and BYMINUTE set the time of day, not which days qualify.
const SUPPORTED = new Set(['FREQ', 'INTERVAL', 'BYMONTH', 'BYMONTHDAY', 'BYDAY', 'BYSETPOS', 'UNTIL', 'COUNT', 'WKST', 'BYHOUR', 'BYMINUTE', 'BYSECOND']);

export function parseRule(rrule: string): RuleParts {
  const parts: RuleParts = new Map();
  for (const kv of rrule.replace(/^RRULE:/i, '').split(';')) {
    const i = kv.indexOf('=');
    if (i > 0) parts.set(kv.slice(0, i).trim().toUpperCase(), kv.slice(i + 1).trim().toUpperCase());
  }
  return parts;
}

const nums = (v: string | undefined): number[] => (v ? v.split(',').map(Number).filter(Number.isFinite) : []);

interface Day { y: number; m: number; d: number; iso: string }
const asDay = (iso: string): Day => ({ y: +iso.slice(0, 4), m: +iso.slice(5, 7), d: +iso.slice(8, 10), iso });

/** Does `day` pass BYMONTH, BYMONTHDAY and BYDAY (BYSETPOS aside)? */
function passes(day: Day, rule: RuleParts, freq: string): boolean {
  const months = nums(rule.get('BYMONTH'));
  if (months.length && !months.includes(day.m)) return false;
  const dim = daysInMonth(day.y, day.m);
  const mdays = nums(rule.get('BYMONTHDAY'));
  if (mdays.length && !mdays.some((n) => (n > 0 ? n : dim + n + 1) === day.d)) return false;
  const byday = rule.get('BYDAY');
  if (!byday) return true;
  const wd = weekday(day.iso);
  // An ordinal counts within the month (MONTHLY, or YEARLY with BYMONTH) or the year.
  const inYear = freq === 'YEARLY' && !months.length;
  const index = inYear ? Math.floor(dayOfYear(day) / 7) + 1 : Math.floor((day.d - 1) / 7) + 1;
  const span = inYear ? (isLeap(day.y) ? 366 : 365) : dim;
  const fromEnd = -(Math.floor((span - (inYear ? dayOfYear(day) + 1 : day.d)) / 7) + 1);
  return byday.split(',').some((tok) => {
    const m = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(tok);
    if (!m || DAYS.indexOf(m[2]) !== wd) return false;
    if (m[1] === undefined || freq === 'WEEKLY' || freq === 'DAILY') return true;
    const n = Number(m[1]);
    return n > 0 ? n === index : n === fromEnd;
  });
}

const isLeap = (y: number): boolean => daysInMonth(y, 2) === 29;
function dayOfYear(day: Day): number {
  return (Date.parse(`${day.iso}T00:00:00Z`) - Date.UTC(day.y, 0, 1)) / 86_400_000;
}

/** The days of the period (BYSETPOS's frame) that contains `day`. */
function period(day: Day, freq: string, wkst: string): string[] {
  let start: string;
  let length: number;
  if (freq === 'MONTHLY') [start, length] = [toIso(day.y, day.m, 1), daysInMonth(day.y, day.m)];
  else if (freq === 'YEARLY') [start, length] = [toIso(day.y, 1, 1), isLeap(day.y) ? 366 : 365];
  else if (freq === 'WEEKLY') [start, length] = [addDays(day.iso, -((weekday(day.iso) - DAYS.indexOf(wkst) + 7) % 7)), 7];
  else [start, length] = [day.iso, 1];
  return Array.from({ length }, (_, i) => addDays(start, i));
}

export function isOccurrence(iso: string, rule: RuleParts): boolean {
  const freq = rule.get('FREQ') ?? '';
  const day = asDay(iso);
  if (!passes(day, rule, freq)) return false;
  const setpos = nums(rule.get('BYSETPOS'));
  if (!setpos.length) return true;
  const set = period(day, freq, rule.get('WKST') ?? 'MO').filter((d) => passes(asDay(d), rule, freq));
  const i = set.indexOf(iso);
  return setpos.some((p) => (p > 0 ? p - 1 : set.length + p) === i);
}

/** First instance on or after `anchor` and not after `last`; null when none. */
export function firstOccurrence(rrule: string, anchor: string, last: string): string | null {
  const rule = parseRule(rrule);
  if (![...rule.keys()].every((k) => SUPPORTED.has(k))) return anchor <= last ? anchor : null;
  for (let d = anchor, i = 0; d <= last && i < 366 * 50; d = addDays(d, 1), i++) {
    if (isOccurrence(d, rule)) return d;
  }
  return null;
}
