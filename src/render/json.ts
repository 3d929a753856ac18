import type { CchcDocument } from '../model/schema.js';
import { jsonSafe } from '../text/terminal.js';
import type { RenderOptions } from './types.js';

/** One object for one input, an array (in input order) for several. */
export function renderJson(docs: CchcDocument[], _opts: RenderOptions): string {
  return `${jsonSafe(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2))}\n`;
}
