// Tables of three or more columns in a PDF (a row per task: number, task,
// unit, deadline …), read like the .docx reader reads them: a paragraph per
// row, each cell's text a line of it, left to right.
//
// A table is recognised by its columns: at least two lines whose pieces (text
// separated by gutters wider than the font size) start at the same three or
// more x positions. Lines in between whose pieces start at those positions are
// the wrapped continuations of cells. A row starts where the first column has
// text again after a line without it, or after a gap wider than the line pitch.

export interface GridItem {
  str: string;
  x: number;
  width: number;
  size: number;
  bold?: boolean;
}

export interface GridLine<T extends GridItem> {
  page: number;
  y: number;
  size: number;
  items: T[];
}

const ALIGN = 4;

const PIECES = new WeakMap<GridLine<GridItem>, GridItem[][]>();

/**
 * Pieces of a line: runs of items separated by gaps wider than 0.8 × font size.
 * Kept per line: gridEnd asks for every line of a growing table at each step.
 */
export function pieces<T extends GridItem>(line: GridLine<T>): T[][] {
  let out = PIECES.get(line) as T[][] | undefined;
  if (!out) PIECES.set(line, (out = splitPieces(line)));
  return out;
}

function splitPieces<T extends GridItem>(line: GridLine<T>): T[][] {
  const ink = line.items.filter((it) => it.str.trim() !== '');
  const out: T[][] = [];
  let end = -Infinity;
  for (const it of ink) {
    if (out.length === 0 || it.x - end > 0.8 * line.size) out.push([it]);
    else out[out.length - 1].push(it);
    end = Math.max(end, it.x + it.width);
  }
  return out;
}

function columnStarts<T extends GridItem>(lines: Array<GridLine<T>>): number[] {
  const starts = new Starts();
  for (const l of lines) starts.add(l);
  return starts.columns();
}

/** The x where the pieces of lines of three or more pieces start, sorted, as lines are added. */
class Starts {
  private readonly xs: number[] = [];

  add<T extends GridItem>(line: GridLine<T>): void {
    const ps = pieces(line);
    if (ps.length < 3) return;
    for (const p of ps) {
      const x = p[0].x;
      let at = this.xs.length;
      while (at > 0 && this.xs[at - 1] > x) at--;
      this.xs.splice(at, 0, x);
    }
  }

  /** Columns: clusters of two or more starts, each ALIGN from the one before; each at its leftmost. */
  columns(): number[] {
    const out: number[] = [];
    let first = NaN;
    let last = NaN;
    let size = 0;
    for (const x of this.xs) {
      if (size > 0 && x - last <= ALIGN) {
        size++;
      } else {
        if (size >= 2) out.push(first);
        first = x;
        size = 1;
      }
      last = x;
    }
    if (size >= 2) out.push(first);
    return out;
  }
}

function fitsColumns<T extends GridItem>(line: GridLine<T>, cols: number[]): boolean {
  return pieces(line).every((p) => cols.some((c) => Math.abs(p[0].x - c) <= ALIGN));
}

/**
 * The end (exclusive) of a table starting at `start`, or `start` when no table
 * starts there.
 */
export function gridEnd<T extends GridItem>(lines: Array<GridLine<T>>, start: number): number {
  if (pieces(lines[start]).length < 3) return start;
  // Grow while lines keep to the columns found so far — looking a few lines ahead, so
  // that a heading row merged across the grid ("I. Kinh tế số") under the header row
  // does not end the table before its first row of cells.
  // Only under a header row in bold: justified body lines can line up by chance.
  const header = lines[start].items.every((it) => it.str.trim() === '' || it.bold === true);
  const LOOKAHEAD = header ? 6 : 0;
  let end = start + 1;
  // The starts of lines[start, seen), grown as the table does (not counted again at each step: a long table took seconds).
  const starts = new Starts();
  let seen = start;
  while (end < lines.length && pieces(lines[end]).length >= 1) {
    for (const upTo = Math.min(lines.length, end + 1 + LOOKAHEAD); seen < upTo; seen++) starts.add(lines[seen]);
    const cols = starts.columns();
    if (cols.length < 3 || !fitsColumns(lines[end], cols)) break;
    end++;
  }
  const cols = columnStarts(lines.slice(start, end));
  const aligned = lines.slice(start, end).filter((l) => pieces(l).length >= 3 && fitsColumns(l, cols)).length;
  return cols.length >= 3 && aligned >= 2 ? end : start;
}

/** The table's cells, row by row: each cell is its lines' pieces, in order. */
export function gridCells<T extends GridItem>(lines: Array<GridLine<T>>): T[][][][] {
  const cols = columnStarts(lines);
  const column = (x: number) => {
    let k = 0;
    for (let c = 0; c < cols.length; c++) if (cols[c] <= x + ALIGN) k = c;
    return k;
  };
  const rows: T[][][][] = [];
  let prev: GridLine<T> | null = null;
  let prevHadFirst = false;
  // A first column of numbers (TT: "1", "2.3", "II") holds one line per row: each
  // line with text there starts a row, even right under the last line of the row before.
  const firsts = lines.flatMap((l) => pieces(l).filter((p) => column(p[0].x) === 0)).map((p) => p.map((it) => it.str).join('').trim());
  const numbered = firsts.length > 1 && firsts.every((t) => t.length <= 6);
  for (const line of lines) {
    const ps = pieces(line);
    const hasFirst = ps.some((p) => column(p[0].x) === 0);
    const gap = prev && prev.page === line.page ? (prev.y - line.y) / line.size : 0;
    // …and so does a heading row merged across the grid: one piece opening "I." / "II." / "A.".
    const headingRow = numbered && ps.length === 1 && /^\s*(?:[IVXLC]{1,6}|[A-ZĐ])\.\s/u.test(ps[0].map((it) => it.str).join(''));
    if (rows.length === 0 || headingRow || (hasFirst && (numbered || !prevHadFirst || gap > 1.6))) rows.push(cols.map(() => []));
    const row = rows[rows.length - 1];
    for (const p of ps) row[column(p[0].x)].push(p);
    prev = line;
    prevHadFirst = hasFirst;
  }
  return rows;
}
