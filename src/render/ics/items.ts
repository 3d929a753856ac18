// VEVENT / VTODO components for the scheduled deadlines and the "to watch" lists.
import { addDays } from '../../text/dates.js';
import type { RenderOptions } from '../types.js';
import { alarms } from './alarms.js';
import { icsDate, icsUtc } from './datetime.js';
import { revisionDay, sha } from './document.js';
import { icsLabels } from './labels.js';
import { whenProperty, type Schedule } from './schedule.js';
import type { Entry } from './select.js';
import { escapeText, textList, type Component, type Property } from './serializer.js';
import { description, summary, watchDescription, watchSummary } from './text.js';
import { deadlineUid, fingerprint, revision, watchUid, type ItemKind } from './uid.js';

/** UID, DTSTAMP, SEQUENCE, LAST-MODIFIED. */
function identity(uid: string, print: string, anchor: string | null, opts: RenderOptions): Property[] {
  const rev = revision(print, anchor);
  // Without METHOD, DTSTAMP is "when the information was last revised" (RFC 5545
  // §3.8.7.2), i.e. LAST-MODIFIED; SOURCE_DATE_EPOCH sets it explicitly.
  const stamp = opts.sourceDateEpoch !== undefined ? icsUtc(opts.sourceDateEpoch) : rev.lastModified;
  return [
    { name: 'UID', value: escapeText(uid) },
    { name: 'DTSTAMP', value: stamp },
    { name: 'SEQUENCE', value: String(rev.sequence) },
    { name: 'LAST-MODIFIED', value: rev.lastModified },
  ];
}

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
  const sum = summary(e, opts.lang);
  const props = identity(deadlineUid(e, kind), fingerprint(e), revisionDay(e.doc), opts);
  let related: 'START' | 'END' = 'START';
  if (kind === 'event') {
    props.push(whenProperty('DTSTART', when.day, when.time));
    // A timed deadline is an instant (no DTEND: zero duration, §3.6.1); a day is [due, due+1).
    if (!when.time) props.push({ name: 'DTEND', params: { VALUE: 'DATE' }, value: icsDate(addDays(when.day, 1)) });
  } else if (when.type === 'recurring') {
    // A repeating to-do needs DTSTART for its RRULE; DUE would have to be later than it.
    props.push(whenProperty('DTSTART', when.day, when.time));
  } else {
    props.push(whenProperty('DUE', when.day, when.time));
    related = 'END';
  }
  if (when.type === 'recurring') props.push({ name: 'RRULE', value: when.rrule });
  props.push(...texts(sum, description(e, opts.lang), e.lead));
  props.push(kind === 'event' ? { name: 'TRANSP', value: 'TRANSPARENT' } : { name: 'STATUS', value: 'NEEDS-ACTION' });
  return { name: kind === 'event' ? 'VEVENT' : 'VTODO', props, children: alarms(opts.remind ?? [], sum, related) };
}

/** With --todo: one VTODO without DUE per undated deadline. */
export function watchTodo(e: Entry, note: string | null, opts: RenderOptions): Component {
  const L = icsLabels(opts.lang);
  const desc = description(e, opts.lang) + (note ? `\n(${note})` : '');
  const props = identity(deadlineUid(e, 'todo'), fingerprint(e), revisionDay(e.doc), opts);
  props.push(...texts(summary(e, opts.lang, L.watch), desc, e.lead), { name: 'STATUS', value: 'NEEDS-ACTION' });
  return { name: 'VTODO', props };
}

/**
 * Without --todo: one all-day event per document listing its undated deadlines,
 * on the issue date (else the earliest due date of the document, else 1 January
 * of its year), moved into --from/--to when it falls outside. With no date at
 * all it becomes a VTODO, which needs none.
 */
export function watchEvent(entries: readonly Entry[], notes: ReadonlyMap<Entry, string>, dueDays: readonly string[], opts: RenderOptions): Component {
  const first = entries[0];
  const print = sha(entries.map(fingerprint).join('|'));
  const anchor = revisionDay(first.doc);
  let day = first.doc.document.date ?? [...dueDays].sort()[0] ?? anchor;
  if (day && opts.from && day < opts.from) day = opts.from;
  if (day && opts.to && day > opts.to) day = opts.to;
  const kind: ItemKind = day ? 'event' : 'todo';
  const props = identity(watchUid(first, kind), print, anchor, opts);
  if (day) {
    props.push(whenProperty('DTSTART', day, null));
    props.push({ name: 'DTEND', params: { VALUE: 'DATE' }, value: icsDate(addDays(day, 1)) });
  }
  const units = [...new Set(entries.flatMap((e) => e.lead))];
  props.push(...texts(watchSummary(first, opts.lang), watchDescription(entries, notes, opts.lang), units));
  props.push(day ? { name: 'TRANSP', value: 'TRANSPARENT' } : { name: 'STATUS', value: 'NEEDS-ACTION' });
  return { name: day ? 'VEVENT' : 'VTODO', props };
}
