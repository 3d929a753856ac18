// TODO(issue 5): iCalendar export.
import type { CchcDocument } from '../../model/schema.js';
import type { RenderOptions } from '../types.js';

export function renderIcs(_docs: CchcDocument[], _opts: RenderOptions): string {
  throw new Error('ics renderer not implemented yet');
}
