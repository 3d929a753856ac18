// How the table names a recurrence, in both languages.
import { describe, expect, it } from 'vitest';
import { describeRrule } from '../../src/render/table.js';

describe('describeRrule', () => {
  it.each<[string, string | null, string, string]>([
    ['FREQ=DAILY', null, 'Hằng ngày', 'Daily'],
    ['FREQ=DAILY;BYHOUR=9;BYMINUTE=0', '09:00', 'Hằng ngày 09:00', 'Daily 09:00'],
    ['FREQ=WEEKLY;BYDAY=FR', null, 'Thứ 6 hàng tuần', 'Every Friday'],
    ['FREQ=WEEKLY', null, 'Hàng tuần', 'Every week'],
    ['FREQ=WEEKLY;INTERVAL=2', null, '2 tuần một lần', 'Every 2 weeks'],
    ['FREQ=MONTHLY', null, 'Hằng tháng', 'Monthly'],
    ['FREQ=MONTHLY;BYMONTHDAY=20', null, 'Ngày 20 hằng tháng', 'Monthly on day 20'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', null, 'Hằng quý, ngày 15', 'Quarterly, day 15'],
    ['FREQ=MONTHLY;INTERVAL=6', null, '6 tháng một lần', 'Every 6 months'],
    ['FREQ=YEARLY', null, 'Hằng năm', 'Yearly'],
    ['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', null, '15/12 hằng năm', 'Yearly on 15/12'],
    ['FREQ=YEARLY;INTERVAL=3', null, '3 năm một lần', 'Every 3 years'],
  ])('%s', (rrule, time, vi, en) => {
    expect(describeRrule(rrule, 'vi', time)).toBe(vi);
    expect(describeRrule(rrule, 'en', time)).toBe(en);
  });

  it('says "before" a time the deadline must beat', () => {
    expect(describeRrule('FREQ=DAILY;BYHOUR=9;BYMINUTE=0', 'vi', '09:00', 'before')).toBe('Hằng ngày trước 09:00');
    expect(describeRrule('FREQ=WEEKLY;BYDAY=FR;BYHOUR=15;BYMINUTE=0', 'en', '15:00', 'before')).toBe('Every Friday before 15:00');
    expect(describeRrule('FREQ=WEEKLY;BYDAY=SU;BYHOUR=15;BYMINUTE=0', 'vi', '15:00', 'on')).toBe('Chủ nhật hàng tuần 15:00');
  });
});
