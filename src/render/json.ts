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

/**
 * A streamed array is written element by element: `[`, each element as
 * JSON.stringify(array, null, 2) would write it (two spaces in), `,` between,
 * `]`. The bytes are those of renderJson for the same documents.
 */
export const JSON_ARRAY = { open: '[\n', separator: ',\n', close: '\n]\n', empty: '[]\n' } as const;

export function jsonElement(value: unknown): string {
  return jsonSafe(JSON.stringify(value, null, 2)).replace(/\n/g, '\n  ').replace(/^/, '  ');
}

export function jsonObject(value: unknown): string {
  return `${jsonSafe(JSON.stringify(value, null, 2))}\n`;
}
