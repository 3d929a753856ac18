// `--format csv`: one row per deadline, for the office's tracking spreadsheet.
// UTF-8 with a BOM (without it Excel reads Vietnamese as Windows-1252), CRLF
// rows and RFC 4180 quoting; --unit/--from/--to filter as in the calendar.
// Streamed in a batch: the header first, then each document's rows.
import type { CchcDocument } from '../model/schema.js';
import { selectEntries } from './ics/select.js';
import { COLUMNS, header } from './csv/columns.js';
import { csvRow } from './csv/cells.js';
import type { Lang, RenderOptions } from './types.js';

const BOM = '\uFEFF';

export function renderCsv(docs: CchcDocument[], opts: RenderOptions): string {
  return csvHead(opts.lang) + docs.map((d) => csvRows(d, opts)).join('');
}

/** The BOM and the header row. */
export function csvHead(lang: Lang): string {
  return `${BOM}${csvRow(header(lang))}\r\n`;
}

/** One document's rows, each ended by CRLF ('' when it keeps no deadline). */
export function csvRows(doc: CchcDocument, opts: RenderOptions): string {
  return selectEntries([doc], opts).map((e) => `${csvRow(COLUMNS.map((c) => c.cell(e, opts)))}\r\n`).join('');
}

/** A document that could not be read: its path in the first column and the reason in the task text's. */
export function csvErrorRow(path: string, code: string, message: string, lang: Lang): string {
  const cells = COLUMNS.map(() => '');
  cells[0] = path;
  cells[COLUMNS.findIndex((c) => c.en === 'Kind')] = lang === 'en' ? 'error' : 'lỗi';
  cells[COLUMNS.findIndex((c) => c.en === 'Trigger')] = code;
  cells[COLUMNS.findIndex((c) => c.en === 'Task text')] = message;
  return `${csvRow(cells)}\r\n`;
}
