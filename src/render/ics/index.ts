// `--format ics`: one VCALENDAR for all documents. Pure: the same documents and
// options give the same bytes (no clock, no randomness; see uid.ts).
import type { CchcDocument } from '../../model/schema.js';
import type { RenderOptions } from '../types.js';
import { docLabel } from './document.js';
import { deadlineItem, watchEvent, watchTodo } from './items.js';
import { icsLabels } from './labels.js';
import { schedule } from './schedule.js';
import { selectEntries, type Entry } from './select.js';
import { escapeText, serialize, type Component, type Property } from './serializer.js';
import { cancelledItems, withHistory } from './previous.js';
import { exportKeys, uniqueUids } from './uid.js';
import { TZID, vtimezone } from './vtimezone.js';

export { parseReminder } from './alarms.js';
export { cancelledItems } from './previous.js';

export function renderIcs(docs: CchcDocument[], opts: RenderOptions): string {
  const items: Component[] = [];
  let timed = false;
  const keys = exportKeys(docs);
  const entries = selectEntries(docs, opts);
  for (const [i, key] of keys.entries()) {
    if (key === null) continue;
    const one = documentItems(entries.filter((x) => x.docIndex === i), key, opts);
    items.push(...one.items);
    timed ||= one.timed;
  }
  uniqueUids(items);
  const gone = cancelledItems(items.map(uidOf), opts);
  items.push(...gone.items);
  timed ||= gone.timed;
  return serialize({
    name: 'VCALENDAR',
    props: calendarProps([...new Set(docs.map(docLabel))], opts),
    // RFC 5545 wants at least one component: an export with nothing in it keeps the VTIMEZONE.
    children: timed || items.length === 0 ? [vtimezone(), ...items] : items,
  });
}

/** The UID of an item as written (TEXT-escaped). */
export function uidOf(c: Component): string {
  return c.props.find((p) => p.name === 'UID')?.value ?? '';
}

/** One document's items (its entries, already selected) under its export key; `timed` when one needs the VTIMEZONE. Also the hook of the streamed calendar (batch/). */
export function documentItems(docEntries: readonly Entry[], key: string, opts: RenderOptions): { items: Component[]; timed: boolean } {
  const items: Component[] = [];
  let timed = false;
  const watch: Entry[] = [];
  const notes = new Map<Entry, string>();
  for (const e of docEntries.map((x) => ({ ...x, key }))) {
    const when = schedule(e, opts);
    if (when.type === 'watch') {
      if (when.note) notes.set(e, when.note);
      if (opts.todo) items.push(watchTodo(e, when.note, opts));
      else watch.push(e);
      continue;
    }
    // A recurring to-do is always timed (items.ts).
    timed ||= when.time !== null || (opts.todo === true && when.type === 'recurring');
    items.push(deadlineItem(e, when, opts));
  }
  if (watch.length) items.push(watchEvent(watch, notes, opts));
  uniqueUids(items);
  withHistory(items, opts);
  return { items, timed };
}

/** The calendar's own properties; `labels` are the documents' labels, unique, in input order. */
export function calendarProps(labels: readonly string[], opts: RenderOptions): Property[] {
  return [
    { name: 'VERSION', value: '2.0' },
    { name: 'PRODID', value: `-//cchc//cchc//${opts.lang === 'en' ? 'EN' : 'VI'}` },
    { name: 'CALSCALE', value: 'GREGORIAN' },
    // With --previous, cancelled items must be removed by the importing calendar.
    ...(opts.previous !== undefined ? [{ name: 'METHOD', value: 'PUBLISH' }] : []),
    { name: 'X-WR-CALNAME', value: escapeText(calendarName(labels, opts)) },
    { name: 'X-WR-TIMEZONE', value: TZID },
  ];
}

/**
 * "Thời hạn: 97/KH-UBND" for one document, "cchc – 3 văn bản" for several;
 * " – Phòng Nội vụ" after it with --unit.
 */
function calendarName(labels: readonly string[], opts: RenderOptions): string {
  const L = icsLabels(opts.lang);
  const shown = labels.length > 1 ? L.severalDocuments(labels.length) : `${L.calendar}: ${labels[0] ?? 'cchc'}`;
  return `${shown}${opts.unit ? ` – ${opts.unit}` : ''}`;
}
