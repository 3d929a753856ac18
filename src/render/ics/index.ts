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
import { exportKeys, uniqueUids } from './uid.js';
import { TZID, vtimezone } from './vtimezone.js';

export { parseReminder } from './alarms.js';

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
  return serialize({
    name: 'VCALENDAR',
    props: calendarProps([...new Set(docs.map(docLabel))], opts),
    // RFC 5545 wants at least one component: an export with nothing in it keeps the VTIMEZONE.
    children: timed || items.length === 0 ? [vtimezone(), ...items] : items,
  });
}

/** One document's items (its entries, already selected) under its export key; `timed` when one needs the VTIMEZONE. Also the hook of the streamed calendar (batch/). */
export function documentItems(docEntries: readonly Entry[], key: string, opts: RenderOptions): { items: Component[]; timed: boolean } {
  const items: Component[] = [];
  let timed = false;
  const watch: Entry[] = [];
  const notes = new Map<Entry, string>();
  const dueDays: string[] = [];
  for (const e of docEntries.map((x) => ({ ...x, key }))) {
    const when = schedule(e, opts);
    if (when.type === 'watch') {
      if (when.note) notes.set(e, when.note);
      if (opts.todo) items.push(watchTodo(e, when.note, opts));
      else watch.push(e);
      continue;
    }
    if (when.type === 'once') dueDays.push(when.day);
    timed ||= when.time !== null;
    items.push(deadlineItem(e, when, opts));
  }
  if (watch.length) items.push(watchEvent(watch, notes, dueDays, opts));
  return { items, timed };
}

/** The calendar's own properties; `labels` are the documents' labels, unique, in input order. */
export function calendarProps(labels: readonly string[], opts: RenderOptions): Property[] {
  return [
    { name: 'VERSION', value: '2.0' },
    { name: 'PRODID', value: `-//cchc//cchc//${opts.lang === 'en' ? 'EN' : 'VI'}` },
    { name: 'CALSCALE', value: 'GREGORIAN' },
    { name: 'X-WR-CALNAME', value: escapeText(calendarName(labels, opts)) },
    { name: 'X-WR-TIMEZONE', value: TZID },
  ];
}

/** "Thời hạn: 1801/UBND-NV, 97/KH-UBND +3 văn bản – Phòng Nội vụ" */
function calendarName(labels: readonly string[], opts: RenderOptions): string {
  const L = icsLabels(opts.lang);
  const shown = labels.length > 3 ? `${labels.slice(0, 2).join(', ')} +${labels.length - 2} ${L.documents}` : labels.join(', ');
  return `${L.calendar}: ${shown || 'cchc'}${opts.unit ? ` – ${opts.unit}` : ''}`;
}
