import type { CchcDocument } from '../model/schema.js';
import type { RenderOptions } from './types.js';

export function renderTable(docs: CchcDocument[], _opts: RenderOptions): string {
  return `${docs.length}\n`;
}
