// The weekly progress report: per unit, per document — done this week, due
// next week, overdue with days late — as Markdown, CSV or one self-contained
// HTML page (inline CSS only: no network, fonts or scripts) with a per-unit
// timeline of this week and the next, laid out to print on A4.
import { csvRow } from '../render/csv/cells.js';
import { unitKey } from '../render/ics/select.js';
import type { Lang } from '../render/types.js';
import { addDays } from '../text/dates.js';
import { safeText } from '../text/terminal.js';
import { shorten } from '../render/ics/document.js';
import { showDay } from './cli-common.js';
import { say, stateName, type RegisterMessage } from './messages.js';
import type { Occurrence, Window } from './occurrences.js';

export interface UnitReport {
  unit: string;
  done: Occurrence[];
  next: Occurrence[];
  overdue: Occurrence[];
  timeline: Occurrence[];
}

export interface Report {
  week: Window;
  nextWeek: Window;
  today: string;
  units: UnitReport[];
  lang: Lang;
}

const byDoc = (a: Occurrence, b: Occurrence): number =>
  a.deadline.docLabel.localeCompare(b.deadline.docLabel, 'vi') || (a.day ?? '').localeCompare(b.day ?? '') || a.id.localeCompare(b.id);

/** Occurrences grouped per lead unit (all under `unit` when one was asked for). */
export function buildReport(occurrences: readonly Occurrence[], today: string, week: Window, unit: string | undefined, lang: Lang): Report {
  const nextWeek = { from: addDays(week.from, 7), to: addDays(week.to, 7) };
  const groups = new Map<string, { name: string; items: Occurrence[] }>();
  for (const o of occurrences) {
    const names = unit ? [unit] : o.deadline.lead.length ? o.deadline.lead : [say('report.noUnit', lang)];
    for (const name of names) {
      const k = unitKey(name);
      if (!groups.has(k)) groups.set(k, { name, items: [] });
      const g = groups.get(k)!;
      if (name < g.name) g.name = name;
      g.items.push(o);
    }
  }
  const units = [...groups.values()]
    .map(({ name, items }) => ({
      unit: name,
      done: items.filter((o) => o.doneOn !== null && o.doneOn >= week.from && o.doneOn <= week.to).sort(byDoc),
      next: items.filter((o) => o.doneOn === null && o.day !== null && o.day >= nextWeek.from && o.day <= nextWeek.to).sort(byDoc),
      overdue: items.filter((o) => o.state === 'overdue').sort(byDoc),
      timeline: items.filter((o) => o.day !== null && o.day >= week.from && o.day <= nextWeek.to).sort(byDoc),
    }))
    .filter((u) => u.done.length || u.next.length || u.overdue.length || u.timeline.length)
    .sort((a, b) => a.unit.localeCompare(b.unit, 'vi'));
  return { week, nextWeek, today, units, lang };
}

type Part = 'done' | 'next' | 'overdue';
const PARTS: Array<[Part, RegisterMessage]> = [['done', 'report.doneThisWeek'], ['next', 'report.dueNextWeek'], ['overdue', 'report.overdue']];

function itemWords(o: Occurrence, part: Part, lang: Lang): string {
  const when = part === 'done' ? `${showDay(o.doneOn, lang)}` : showDay(o.day, lang);
  const late = part === 'overdue' ? `, ${say('report.daysLate', lang, { detail: o.late })}` : o.state === 'done-late' ? `, ${stateName('done-late', lang)}` : '';
  return `${shorten(o.deadline.task, 30)} — ${o.deadline.text} (${when}${late}) [${o.id}]`;
}

/** Occurrences under their document's label, in label order. */
function perDocument(items: readonly Occurrence[]): Array<[string, Occurrence[]]> {
  const m = new Map<string, Occurrence[]>();
  for (const o of items) m.set(o.deadline.docLabel, [...(m.get(o.deadline.docLabel) ?? []), o]);
  return [...m];
}

