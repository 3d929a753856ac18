// Every occurrence of the registered deadlines in a window of days, and its
// state. A dated deadline occurs once, on its due day; a recurring one on each
// day its rule gives between the document's issue date and the end of the
// period it governs (as in the calendar, render/ics/schedule.ts), INTERVAL and
// COUNT counted from the first instance; conditional and relative ones have no
// day and are listed apart with their trigger.
import { isOccurrence, firstOccurrence, parseRule } from '../render/ics/recurrence.js';
import { addDays, daysBetween } from '../text/dates.js';
import { occurrenceId } from './identity.js';
import type { Completion, StoredDeadline } from './store.js';

export type State = 'open' | 'overdue' | 'done' | 'done-late';

export interface Occurrence {
  id: string;
  deadline: StoredDeadline;
  /** The due day; null for a deadline that waits on an event. */
  day: string | null;
  time: string | null;
  state: State;
  doneOn: string | null;
  note: string | null;
  /** Days past due: today (open) or the completion day (done) minus the due day; 0 when not late. */
  late: number;
}

export interface Window {
  from: string;
  to: string;
}

/** Days of a recurring deadline within the window. */
export function recurringDays(d: StoredDeadline, w: Window): string[] {
  if (!d.rrule || !d.start) return [];
  const rule = parseRule(d.rrule);
  const own = rule.get('UNTIL')?.match(/^(\d{4})(\d{2})(\d{2})/);
  const end = own ? `${own[1]}-${own[2]}-${own[3]}` : (d.end ?? `${d.start.slice(0, 4)}-12-31`);
  const last = end < w.to ? end : w.to;
  const count = rule.has('COUNT') ? Number(rule.get('COUNT')) : null;
  const first = firstOccurrence(d.rrule, d.start, count !== null ? addDays(d.start, 366 * 5) : end);
  if (!first || first > last) return [];
  const interval = Math.max(1, Number(rule.get('INTERVAL') ?? '1') || 1);
  const freq = rule.get('FREQ') ?? '';
  const onInterval = (day: string): boolean => {
    if (interval === 1) return true;
    if (freq === 'DAILY') return daysBetween(first, day) % interval === 0;
    if (freq === 'WEEKLY') return Math.floor(daysBetween(mondayOf(first), day) / 7) % interval === 0;
    const months = (Number(day.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(day.slice(5, 7)) - Number(first.slice(5, 7));
    if (freq === 'MONTHLY') return months % interval === 0;
    if (freq === 'YEARLY') return Math.floor(months / 12) % interval === 0;
    return true;
  };
  const supported = isSupported(rule);
  const out: string[] = [];
  // COUNT needs the instances before the window too; otherwise start at the window.
  let n = 0;
  for (let day = count !== null || first > w.from ? first : w.from; day <= last; day = addDays(day, 1)) {
    const hit = supported ? day === first || (isOccurrence(day, rule) && onInterval(day)) : day === first;
    if (!hit) continue;
    n++;
    if (count !== null && n > count) break;
    if (day >= w.from) out.push(day);
    if (!supported) break;
  }
  return out;
}

const KNOWN = new Set(['FREQ', 'INTERVAL', 'BYMONTH', 'BYMONTHDAY', 'BYDAY', 'BYSETPOS', 'UNTIL', 'COUNT', 'WKST', 'BYHOUR', 'BYMINUTE', 'BYSECOND']);
const isSupported = (rule: Map<string, string>): boolean => [...rule.keys()].every((k) => KNOWN.has(k));

function mondayOf(iso: string): string {
  const wd = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((wd + 6) % 7));
}

function timeOf(d: StoredDeadline): string | null {
  if (d.time) return d.time;
  const h = d.rrule ? parseRule(d.rrule).get('BYHOUR')?.split(',')[0] : undefined;
  if (!h || !/^\d{1,2}$/.test(h) || Number(h) > 23) return null;
  const m = parseRule(d.rrule!).get('BYMINUTE')?.split(',')[0] ?? '0';
  return `${h.padStart(2, '0')}:${m.padStart(2, '0')}`;
}

/** The four states: open in time, open and overdue, done in time, done late. */
export function stateOf(day: string | null, doneOn: string | null, today: string): State {
  if (doneOn !== null) return day !== null && doneOn > day ? 'done-late' : 'done';
  return day !== null && today > day ? 'overdue' : 'open';
}

function occurrence(d: StoredDeadline, day: string | null, done: ReadonlyMap<string, Completion>, today: string): Occurrence {
  const id = occurrenceId(d.key, day);
  const c = done.get(id);
  const doneOn = c?.doneOn ?? null;
  const state = stateOf(day, doneOn, today);
  const late = day === null ? 0 : Math.max(0, daysBetween(day, doneOn ?? today));
  return { id, deadline: d, day, time: timeOf(d), state, doneOn, note: c?.note ?? null, late: state === 'open' || state === 'done' ? 0 : late };
}

/** Dated occurrences in the window, by day, then document and task order; and the undated ones apart. */
export function occurrencesIn(deadlines: readonly StoredDeadline[], w: Window, completions: readonly Completion[], today: string): { dated: Occurrence[]; undated: Occurrence[] } {
  const done = new Map(completions.map((c) => [c.occurrence, c]));
  const dated: Array<[Occurrence, number]> = [];
  const undated: Occurrence[] = [];
  deadlines.forEach((d, order) => {
    if (d.kind === 'recurring') {
      for (const day of recurringDays(d, w)) dated.push([occurrence(d, day, done, today), order]);
    } else if (d.due) {
      if (d.due >= w.from && d.due <= w.to) dated.push([occurrence(d, d.due, done, today), order]);
    } else {
      undated.push(occurrence(d, null, done, today));
    }
  });
  dated.sort((a, b) => (a[0].day! < b[0].day! ? -1 : a[0].day! > b[0].day! ? 1 : (a[0].time ?? '') < (b[0].time ?? '') ? -1 : (a[0].time ?? '') > (b[0].time ?? '') ? 1 : a[1] - b[1]));
  return { dated: dated.map(([o]) => o), undated };
}

/** Monday to Sunday of the week holding `today`. */
export function weekOf(today: string): Window {
  const from = mondayOf(today);
  return { from, to: addDays(from, 6) };
}

export function monthOf(today: string): Window {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${today.slice(0, 7)}-01`, to: `${today.slice(0, 7)}-${String(last).padStart(2, '0')}` };
}

/** A unit filter as `parse --unit` applies it: a spelling equal to the name, or the name followed by more words ("… huyện"). */
export function unitFilter(wantedKey: string): (d: StoredDeadline) => boolean {
  if (!wantedKey) return () => true;
  return (d) => d.unitKeys.some((k) => k === wantedKey || k.startsWith(`${wantedKey} `));
}
