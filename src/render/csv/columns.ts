// The CSV columns, in order: header labels (vi/en) and how each cell is read
// from a deadline. Values stay as in the JSON output (ISO dates, enum codes),
// so a sheet can be filtered and sorted the same way in both languages.
import { quoteFor } from '../ics/quote.js';
import type { Lang, RenderOptions } from '../types.js';
import { schedule } from '../ics/schedule.js';
import { sectionLabel } from '../ics/document.js';
import type { Entry } from '../ics/select.js';

interface Column {
  vi: string;
  en: string;
  cell: (e: Entry, opts: RenderOptions) => string;
}

/**
 * A recurring deadline as the calendar places it (first occurrence on or after
 * the issue date or --from, until --until or the end of the period the document
 * governs), so its row has dates to sort and filter by.
 */
function occurrences(e: Entry, opts: RenderOptions): { first: string; until: string } | null {
  if (e.deadline.kind !== 'recurring' || !e.deadline.rrule) return null;
  const when = schedule(e, { ...opts, todo: false, daily: true });
  return when.type === 'recurring' ? { first: when.day, until: when.until } : null;
}

/** Unit names contain commas ("UBND các xã, thị trấn"): lists are joined with "; ". */
const list = (xs: readonly string[]): string => xs.join('; ');

export const COLUMNS: readonly Column[] = [
  // The number, else the file: a row must lead back to its source.
  { vi: 'Văn bản', en: 'Document', cell: (e) => e.doc.document.number ?? e.doc.source.path },
  { vi: 'Nhiệm vụ', en: 'Task ID', cell: (e) => e.task.id },
  { vi: 'Mục', en: 'Section', cell: (e) => sectionLabel(e.doc, e.task.section) ?? '' },
  { vi: 'Đơn vị chủ trì', en: 'Lead units', cell: (e) => list(e.lead) },
  { vi: 'Đơn vị phối hợp', en: 'Partner units', cell: (e) => list(e.task.support) },
  { vi: 'Loại thời hạn', en: 'Kind', cell: (e) => e.deadline.kind },
  { vi: 'Quan hệ', en: 'Relation', cell: (e) => e.deadline.relation ?? '' },
  { vi: 'Ngày ghi', en: 'Date', cell: (e) => e.deadline.date ?? '' },
  // A recurring deadline: its first occurrence.
  { vi: 'Hạn chót', en: 'Due', cell: (e, o) => e.deadline.due ?? occurrences(e, o)?.first ?? '' },
  { vi: 'Giờ', en: 'Time', cell: (e) => e.deadline.time ?? '' },
  { vi: 'Lặp lại (RRULE)', en: 'Recurrence (RRULE)', cell: (e) => e.deadline.rrule ?? '' },
  { vi: 'Điều kiện', en: 'Trigger', cell: (e) => e.deadline.trigger ?? '' },
  { vi: 'Nguyên văn thời hạn', en: 'Deadline words', cell: (e) => e.deadline.text },
  // A long task is quoted by its deadline's own sentence, bounded, as in the calendar: a
  // paragraph of 1,200 deadlines must not be written out 1,200 times.
  { vi: 'Nội dung nhiệm vụ', en: 'Task text', cell: (e) => quoteFor(e.task.text, e.task, e.deadline) },
  { vi: 'In đậm', en: 'Bold', cell: (e) => (e.deadline.bold ? 'true' : 'false') },
  // Last, so that the columns before it keep their places in existing sheets.
  { vi: 'Lặp đến (UNTIL)', en: 'Repeats until (UNTIL)', cell: (e, o) => occurrences(e, o)?.until ?? '' },
];

export function header(lang: Lang): string[] {
  return COLUMNS.map((c) => (lang === 'en' ? c.en : c.vi));
}
