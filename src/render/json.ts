import type { CchcDocument } from '../model/schema.js';
import { jsonSafe } from '../text/terminal.js';
import { filterDocuments } from './filter.js';
import type { RenderOptions } from './types.js';

/**
 * One object for one file argument, an array (in input order) for a folder or
 * several (opts.array; without it, by count); --unit/--from/--to as everywhere.
 */
export function renderJson(docs: CchcDocument[], opts: RenderOptions): string {
  const kept = filterDocuments(docs, opts);
  const array = opts.array ?? kept.length !== 1;
  return `${jsonSafe(JSON.stringify(array ? kept : kept[0], null, 2))}\n`;
}