export function reportMarkdown(r: Report): string {
  const L = (k: RegisterMessage, v: Record<string, string | number> = {}) => say(k, r.lang, v);
  const md = (s: string) => safeText(s).replace(/([\\`*_[\]<>|])/g, '\\$1');
  let out = `# ${L('report.title')}\n\n${L('report.week', { from: showDay(r.week.from, r.lang), to: showDay(r.week.to, r.lang) })}\n`;
  if (!r.units.length) out += `\n${L('report.none')}\n`;
  for (const u of r.units) {
    out += `\n## ${L('report.unit')}: ${md(u.unit)}\n`;
    for (const [part, title] of PARTS) {
      out += `\n### ${L(title)}\n\n`;
      if (!u[part].length) out += `${L('report.none')}\n`;
      for (const [doc, items] of perDocument(u[part])) {
        out += `- **${md(doc)}**\n`;
        for (const o of items) out += `  - ${md(itemWords(o, part, r.lang))}\n`;
      }
    }
  }
  return `${out}\n${L('report.made', { detail: showDay(r.today, r.lang) })}\n`;
}

export function reportCsv(r: Report): string {
  const L = (k: RegisterMessage) => say(k, r.lang);
  const rows = [csvRow([L('report.unit'), L('report.section'), L('col.doc'), L('col.id'), L('col.day'), L('col.state'), L('col.doneOn'), L('col.late'), L('col.deadline'), L('col.task')])];
  for (const u of r.units) for (const [part, title] of PARTS) for (const o of u[part]) {
    rows.push(csvRow([u.unit, L(title), o.deadline.docLabel, o.id, o.day ?? '', stateName(o.state, r.lang), o.doneOn ?? '', String(o.late), o.deadline.text, o.deadline.task]));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

const esc = (s: string): string => safeText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CSS = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 11pt; color: #111; margin: 0 auto; max-width: 186mm; padding: 8mm 0; }
h1 { font-size: 16pt; margin: 0 0 2mm; } h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid #999; page-break-after: avoid; } h3 { font-size: 11pt; margin: 3mm 0 1mm; }
.week { color: #333; margin-bottom: 4mm; }
.timeline { display: grid; grid-template-columns: repeat(14, minmax(0, 1fr)); border: 1px solid #bbb; margin: 2mm 0 3mm; page-break-inside: avoid; }
.day { min-width: 0; border-left: 1px solid #ddd; min-height: 16mm; padding: 1mm 0.6mm; font-size: 7pt; }
.day:first-child { border-left: 0; } .day.next { background: #f6f6f6; } .day.today { outline: 2px solid #1f5fbf; outline-offset: -2px; }
.day .d { font-weight: bold; text-align: center; margin-bottom: 0.8mm; }
.chip { display: block; border-radius: 1mm; padding: 0.4mm 0.8mm; margin-bottom: 0.6mm; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.open { background: #1f5fbf; } .overdue { background: #c62828; } .done { background: #2e7d32; } .done-late { background: #ef6c00; }
ul { margin: 0 0 1mm; padding-left: 5mm; } li { margin: 0.5mm 0; } .doc { font-weight: bold; }
.legend span { display: inline-block; margin-right: 4mm; } .legend .chip { display: inline-block; width: 4mm; height: 3mm; margin: 0 1mm 0 0; vertical-align: middle; }
footer { margin-top: 6mm; font-size: 9pt; color: #555; }
`;

function timeline(r: Report, u: UnitReport): string {
  let cells = '';
  for (let i = 0; i < 14; i++) {
    const day = addDays(r.week.from, i);
    const cls = ['day', i >= 7 ? 'next' : '', day === r.today ? 'today' : ''].filter(Boolean).join(' ');
    const chips = u.timeline
      .filter((o) => o.day === day)
      .map((o) => `<span class="chip ${o.state}" title="${esc(`${o.deadline.docLabel}: ${o.deadline.task}`)}">${esc(o.deadline.task)}</span>`)
      .join('');
    cells += `<div class="${cls}"><div class="d">${esc(r.lang === 'en' ? day.slice(5) : `${day.slice(8, 10)}/${day.slice(5, 7)}`)}</div>${chips}</div>`;
  }
  return `<div class="timeline">${cells}</div>`;
}

export function reportHtml(r: Report): string {
  const L = (k: RegisterMessage, v: Record<string, string | number> = {}) => esc(say(k, r.lang, v));
  const legend = (['open', 'overdue', 'done', 'done-late'] as const).map((s) => `<span><i class="chip ${s}"></i>${esc(stateName(s, r.lang))}</span>`).join('');
  let body = `<h1>${L('report.title')}</h1><div class="week">${L('report.week', { from: showDay(r.week.from, r.lang), to: showDay(r.week.to, r.lang) })}</div>`;
  body += `<div class="legend">${L('report.legend')}: ${legend}</div>`;
  if (!r.units.length) body += `<p>${L('report.none')}</p>`;
  for (const u of r.units) {
    body += `<section><h2>${L('report.unit')}: ${esc(u.unit)}</h2><h3>${L('report.timeline')}</h3>${timeline(r, u)}`;
    for (const [part, title] of PARTS) {
      body += `<h3>${L(title)}</h3>`;
      if (!u[part].length) body += `<p>${L('report.none')}</p>`;
      for (const [doc, items] of perDocument(u[part])) {
        body += `<div class="doc">${esc(doc)}</div><ul>${items.map((o) => `<li class="${o.state}-item">${esc(itemWords(o, part, r.lang))}</li>`).join('')}</ul>`;
      }
    }
    body += '</section>';
  }
  body += `<footer>${L('report.made', { detail: showDay(r.today, r.lang) })}</footer>`;
  return `<!DOCTYPE html>\n<html lang="${r.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${L('report.title')}</title><style>${CSS}</style></head><body>${body}</body></html>\n`;
}
