// `--unit`, `--from`, `--to` for the JSON output: the same deadlines the table,
// the calendar and the spreadsheet keep (ics/select.ts), each document keeping
// only the tasks that still have one. Everything else in a document stays as
// parsed, so the result is still a valid CchcDocument.
import type { CchcDocument } from '../model/schema.js';
import { selectEntries } from './ics/select.js';
import type { RenderOptions } from './types.js';

export function hasFilter(opts: Pick<RenderOptions, 'unit' | 'from' | 'to'>): boolean {
  return Boolean(opts.unit || opts.from || opts.to);
}

export function filterDocuments(docs: readonly CchcDocument[], opts: RenderOptions): CchcDocument[] {
  if (!hasFilter(opts)) return [...docs];
  const kept = new Set(selectEntries(docs, opts).map((e) => e.deadline));
  return docs.map((doc) => ({
    ...doc,
    tasks: doc.tasks
      .map((task) => ({ ...task, deadlines: task.deadlines.filter((d) => kept.has(d)) }))
      .filter((task) => task.deadlines.length > 0),
  }));
}
