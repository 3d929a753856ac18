// RFC 4180 cells, neutralised against spreadsheet formula injection.
import { safeText } from '../../text/terminal.js';

/**
 * A cell that a spreadsheet would read as a formula (= + - @, or a leading tab
 * or CR, which some apps strip before looking) gets an apostrophe in front
 * (OWASP "CSV injection"). "- Tổ chức …" bullets are text, so this costs nothing.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Quote when the cell holds a comma, a semicolon, a quote, a tab or a line
 * break; double inner quotes. The semicolon is Vietnamese Windows' list
 * separator: a spreadsheet that splits on it must not find a new cell
 * (`x;=1+1` unquoted would start one with a formula).
 */
export function quote(value: string): string {
  return /[",;\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Control characters made visible (text/terminal.ts), then neutralised, then quoted. */
export function csvRow(cells: readonly string[]): string {
  return cells.map((c) => quote(neutralise(safeText(c)))).join(',');
}
