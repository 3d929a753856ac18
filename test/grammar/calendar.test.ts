// Working days and Vietnamese public holidays (src/grammar/calendar.ts), checked
// against date-holidays' lunar dates for Tết and Giỗ Tổ Hùng Vương, 1990–2049.
// (In 2050 the new moon that starts the 3rd lunar month falls close to midnight
// and the two lunar calendars disagree by a day; ours uses UTC+7, Vietnam's.)
import { describe, expect, it } from 'vitest';
import { addWorkingDays, holidays, isWorkingDay, lunarToSolar } from '../../src/grammar/calendar.js';

describe('calendar', () => {
  it('finds Tết and Giỗ Tổ as date-holidays does', async () => {
    const { default: Holidays } = await import('date-holidays');
    const hd = new Holidays('VN');
    for (let y = 1990; y <= 2049; y++) {
      const list = hd.getHolidays(y);
      const tet = list.find((h) => h.name === 'Tết Nguyên Đán')?.date.slice(0, 10);
      const gioTo = list.find((h) => /Giỗ tổ/i.test(h.name))?.date.slice(0, 10);
      expect(lunarToSolar(1, 1, y), `Tết ${y}`).toBe(tet);
      expect(lunarToSolar(10, 3, y), `Giỗ Tổ ${y}`).toBe(gioTo);
    }
  });

  it.each([
    ['2024-02-08', false], // Tết break (29 tháng Chạp)
    ['2024-02-14', false], // mùng 5
    ['2024-02-15', true],
    ['2024-04-18', false], // Giỗ Tổ
    ['2024-04-30', false],
    ['2024-05-01', false],
    ['2023-09-01', false],
    ['2023-09-04', false], // 2/9 on a Saturday: Monday off
    ['2023-09-05', true],
    ['2026-01-01', false],
    ['2023-11-11', false], // a Saturday
    ['2023-11-13', true],
  ])('%s is a working day: %s', (day, working) => {
    expect(isWorkingDay(day)).toBe(working);
  });

  it('counts working days after the base day', () => {
    expect(addWorkingDays('2023-11-06', 5)).toBe('2023-11-13');
    expect(addWorkingDays('2024-02-05', 5)).toBe('2024-02-19');
    expect(addWorkingDays('2023-11-13', -5)).toBe('2023-11-06');
    expect(holidays(2025).has('2025-01-29')).toBe(true);
  });
});
