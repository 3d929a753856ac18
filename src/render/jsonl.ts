// `--format jsonl`: one document per line, the same objects as `--format json`
// (filtered the same way), so that a batch of any size streams and each line
// parses alone. A document that could not be read is an error record on its line.
import type { CchcDocument } from '../model/schema.js';
import { jsonSafe } from '../text/terminal.js';
import { filterDocuments } from './filter.js';
import type { RenderOptions } from './types.js';

export function jsonlLine(value: unknown): string {
  return `${jsonSafe(JSON.stringify(value))}\n`;
}

export function renderJsonl(docs: CchcDocument[], opts: RenderOptions): string {
  return filterDocuments(docs, opts).map(jsonlLine).join('');
}
