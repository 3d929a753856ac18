// Format registry. json and table are needed on every run and stay in the main
// bundle; calendar and spreadsheet renderers load on demand.
import type { Renderer } from './types.js';

export type Format = 'json' | 'jsonl' | 'table' | 'ics' | 'csv';

export const FORMATS: readonly Format[] = ['json', 'jsonl', 'table', 'ics', 'csv'];

export async function loadRenderer(format: Format): Promise<Renderer> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).renderJson;
    case 'jsonl':
      return (await import('./jsonl.js')).renderJsonl;
    case 'table':
      return (await import('./table.js')).renderTable;
    case 'ics':
      return (await import('./ics/index.js')).renderIcs;
    case 'csv':
      return (await import('./csv.js')).renderCsv;
  }
}
