// Which deadlines an export keeps: `--unit` (canonical, diacritics-insensitive)
// and `--from/--to` (inclusive ISO range on the due date). Shared by ics and csv.
import type { CchcDocument, Deadline, Task } from '../../model/schema.js';
import { stripDiacritics, toneKey } from '../../text/normalize.js';
import type { RenderOptions } from '../types.js';

export interface Entry {
  doc: CchcDocument;
  /** Position of the document in the export (the same document may be given twice). */
  docIndex: number;
  task: Task;
  deadline: Deadline;
  /** Index of the deadline in task.deadlines (part of the UID). */
  index: number;
  /** The units that must meet it: the deadline's own, else the task's lead. */
  lead: string[];
  /** Document part of the UID when docKey(doc) is shared by another document of the export. */
  key?: string;
}

/**
 * Comparison key of a unit name: tone placement, case and diacritics ignored,
 * and "–", "-" and "và" alike (as the gold scoring does).
 */
export function unitKey(name: string): string {
  return stripDiacritics(toneKey(name))
    .replace(/[\u2013\u2014-]/g, ' ')
    .replace(/(?<![\p{L}\p{N}])va(?![\p{L}\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every spelling the document gives for `name` (its canonical entry's name, key and aliases). */
function spellings(doc: CchcDocument, name: string): string[] {
  const k = unitKey(name);
  const entry = doc.units.find((u) => [u.name, u.key, ...u.aliases].some((s) => unitKey(s) === k));
  return entry ? [name, entry.name, entry.key, ...entry.aliases] : [name];
}

/** "Phòng Nội vụ" matches "Phòng Nội vụ", "phong noi vu" and "Phòng Nội vụ huyện" (a whole-word prefix). */
export function unitMatches(doc: CchcDocument, units: readonly string[], wanted: string): boolean {
  const w = unitKey(wanted);
  if (!w) return true;
  return units.some((u) => spellings(doc, u).some((s) => {
    const k = unitKey(s);
    return k === w || k.startsWith(`${w} `);
  }));
}

export function inRange(iso: string, opts: Pick<RenderOptions, 'from' | 'to'>): boolean {
  return (!opts.from || iso >= opts.from) && (!opts.to || iso <= opts.to);
}

/**
 * All deadlines of all documents, in input order, that pass the unit filter and,
 * when they have a due date, the date range. Recurring and undated deadlines
 * are kept here; each renderer decides what the range means for them.
 */
export function selectEntries(docs: readonly CchcDocument[], opts: RenderOptions): Entry[] {
  const out: Entry[] = [];
  for (const [docIndex, doc] of docs.entries()) {
    for (const task of doc.tasks) {
      task.deadlines.forEach((deadline, index) => {
        const lead = deadline.units && deadline.units.length ? deadline.units : task.lead;
        if (opts.unit && !unitMatches(doc, lead, opts.unit)) return;
        if (deadline.kind !== 'recurring' && deadline.due && !inRange(deadline.due, opts)) return;
        out.push({ doc, docIndex, task, deadline, index, lead });
      });
    }
  }
  return out;
}
