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
  // V8 indents the element as an array member itself: stringify a one-element array and
  // keep what lies between "[\n" and "\n]" (re-indenting every line by hand cost more).
  const inArray = JSON.stringify([value], null, 2);
  return jsonSafe(inArray.slice(2, inArray.length - 2));
}

export function jsonObject(value: unknown): string {
  return `${jsonSafe(JSON.stringify(value, null, 2))}\n`;
}
