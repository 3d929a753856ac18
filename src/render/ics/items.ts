// VEVENT / VTODO components for the scheduled deadlines and the "to watch" lists.
import { addDays } from '../../text/dates.js';
import type { RenderOptions } from '../types.js';
import { alarms } from './alarms.js';
import { icsDate, icsUtc } from './datetime.js';
import type { CchcDocument } from '../../model/schema.js';
import { revisionDay } from './document.js';
import { icsLabels, showDate } from './labels.js';
import { whenProperty, type Schedule } from './schedule.js';
import type { Entry } from './select.js';
import { escapeText, textList, type Component, type Property } from './serializer.js';
import { description, summary, watchDescription, watchSummary } from './text.js';
import { deadlineUid, watchUid, type ItemKind } from './uid.js';

/**
 * DTSTAMP of an item: SOURCE_DATE_EPOCH when given, else midnight UTC of the
 * document's issue day (1 January of its year; the epoch when it has neither),
 * so reruns give the same bytes.
 */
export function stampOf(doc: CchcDocument, opts: RenderOptions): string {
  if (opts.sourceDateEpoch !== undefined) return icsUtc(opts.sourceDateEpoch);
  return `${icsDate(revisionDay(doc) ?? '1970-01-01')}T000000Z`;
}

/** UID, DTSTAMP, SEQUENCE 0 and LAST-MODIFIED = DTSTAMP: an export without history (--previous raises SEQUENCE, previous.ts). */
function identity(uid: string, doc: CchcDocument, opts: RenderOptions): Property[] {
  const stamp = stampOf(doc, opts);
  return [
    { name: 'UID', value: escapeText(uid) },
    { name: 'DTSTAMP', value: stamp },
    { name: 'SEQUENCE', value: '0' },
    { name: 'LAST-MODIFIED', value: stamp },
  ];
}

/** A timed deadline is a moment; calendars show an event without an end as zero or one hour long. */
export const TIMED_DURATION = 'PT15M';
/** A recurring to-do without a time is due at the end of its day. */
const END_OF_DAY = '23:59';

function texts(sum: string, desc: string, categories: readonly string[]): Property[] {
  const props: Property[] = [
    { name: 'SUMMARY', value: escapeText(sum) },
    { name: 'DESCRIPTION', value: escapeText(desc) },
  ];
  if (categories.length) props.push({ name: 'CATEGORIES', value: textList(categories) });
  return props;
}

export function deadlineItem(e: Entry, when: Exclude<Schedule, { type: 'watch' }>, opts: RenderOptions): Component {
  const kind: ItemKind = opts.todo ? 'todo' : 'event';
  const L = icsLabels(opts.lang);
  const sum = summary(e, opts.lang);
  const props = identity(deadlineUid(e, kind), e.doc, opts);
  // Alarms count back from DTSTART (or DUE); an all-day anchor's reminders ring at 08:00 (alarms.ts).
  let related: 'START' | 'END' = 'START';
  let allDay = when.time === null;
  if (kind === 'event') {
    props.push(whenProperty('DTSTART', when.day, when.time));
    // A day is [due, due+1); a timed deadline gets a short explicit length (RFC 5545 would make it zero).
    if (!when.time) props.push({ name: 'DTEND', params: { VALUE: 'DATE' }, value: icsDate(addDays(when.day, 1)) });
    else props.push({ name: 'DURATION', value: TIMED_DURATION });
  } else if (when.type === 'recurring') {
    // The RRULE counts from DTSTART and DUE must be later than it (and of the
    // same value type): from the start of the due day to its time, else to 23:59.
    props.push(whenProperty('DTSTART', when.day, '00:00'));
    props.push(whenProperty('DUE', when.day, when.time ?? END_OF_DAY));
    if (when.time) related = 'END';
  } else {
    props.push(whenProperty('DUE', when.day, when.time));
    related = 'END';
  }
  if (when.type === 'recurring') props.push({ name: 'RRULE', value: when.rrule });
  const notes = when.type !== 'recurring' ? [] : [
    ...(when.change === 'day-before' ? [L.dayBefore] : when.change === 'period-end' ? [L.periodEnd] : []),
    `${L.untilDay}: ${showDate(when.until, opts.lang)}`,
  ];
  props.push(...texts(sum, [description(e, opts.lang), ...notes].join('\n'), e.lead));
  props.push(kind === 'event' ? { name: 'TRANSP', value: 'TRANSPARENT' } : { name: 'STATUS', value: 'NEEDS-ACTION' });
  if (kind === 'todo' && when.type === 'recurring' && !when.time) allDay = true; // DTSTART at 00:00 local
  return { name: kind === 'event' ? 'VEVENT' : 'VTODO', props, children: alarms(opts.remind ?? [], sum, related, allDay) };
}

/** With --todo: one VTODO without DUE per undated deadline. */
export function watchTodo(e: Entry, note: string | null, opts: RenderOptions): Component {
  const L = icsLabels(opts.lang);
  const desc = description(e, opts.lang) + (note ? `\n(${note})` : '');
  const props = identity(deadlineUid(e, 'todo'), e.doc, opts);
  props.push(...texts(summary(e, opts.lang, L.watch), desc, e.lead), { name: 'STATUS', value: 'NEEDS-ACTION' });
  return { name: 'VTODO', props };
}

/**
 * Without --todo: one all-day event per document listing its undated and daily
 * deadlines, on a day that no filter moves: the issue date, else the document's
 * first due date, else 1 January of its year, else the DTSTAMP day
 * (SOURCE_DATE_EPOCH), else --today.
 */
export function watchEvent(entries: readonly Entry[], notes: ReadonlyMap<Entry, string>, opts: RenderOptions): Component {
  const first = entries[0];
  const doc = first.doc;
  const day = doc.document.date ?? firstDue(doc) ?? revisionDay(doc)
    ?? (opts.sourceDateEpoch !== undefined ? icsUtc(opts.sourceDateEpoch).replace(/^(\d{4})(\d\d)(\d\d).*/, '$1-$2-$3') : opts.today);
  const props = identity(watchUid(first, 'event'), doc, opts);
  props.push(whenProperty('DTSTART', day, null));
  props.push({ name: 'DTEND', params: { VALUE: 'DATE' }, value: icsDate(addDays(day, 1)) });
  const units = [...new Set(entries.flatMap((e) => e.lead))];
  props.push(...texts(watchSummary(first, opts.lang), watchDescription(entries, notes, opts.lang), units));
  props.push({ name: 'TRANSP', value: 'TRANSPARENT' });
  return { name: 'VEVENT', props };
}

/** The earliest due date of any dated deadline of the document (filters aside). */
function firstDue(doc: CchcDocument): string | null {
  let best: string | null = null;
  for (const t of doc.tasks) for (const d of t.deadlines) if (d.kind !== 'recurring' && d.due && (best === null || d.due < best)) best = d.due;
  return best;
}
