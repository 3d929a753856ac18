// `cchc due` output: a terminal table, JSON, CSV and a calendar of occurrences.
// Pure: the same occurrences and options give the same bytes.
import { csvRow } from '../render/csv/cells.js';
import { icsDate, icsUtc, isoToEpoch } from '../render/ics/datetime.js';
import { whenProperty } from '../render/ics/schedule.js';
import { escapeText, serialize, textList, type Component } from '../render/ics/serializer.js';
import { TZID, vtimezone } from '../render/ics/vtimezone.js';
import type { Lang } from '../render/types.js';
import { addDays } from '../text/dates.js';
import { jsonSafe, safeText } from '../text/terminal.js';
import { columns, showDay } from './cli-common.js';
import { say, stateName } from './messages.js';
import type { Occurrence, Window } from './occurrences.js';

export interface DueView {
  window: Window;
  today: string;
  dated: Occurrence[];
  undated: Occurrence[];
  lang: Lang;
  width?: number;
  sourceDateEpoch?: number;
}

const short = (s: string, n: number): string => ([...s].length > n ? `${[...s].slice(0, n - 1).join('')}…` : s);
const units = (o: Occurrence): string => o.deadline.lead.join('; ');

export function dueTable(v: DueView): string {
  const L = (k: Parameters<typeof say>[0]) => say(k, v.lang);
  let out = '';
  if (v.dated.length) {
    const rows = [[L('col.id'), L('col.day'), L('col.state'), L('col.units'), L('col.doc'), L('col.task')]];
    for (const o of v.dated) {
      const late = o.late ? ` (+${o.late})` : '';
      rows.push([o.id, `${showDay(o.day, v.lang)}${o.time ? ` ${o.time}` : ''}`, stateName(o.state, v.lang) + late, short(units(o), 40), short(o.deadline.docLabel, 24), o.deadline.task]);
    }
    out += columns(rows.map((r) => r.map(safeText)), v.width);
  }
  if (v.undated.length) {
    out += `${out ? '\n' : ''}${L('due.undated')}\n`;
    const rows = [[L('col.id'), L('col.units'), L('col.doc'), L('col.trigger'), L('col.task')]];
    for (const o of v.undated) rows.push([o.id, short(units(o), 40), short(o.deadline.docLabel, 24), short(o.deadline.trigger ?? o.deadline.text, 50), o.deadline.task]);
    out += columns(rows.map((r) => r.map(safeText)), v.width);
  }
  return out;
}

function plain(o: Occurrence) {
  const d = o.deadline;
  return {
    id: o.id, day: o.day, time: o.time, state: o.state, doneOn: o.doneOn, note: o.note, daysLate: o.late,
    document: { id: d.docId, label: d.docLabel }, task: { id: d.taskId, section: d.section, text: d.task },
    kind: d.kind, rrule: d.rrule, trigger: d.trigger, text: d.text, lead: d.lead, support: d.support,
  };
}

export function dueJson(v: DueView): string {
  const body = { schemaVersion: 1, from: v.window.from, to: v.window.to, today: v.today, occurrences: v.dated.map(plain), waiting: v.undated.map(plain) };
  return `${jsonSafe(JSON.stringify(body, null, 2))}\n`;
}

export function dueCsv(v: DueView): string {
  const L = (k: Parameters<typeof say>[0]) => say(k, v.lang);
  const rows = [csvRow([L('col.id'), L('col.day'), 'time', L('col.state'), L('col.doneOn'), L('col.late'), L('col.units'), L('col.doc'), L('col.section'), L('col.kind'), L('col.deadline'), L('col.trigger'), L('col.task'), L('col.note')])];
  for (const o of [...v.dated, ...v.undated]) {
    const d = o.deadline;
    rows.push(csvRow([o.id, o.day ?? '', o.time ?? '', o.state, o.doneOn ?? '', String(o.late), d.lead.join('; '), d.docLabel, d.section ?? '', d.kind, d.text, d.trigger ?? '', d.task, o.note ?? '']));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** One event per dated occurrence (UID from its id, so re-importing updates it), one to-do per undated deadline. */
export function dueIcs(v: DueView): string {
  const prefix = v.lang === 'en' ? 'Due' : 'Hạn';
  const items: Component[] = [];
  let timed = false;
  const stamp = (day: string | null) => icsUtc(v.sourceDateEpoch ?? isoToEpoch(day ?? v.window.from));
  for (const o of v.dated) {
    const d = o.deadline;
    timed ||= o.time !== null;
    const props = [
      { name: 'UID', value: `${o.id}@cchc` },
      { name: 'DTSTAMP', value: stamp(o.day) },
      whenProperty('DTSTART', o.day!, o.time),
      ...(o.time ? [] : [{ name: 'DTEND', params: { VALUE: 'DATE' }, value: icsDate(addDays(o.day!, 1)) }]),
      { name: 'SUMMARY', value: escapeText(`${prefix}: ${d.lead.length ? `${d.lead.join(', ')} – ` : ''}${short(d.task, 80)}`) },
      { name: 'DESCRIPTION', value: escapeText([d.task, '', d.text, `${stateName(o.state, v.lang)}`, d.docLabel].join('\n')) },
      ...(d.lead.length ? [{ name: 'CATEGORIES', value: textList(d.lead) }] : []),
      { name: 'TRANSP', value: 'TRANSPARENT' },
    ];
    items.push({ name: 'VEVENT', props });
  }
  for (const o of v.undated) {
    const d = o.deadline;
    items.push({
      name: 'VTODO',
      props: [
        { name: 'UID', value: `${o.id}@cchc` },
        { name: 'DTSTAMP', value: stamp(null) },
        { name: 'SUMMARY', value: escapeText(`${prefix}: ${short(d.task, 80)}`) },
        { name: 'DESCRIPTION', value: escapeText([d.task, '', d.text, d.trigger ?? '', d.docLabel].join('\n')) },
        { name: 'STATUS', value: o.doneOn ? 'COMPLETED' : 'NEEDS-ACTION' },
      ],
    });
  }
  return serialize({
    name: 'VCALENDAR',
    props: [
      { name: 'VERSION', value: '2.0' },
      { name: 'PRODID', value: '-//cchc//register//VI' },
      { name: 'CALSCALE', value: 'GREGORIAN' },
      { name: 'X-WR-TIMEZONE', value: TZID },
    ],
    children: timed || items.length === 0 ? [vtimezone(), ...items] : items,
  });
}
