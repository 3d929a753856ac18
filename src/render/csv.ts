// `--format csv`: one row per deadline, for the office's tracking spreadsheet.
// UTF-8 with a BOM (without it Excel reads Vietnamese as Windows-1252), CRLF
// rows and RFC 4180 quoting; --unit/--from/--to filter as in the calendar.
import type { CchcDocument } from '../model/schema.js';
import { selectEntries } from './ics/select.js';
import { COLUMNS, header } from './csv/columns.js';
import { csvRow } from './csv/cells.js';
import type { RenderOptions } from './types.js';

const BOM = '\uFEFF';

export function renderCsv(docs: CchcDocument[], opts: RenderOptions): string {
  const rows = [csvRow(header(opts.lang))];
  for (const e of selectEntries(docs, opts)) rows.push(csvRow(COLUMNS.map((c) => c.cell(e))));
  return `${BOM}${rows.join('\r\n')}\r\n`;
}
