// Tables of the document tree → what they hold. A task table (TT | Nhiệm vụ |
// Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm …) gives a
// task per row: columns are chosen by their header words, heading rows merged
// across the grid ("I. Kinh tế số") are sections. A statistical table (Chỉ tiêu |
// ĐVT | Năm 2025 …) gives nothing: its figures are data, not targets. Any other
// table is left to the paragraph stages.
import type { SourceCell, SourceTable } from '../source/types.js';
import { foldForMatching, squash, stripDiacritics } from '../text/normalize.js';

export type ColumnRole = 'id' | 'task' | 'lead' | 'support' | 'time' | 'product' | 'other';

/** A cell as the stages read it: a range of the plain text, and its text. */
export interface CellText {
  start: number;
  end: number;
  text: string;
}

export interface TableRowRead {
  /** The row's range in the plain text (first cell to last). */
  start: number;
  end: number;
  /** "heading" for a row merged across the grid, "task" for a row of work. */
  kind: 'heading' | 'task';
  /** The label of a heading row ("I", "II", "A") or the TT of a task row ("1", "2.3"); "" when none. */
  label: string;
  /** Cell per role (the first column of that role; a merged cell counts for each column it covers). */
  cells: Partial<Record<ColumnRole, CellText>>;
  /** Every cell of the row that holds text, in grid order (a merged cell once). */
  all: CellText[];
}

export interface TableRead {
  kind: 'tasks' | 'statistics';
  start: number;
  end: number;
  roles: ColumnRole[];
  /** Header text, for the section title ("TT | Nhiệm vụ | Chủ trì | Thời gian"). */
  title: string;
  rows: TableRowRead[];
}

// Header words, compared on folded text (no accents, lower case).
const ROLE_WORDS: Array<[ColumnRole, RegExp]> = [
  ['id', /^(?:s?tt|so tt|so thu tu|thu tu)$/],
  ['support', /phoi hop/],
  ['lead', /chu tri|(?:co quan|don vi|bo phan)\s*(?:,\s*don vi\s*)?(?:thuc hien|chiu trach nhiem|dau moi)|^trach nhiem(?: thuc hien)?$|^(?:co quan|don vi)$|^phan cong$/],
  ['time', /thoi gian|thoi han|tien do|moc thoi gian|^thoi diem/],
  ['product', /san pham|ket qua (?:du kien|dau ra)|^ket qua$|hinh thuc (?:van ban|san pham)/],
  ['task', /nhiem vu|noi dung|cong viec|hoat dong|giai phap|ten (?:de an|du an|van ban)|^chi tieu/],
];
const STATISTIC_HEADER = /^(?:dvt|don vi tinh)$|^(?:nam\s+)?(?:19|20)\d{2}$|^ke hoach (?:nam )?(?:19|20)\d{2}|^thuc hien (?:nam )?(?:19|20)\d{2}|^uoc (?:thuc hien|tinh)|^so sanh|^ty le\b.*%/;

const QUANTITY_HEADER = /^(?:so\s+(?:luong|diem|mau|luot|nguoi|ngay|lan|dot|cong|gio)|don gia|thanh tien|khoi luong|tong (?:so|cong|kinh phi)|kinh phi|du toan|dinh muc|tan suat)/;

const fold = (s: string) => stripDiacritics(foldForMatching(s)).toLowerCase();

function roleOf(header: string): ColumnRole {
  const h = squash(fold(header).replace(/\*+/g, '').replace(/[()]/g, ' ')).replace(/[.:]$/, '');
  for (const [role, re] of ROLE_WORDS) if (re.test(h)) return role;
  return 'other';
}

/** Heading labels of a merged row: "I.", "II.", "A.", "1." before a title, "Phần I". */
const HEADING_LABEL = /^\s*(?:\*\*)?\s*(?:Phần\s+)?([IVXLC]{1,6}|[A-ZĐ]|\d{1,2}(?:\.\d{1,2})?)[.)]\s+/u;
const ID_LABEL = /^\s*(?:\*\*)?\s*(\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6}|[a-zđ])\s*[.)]?\s*(?:\*\*)?\s*$/u;

interface GridCell {
  cell: SourceCell;
  /** True in the columns and rows a merged cell covers beyond its first. */
  covered: boolean;
}

/** Rows → a grid: each column of each row points to the cell that covers it (pandoc's spans resolved). */
function grid(table: SourceTable): GridCell[][] {
  const out: GridCell[][] = [];
  const pending = new Map<number, { cell: SourceCell; left: number }>();
  for (const row of table.rows) {
    const line: GridCell[] = [];
    let col = 0;
    const takePending = () => {
      for (let p = pending.get(col); p; p = pending.get(col)) {
        line[col] = { cell: p.cell, covered: true };
        if (--p.left === 0) pending.delete(col);
        col++;
      }
    };
    for (const cell of row.cells) {
      takePending();
      for (let k = 0; k < cell.colSpan; k++) {
        line[col] = { cell, covered: k > 0 };
        if (cell.rowSpan > 1) pending.set(col, { cell, left: cell.rowSpan - 1 });
        col++;
      }
    }
    takePending();
    out.push(line);
  }
  return out;
}

