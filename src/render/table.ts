// Terminal table: one row per deadline, dated ones first by due date, then
// recurring, then conditional/relative. Overdue in red, due within 7 days in
// yellow (relative to opts.today); colour only when opts.color.
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { CchcDocument, Deadline, Task } from '../model/schema.js';
import { daysBetween } from '../text/dates.js';
import { safeText } from '../text/terminal.js';
import { selectEntries } from './ics/select.js';
import type { Lang, RenderOptions } from './types.js';

const LABELS = {
  vi: {
    due: 'Hạn', units: 'Đơn vị', task: 'Nhiệm vụ', line: 'Dòng', doc: 'Văn bản', none: 'Không tìm thấy thời hạn nào.', when: 'Khi', total: 'thời hạn',
    more: (n: number) => `… và ${n} thời hạn nữa; xem đủ bằng --format csv hoặc --format json.`,
  },
  en: {
    due: 'Due', units: 'Units', task: 'Task', line: 'Line', doc: 'Document', none: 'No deadlines found.', when: 'When', total: 'deadlines',
    more: (n: number) => `… and ${n} more deadlines; see them all with --format csv or --format json.`,
  },
} as const;

const WEEKDAYS: Record<Lang, Record<string, string>> = {
  vi: { MO: 'Thứ 2', TU: 'Thứ 3', WE: 'Thứ 4', TH: 'Thứ 5', FR: 'Thứ 6', SA: 'Thứ 7', SU: 'Chủ nhật' },
  en: { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' },
};

/** Rows a terminal table shows; a longer list is for a spreadsheet (and costs the table ~1 ms a row). */
export const MAX_ROWS = 500;

interface Row {
  doc: string;
  deadline: Deadline;
  task: Task;
  /** The units that must meet it: the deadline's own, else the task's lead. */
  lead: string[];
  order: number;
}

export function renderTable(docs: CchcDocument[], opts: RenderOptions): string {
  const L = LABELS[opts.lang];
  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  const rows: Row[] = [];
  // --unit/--from/--to keep the same deadlines as in the calendar and the spreadsheet.
  for (const e of selectEntries(docs, opts)) {
    const name = e.doc.document.number ?? e.doc.source.path.split(/[\\/]/).pop() ?? e.doc.source.path;
    rows.push({ doc: name, deadline: e.deadline, task: e.task, lead: e.lead, order: rows.length });
  }
  if (rows.length === 0) return `${L.none}\n`;
  rows.sort((a, b) => rank(a.deadline) - rank(b.deadline) || (a.deadline.due ?? '').localeCompare(b.deadline.due ?? '') || a.order - b.order);

  const multi = docs.length > 1;
  const head = [...(multi ? [L.doc] : []), L.due, L.units, L.task, L.line];
  const width = Math.max(80, Math.min(opts.width ?? 120, 160));
  const taskWidth = Math.max(30, width - (multi ? 20 : 0) - 24 - 30 - 7 - 12);
  const table = new Table({
    head: head.map((h) => chalk.bold(h)),
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [...(multi ? [20] : []), 24, 30, taskWidth, 7],
  });
  // A terminal shows the first MAX_ROWS, the nearest due first; a sheet or JSON holds them all.
  for (const r of rows.slice(0, MAX_ROWS)) {
    const due = describeDue(r.deadline, opts.lang, L.when);
    const paint = colourFor(r.deadline, opts.today, chalk);
    // The document's own words under the computed day, so a clerk can check it.
    const words = r.deadline.due ? `\n${chalk.dim(safeText(summary(r.deadline.text, 40)))}` : '';
    // Document text is made safe before any colour code of ours is added to it.
    table.push([
      ...(multi ? [safeText(r.doc)] : []),
      paint(safeText(due)) + words,
      safeText(r.lead.join('; ')) || '—',
      safeText(`${r.task.id}. ${summary(r.task.text, 110)}`),
      String(r.deadline.position.line),
    ]);
  }
  const more = rows.length > MAX_ROWS ? `${L.more(rows.length - MAX_ROWS)}\n` : '';
  return `${table.toString()}\n${more}${rows.length} ${L.total}\n`;
}

function rank(d: Deadline): number {
  if (d.due) return 0;
  if (d.kind === 'recurring') return 1;
  return 2;
}

function describeDue(d: Deadline, lang: Lang, when: string): string {
  if (d.due) {
    const [y, m, day] = d.due.split('-');
    return `${day}/${m}/${y}${d.time ? ` ${d.time}` : ''}`;
  }
  if (d.rrule) return describeRrule(d.rrule, lang, d.time, d.relation);
  return `${when}: ${d.trigger ?? d.text}`;
}

export function describeRrule(rrule: string, lang: Lang, time: string | null, relation: Deadline['relation'] = null): string {
  const p = new Map(rrule.split(';').map((x) => x.split('=') as [string, string]));
  const freq = p.get('FREQ');
  const n = Number(p.get('INTERVAL') ?? '1');
  const vi = lang === 'vi';
  const at = !time ? '' : relation === 'before' ? (vi ? ` trước ${time}` : ` before ${time}`) : ` ${time}`;
  const day = p.get('BYMONTHDAY');
  if (freq === 'DAILY') return (vi ? (n > 1 ? `${n} ngày một lần` : 'Hằng ngày') : n > 1 ? `Every ${n} days` : 'Daily') + at;
  if (freq === 'WEEKLY') {
    const days = (p.get('BYDAY') ?? '').split(',').filter(Boolean).map((d) => WEEKDAYS[lang][d] ?? d).join(', ');
    if (vi) return (days ? (n > 1 ? `${days}, ${n} tuần một lần` : `${days} hàng tuần`) : n > 1 ? `${n} tuần một lần` : 'Hàng tuần') + at;
    return (n > 1 ? `Every ${n} weeks${days ? ` on ${days}` : ''}` : `Every ${days || 'week'}`) + at;
  }
  if (freq === 'MONTHLY') {
    if (n === 3) return (vi ? `Hằng quý${day ? `, ngày ${day}` : ''}` : `Quarterly${day ? `, day ${day}` : ''}`) + at;
    if (vi) return (n > 1 ? `${day ? `Ngày ${day}, ` : ''}${n} tháng một lần` : day ? `Ngày ${day} hằng tháng` : 'Hằng tháng') + at;
    return `${n > 1 ? `Every ${n} months` : 'Monthly'}${day ? ` on day ${day}` : ''}${at}`;
  }
  if (freq === 'YEARLY') {
    const month = p.get('BYMONTH');
    const on = day && month ? `${day}/${month}` : '';
    if (vi) return (n > 1 ? `${on ? `${on}, ` : ''}${n} năm một lần` : on ? `${on} hằng năm` : 'Hằng năm') + at;
    return `${n > 1 ? `Every ${n} years` : 'Yearly'}${on ? ` on ${on}` : ''}${at}`;
  }
  return rrule;
}

function colourFor(d: Deadline, today: string, chalk: InstanceType<typeof Chalk>): (s: string) => string {
  if (!d.due) return (s) => s;
  const days = daysBetween(today, d.due);
  if (days < 0) return chalk.red;
  if (days <= 7) return chalk.yellow;
  return (s) => s;
}

function summary(text: string, max: number): string {
  // Only the head is read: a task of a megabyte is summarised as fast as a line.
  const t = text.slice(0, 4 * max).replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
