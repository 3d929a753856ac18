// "thứ Sáu, ngày 21/11/2023" when 21/11/2023 is a Tuesday. A date without a
// year takes the document's year; with no year at all, nothing is checked.
import { isValidDate, toIso, weekday } from '../../text/dates.js';
import type { Lang } from '../../render/types.js';
import { findDates, findWeekdays, pairWeekdays } from '../scan.js';
import type { RawFinding, Rule } from '../types.js';
import { liftDiagnostics } from './lift.js';

const NAMES: Record<Lang, string[]> = {
  vi: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

export function weekdayDetail(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  const name = NAMES[lang][weekday(iso)];
  return lang === 'vi' ? `${d}/${m}/${y} là ${name}` : `${d}/${m}/${y} is a ${name}`;
}

export const dateWeekdayMismatch: Rule = {
  code: 'date/weekday-mismatch',
  severity: 'warning',
  description: 'a weekday next to a date that falls on another day',
  check: ({ doc, text, lines, lang }) => {
    const docYear = doc.document.year ?? (doc.document.date ? Number(doc.document.date.slice(0, 4)) : null);
    const found: RawFinding[] = [];
    for (const { weekday: w, date } of pairWeekdays(text, findWeekdays(text), findDates(text))) {
      const year = date.year ?? docYear;
      if (year === null || !isValidDate(year, date.month, date.day)) continue;
      const iso = toIso(year, date.month, date.day);
      if (weekday(iso) === w.weekday) continue;
      const start = Math.min(w.start, date.start);
      const end = Math.max(w.end, date.end);
      found.push({ position: lines.position(start), vars: { text: text.slice(start, end), detail: weekdayDetail(iso, lang) } });
    }
    return [...found, ...liftDiagnostics(doc, 'date/weekday-mismatch', found)];
  },
};
