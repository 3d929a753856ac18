// SUMMARY and DESCRIPTION of a deadline: short enough to read in a month view,
// complete enough to act on without opening the document.
import type { Lang } from '../types.js';
import { docLabel, docLine, sectionLabel, shorten } from './document.js';
import { icsLabels, showDate } from './labels.js';
import { quoteFor } from './quote.js';
import type { CchcDocument, Deadline } from '../../model/schema.js';
import { selectEntries, type Entry } from './select.js';

const SUMMARY_WORDS = 10;

/** Task text as a reader sees it: bold markup and list markers gone, spaces squashed. */
export function plainTask(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/^\s*(?:[-–•+*]\s+|(?:\(?[0-9]{1,2}|[a-zđ])[.)]\s+)+/iu, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** The text up to its `n`-th run of white space (all of it when it has fewer words). */
function firstWords(text: string, n: number): string {
  const space = /\s+/g;
  for (let k = 0; k < n; k++) if (!space.exec(text)) return text;
  return text.slice(0, space.lastIndex);
}

/** "Phòng Nội vụ, Phòng Tư pháp +2" */
export function unitsShort(units: readonly string[]): string {
  return units.length > 2 ? `${units.slice(0, 2).join(', ')} +${units.length - 2}` : units.join(', ');
}

/** Does the task text open with the unit's name ("UBND các xã, thị trấn trên địa bàn …")? */
function opensWith(text: string, unit: string): boolean {
  return text.toLowerCase().startsWith(unit.toLowerCase()) && !/[\p{L}\p{N}]/u.test(text.charAt(unit.length));
}

/**
 * "Hạn: Phòng Nội vụ – Tổ chức Toạ đàm về dịch vụ công …". When two deadlines
 * of one document would read the same (a task with several deadlines, tasks
 * that open alike), each gets its own words in brackets ("(hằng tháng)",
 * "(trước ngày 15/12 hằng năm)"), and a number if those are the same too: the
 * whole document is looked at, so a filter never changes a summary.
 */
export function summary(e: Entry, lang: Lang, prefix = icsLabels(lang).due): string {
  return `${baseSummary(e, prefix)}${suffixes(e.doc).get(e.deadline) ?? ''}`;
}

const SUFFIXES = new WeakMap<CchcDocument, Map<Deadline, string>>();

function suffixes(doc: CchcDocument): Map<Deadline, string> {
  const known = SUFFIXES.get(doc);
  if (known) return known;
  const out = new Map<Deadline, string>();
  const groups = new Map<string, Entry[]>();
  for (const e of selectEntries([doc], { lang: 'vi', today: '', color: false })) {
    // Undated deadlines are listed, not placed (or to-dos with their own prefix): they are told apart among themselves.
    const base = `${e.deadline.kind !== 'recurring' && !e.deadline.due ? 'w' : 'd'}|${baseSummary(e, '')}`;
    groups.set(base, [...(groups.get(base) ?? []), e]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const count = new Map<string, number>();
    for (const e of group) {
      const words = ` (${shorten(e.deadline.text, 8)})`;
      const n = (count.get(words) ?? 0) + 1;
      count.set(words, n);
      out.set(e.deadline, n > 1 ? `${words} #${n}` : words);
    }
  }
  SUFFIXES.set(doc, out);
  return out;
}

function baseSummary(e: Entry, prefix: string): string {
  // The summary shows the first words only: read no further than those (a task
  // of 138 KB is summarised for each of its deadlines).
  const task = plainTask(firstWords(e.task.text, SUMMARY_WORDS + 64));
  // A task that names its only lead unit first reads as a sentence: no "unit –" before it.
  const named = e.lead.length === 1 && opensWith(task, e.lead[0]);
  const who = named ? '' : unitsShort(e.lead);
  const what = shorten(task, SUMMARY_WORDS + (named ? e.lead[0].split(/\s+/).length : 0)) || e.deadline.text;
  return `${prefix}: ${who ? `${who} – ` : ''}${what}`;
}

export function description(e: Entry, lang: Lang): string {
  const L = icsLabels(lang);
  const d = e.deadline;
  const lines = [plainTask(quoteFor(e.task.text, e.task, d)), '', `${L.deadline}: ${d.text}`];
  if (d.kind !== 'recurring' && d.due) lines.push(`${L.dueOn}: ${showDate(d.due, lang)}${d.time ? ` ${L.beforeTime} ${d.time}` : ''}`);
  if (d.trigger) lines.push(`${L.trigger}: ${d.trigger}`);
  if (e.lead.length) lines.push(`${L.lead}: ${e.lead.join('; ')}`);
  if (e.task.support.length) lines.push(`${L.partners}: ${e.task.support.join('; ')}`);
  const section = sectionLabel(e.doc, e.task.section);
  if (section) lines.push(`${L.section}: ${section}`);
  lines.push(`${L.document}: ${docLine(e.doc, lang)}`);
  return lines.join('\n');
}

/** The single "to watch" entry of a document: one bullet per undated deadline. */
export function watchDescription(entries: readonly Entry[], notes: ReadonlyMap<Entry, string>, lang: Lang): string {
  const L = icsLabels(lang);
  const lines = [L.watchIntro, ''];
  for (const e of entries) {
    const who = e.lead.length ? `${e.lead.join('; ')}: ` : '';
    const note = notes.get(e);
    lines.push(`- ${who}${shorten(plainTask(e.task.text), 16)}`);
    lines.push(`  ${L.deadline}: ${e.deadline.text}${note ? ` (${note})` : ''}`);
  }
  lines.push('', `${L.document}: ${docLine(entries[0].doc, lang)}`);
  return lines.join('\n');
}

export function watchSummary(e: Entry, lang: Lang): string {
  return `${icsLabels(lang).watch}: ${docLabel(e.doc)}`;
}
