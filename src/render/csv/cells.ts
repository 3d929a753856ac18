// RFC 4180 cells, neutralised against spreadsheet formula injection.

/**
 * A cell that a spreadsheet would read as a formula (= + - @, or a leading tab
 * or CR, which some apps strip before looking) gets an apostrophe in front
 * (OWASP "CSV injection"). "- Tổ chức …" bullets are text, so this costs nothing.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quote when the cell holds a comma, a quote or a line break; double inner quotes. */
export function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(cells: readonly string[]): string {
  return cells.map((c) => quote(neutralise(c))).join(',');
}
