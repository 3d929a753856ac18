// When a deadline happens on the calendar: a day, a day and time, a recurrence,
// or nothing we may invent (then it goes on the document's "to watch" list).
import { addDays } from '../../text/dates.js';
import type { RenderOptions } from '../types.js';
import { endOfVnDayUtc, icsDate, icsLocalDateTime } from './datetime.js';
import { issueAnchor, periodEnd } from './document.js';
import { icsLabels } from './labels.js';
import { dueRule, type DueRule } from './due-rule.js';
import { firstOccurrence, parseRule } from './recurrence.js';
import type { Entry } from './select.js';
import type { Property } from './serializer.js';
import { TZID } from './vtimezone.js';

export type Schedule =
  | { type: 'once'; day: string; time: string | null }
  | { type: 'recurring'; day: string; time: string | null; rrule: string; change: DueRule['change']; until: string }
  | { type: 'watch'; note: string | null };

const maxIso = (a: string | null | undefined, b: string | null | undefined): string | null =>
  a && b ? (a > b ? a : b) : (a ?? b ?? null);
const minIso = (a: string | null | undefined, b: string | null | undefined): string | null =>
  a && b ? (a < b ? a : b) : (a ?? b ?? null);

export function schedule(e: Entry, opts: RenderOptions): Schedule {
  const d = e.deadline;
  if (d.kind === 'recurring' && d.rrule) {
    const due = dueRule(d);
    // A daily rhythm is a habit, not a deadline: hundreds of days in the grid
    // help nobody. It is listed in the "to watch" entry (with --todo it is one
    // recurring to-do; --daily puts it in the grid anyway).
    if (parseRule(due.rrule).get('FREQ') === 'DAILY' && !opts.daily && !opts.todo) return { type: 'watch', note: icsLabels(opts.lang).daily };
    return recurring(e, due, opts);
  }
  if (d.due) return { type: 'once', day: d.due, time: d.time };
  return { type: 'watch', note: null };
}

/**
 * DTSTART: first instance on or after the issue date (or --from, whichever is
 * later). UNTIL: --until, else the rule's own UNTIL, else the end of the period
 * the document governs; never past --to. The rule's own COUNT is kept when
 * nothing else bounds it.
 */
function recurring(e: Entry, due: DueRule, opts: RenderOptions): Schedule {
  const L = icsLabels(opts.lang);
  const rrule = due.rrule;
  const rule = parseRule(rrule);
  const ownUntil = rule.get('UNTIL')?.match(/^(\d{4})(\d{2})(\d{2})/);
  const start = maxIso(opts.from, issueAnchor(e.doc));
  if (!start) return { type: 'watch', note: L.noAnchor };
  const keepCount = rule.has('COUNT') && !opts.until && !opts.to;
  let end = opts.until ?? (ownUntil ? `${ownUntil[1]}-${ownUntil[2]}-${ownUntil[3]}` : null) ?? periodEnd(e.doc) ?? `${start.slice(0, 4)}-12-31`;
  end = minIso(end, opts.to)!;
  const day = firstOccurrence(rrule, start, keepCount ? addDays(start, 366 * 5) : end);
  if (!day) return { type: 'watch', note: L.noOccurrence };
  // A time written only in the rule (BYHOUR) becomes DTSTART's time; a DATE
  // DTSTART must not carry BYHOUR/BYMINUTE/BYSECOND (RFC 5545 §3.3.10).
  const time = e.deadline.time ?? timeFromRule(rule);
  const dropped = new Set(['UNTIL', ...(keepCount ? [] : ['COUNT']), ...(time ? [] : ['BYHOUR', 'BYMINUTE', 'BYSECOND'])]);
  const parts = [...rule].filter(([k]) => !dropped.has(k)).map(([k, v]) => `${k}=${v}`);
  // A recurring to-do is timed (its DUE at the end of the day, see items.ts): its UNTIL is UTC too.
  if (!keepCount) parts.push(`UNTIL=${time || opts.todo ? endOfVnDayUtc(end) : icsDate(end)}`);
  return { type: 'recurring', day, time, rrule: parts.join(';'), change: due.change, until: end };
}

function timeFromRule(rule: Map<string, string>): string | null {
  const h = rule.get('BYHOUR')?.split(',')[0];
  if (!h || !/^\d{1,2}$/.test(h) || Number(h) > 23) return null;
  const m = rule.get('BYMINUTE')?.split(',')[0] ?? '0';
  return /^\d{1,2}$/.test(m) && Number(m) < 60 ? `${h.padStart(2, '0')}:${m.padStart(2, '0')}` : null;
}

/** DTSTART/DUE property: a DATE for a day, a local DATE-TIME with TZID for a time. */
export function whenProperty(name: string, day: string, time: string | null): Property {
  return time
    ? { name, params: { TZID }, value: icsLocalDateTime(day, time) }
    : { name, params: { VALUE: 'DATE' }, value: icsDate(day) };
}
