// TODO(issue 5): CSV export.
import type { CchcDocument } from '../model/schema.js';
import type { RenderOptions } from './types.js';

export function renderCsv(_docs: CchcDocument[], _opts: RenderOptions): string {
  throw new Error('csv renderer not implemented yet');
}
