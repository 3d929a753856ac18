// A relative deadline whose base is known gets its date:
//   "… kể từ ngày ký", "… kể từ ngày ban hành (Kế hoạch này)" → the issue date;
//   "… kể từ ngày 01/12/2023" → that date.
// Days count from the day after the base; working days skip weekends and public
// holidays (calendar.ts); months and years keep the day of the month (clamped).
import { defineRefiner } from '../refiner.js';
import { addWorkingDays } from '../calendar.js';
import { addDays, daysInMonth, isValidDate, toIso } from '../../text/dates.js';
import { fullYear } from '../patterns.js';

const SELF = /^(?:kể|tính)?\s*từ\s+ngày\s+(?:ký|ban\s+hành)(?:\s+(?:văn\s+bản|kế\s+hoạch|quyết\s+định|công\s+văn|chỉ\s+thị|thông\s+báo|công\s+điện|thông\s+tư))?(?:\s+này)?$/u;
const DATED = /^(?:kể|tính)?\s*từ\s+ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/u;

function addMonths(iso: string, n: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + n;
  const ny = y + Math.floor(m / 12);
  const nm = (((m % 12) + 12) % 12) + 1;
  return toIso(ny, nm, Math.min(Number(iso.slice(8, 10)), daysInMonth(ny, nm)));
}

export const relativeBase = defineRefiner((drafts, st) => {
  for (const d of drafts) {
    if (d.kind !== 'relative' || !d.offset || !d.triggerSpan) continue;
    const trigger = st.s.slice(d.triggerSpan[0], d.triggerSpan[1]).replace(/\s+/g, ' ').trim();
    let base: string | null = null;
    if (SELF.test(trigger)) base = st.g.issueDate;
    const m = DATED.exec(trigger);
    if (m && isValidDate(fullYear(m[3]), Number(m[2]), Number(m[1]))) base = toIso(fullYear(m[3]), Number(m[2]), Number(m[1]));
    if (!base) continue;
    const { amount, unit } = d.offset;
    const due =
      unit === 'working-day' ? addWorkingDays(base, amount)
      : unit === 'day' ? addDays(base, amount)
      : unit === 'week' ? addDays(base, amount * 7)
      : addMonths(base, unit === 'month' ? amount : amount * 12);
    d.due = due;
    d.year = Number(due.slice(0, 4));
    d.month = Number(due.slice(5, 7));
    d.day = Number(due.slice(8, 10));
  }
  return drafts;
});