/**
 * Reads one table of the tree; null when it is neither a task table nor a
 * statistical one. `plainOf` maps a source offset to the plain text the stages read.
 */
export function readTable(table: SourceTable, text: string, plainOf: (offset: number) => number): TableRead | null {
  const rows = grid(table);
  const cellText = (c: SourceCell): CellText => {
    const start = plainOf(c.start);
    const end = plainOf(c.end);
    return { start, end, text: text.slice(start, end) };
  };
  // The header row is one of the first three whose cells name roles.
  let headerAt = -1;
  let roles: ColumnRole[] = [];
  for (let r = 0; r < Math.min(3, rows.length) && headerAt < 0; r++) {
    const named = rows[r].map((g) => (g ? roleOf(cellText(g.cell).text) : 'other'));
    if (named.filter((x) => x !== 'other').length >= 2) {
      headerAt = r;
      roles = named;
    }
  }
  if (headerAt < 0) return null;
  const headers = rows[headerAt].map((g) => (g ? squash(cellText(g.cell).text.replace(/\*\*/g, '')) : ''));
  // Columns of quantities (Số điểm | Số mẫu | Đơn giá | Thành tiền | Tần suất …): a table of
  // figures — an estimate or a monitoring plan — even when a column names a time.
  const quantities = headers.filter((h) => QUANTITY_HEADER.test(fold(h))).length;
  const statistical = headers.some((h) => STATISTIC_HEADER.test(fold(h))) || (quantities >= 2 && !roles.includes('lead'));
  const hasTask = roles.includes('task');
  const isTasks = hasTask && (roles.includes('lead') || roles.includes('time')) && !(statistical && !roles.includes('lead') && (!roles.includes('time') || quantities >= 2));
  if (!isTasks) return statistical ? { kind: 'statistics', start: plainOf(table.start), end: plainOf(table.end), roles, title: headers.join(' | '), rows: [] } : null;
  // A header spread over two rows ("Thời gian" over "Bắt đầu | Hoàn thành"): skip rows made only of header words.
  let first = headerAt + 1;
  while (first < rows.length && rows[first].every((g) => !g || roleOf(cellText(g.cell).text) !== 'other' || cellText(g.cell).text.trim() === '' || /^\(?\d+\)?$/.test(cellText(g.cell).text.trim()))) {
    // …or a row of column numbers "(1) (2) (3)".
    if (rows[first].some((g) => g && /[\p{L}]{3}/u.test(cellText(g.cell).text) && roleOf(cellText(g.cell).text) === 'other')) break;
    first++;
  }
  const out: TableRowRead[] = [];
  for (const line of rows.slice(first)) {
    const distinct: SourceCell[] = [];
    for (const g of line) if (g && !distinct.includes(g.cell)) distinct.push(g.cell);
    const all = distinct.map(cellText).filter((c) => c.text.replace(/\*\*/g, '').trim() !== '');
    if (all.length === 0) continue;
    const cells: Partial<Record<ColumnRole, CellText>> = {};
    roles.forEach((role, col) => {
      const g = line[col];
      if (!g || role === 'other' || cells[role]) return;
      const c = cellText(g.cell);
      if (c.text.replace(/\*\*/g, '').trim() !== '') cells[role] = c;
    });
    const idText = cells.id?.text ?? '';
    const idMatch = ID_LABEL.exec(idText);
    // A row with one cell of text, not a numbered task, is a heading (merged across the grid).
    const heading = all.length === 1 && !(idMatch && /^\d/.test(idMatch[1])) && (distinct.length < roles.length || !cells.lead && !cells.time);
    const headingLabel = heading ? (HEADING_LABEL.exec(all[0].text)?.[1] ?? idMatch?.[1] ?? '') : '';
    // A roman or capital TT with a title and nothing else is a heading too ("II | Xã hội số | | |").
    const romanHeading = !heading && idMatch && /^[IVXLC]+$/.test(idMatch[1]) && !cells.lead && !cells.time;
    const kind: TableRowRead['kind'] = heading || romanHeading ? 'heading' : 'task';
    out.push({
      start: all[0].start,
      end: all[all.length - 1].end,
      kind,
      label: kind === 'heading' ? (romanHeading ? (idMatch?.[1] ?? '') : headingLabel) : (idMatch?.[1] ?? ''),
      cells,
      all,
    });
  }
  return { kind: 'tasks', start: plainOf(table.start), end: plainOf(table.end), roles, title: headers.filter(Boolean).join(' | '), rows: out };
}
