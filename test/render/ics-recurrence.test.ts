// The first instance of a rule on or after a fixed reference day, checked
// against ical.js expanding the same rule from a start far in the past.
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { firstOccurrence } from '../../src/render/ics/recurrence.js';

function oracle(rule: string, anchor: string): string {
  const recur = ICAL.Recur.fromString(rule);
  const it = recur.iterator(ICAL.Time.fromDateString('2019-01-01'));
  for (let t = it.next(); t; t = it.next()) {
    const iso = t.toString().slice(0, 10);
    if (iso >= anchor) return iso;
  }
  throw new Error('no instance');
}

const RULES = [
  'FREQ=WEEKLY;BYDAY=FR',
  'FREQ=WEEKLY;BYDAY=MO,TH',
  'FREQ=MONTHLY;BYMONTHDAY=20',
  'FREQ=MONTHLY;BYMONTHDAY=-1',
  'FREQ=MONTHLY;BYMONTHDAY=31',
  'FREQ=MONTHLY;BYDAY=-1FR',
  'FREQ=MONTHLY;BYDAY=2TU',
  'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
  'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1',
  'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15',
  'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
  'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
];
const ANCHORS = ['2023-01-01', '2023-11-06', '2023-12-29', '2024-02-28', '2024-06-15', '2025-12-31'];

describe('firstOccurrence agrees with ical.js', () => {
  for (const rule of RULES) {
    test.each(ANCHORS)(`${rule} from %s`, (anchor) => {
      expect(firstOccurrence(rule, anchor, '2030-12-31')).toBe(oracle(rule, anchor));
    });
  }
});

describe('firstOccurrence edges', () => {
  test('the anchor itself when it is an instance', () => {
    expect(firstOccurrence('FREQ=WEEKLY;BYDAY=FR', '2023-11-10', '2023-12-31')).toBe('2023-11-10');
  });
  test('null when no instance falls before the end', () => {
    expect(firstOccurrence('FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', '2023-12-20', '2023-12-31')).toBeNull();
  });
  test('a rule without day parts starts on the anchor (DTSTART sets its phase)', () => {
    expect(firstOccurrence('FREQ=MONTHLY;INTERVAL=3', '2023-11-06', '2023-12-31')).toBe('2023-11-06');
  });
  test('yearly rule on the last day of each quarter month (ical.js 2.2.1 wrongly gives 1 July / 1 October)', () => {
    const rule = 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1';
    expect(firstOccurrence(rule, '2024-04-01', '2030-12-31')).toBe('2024-06-30');
    expect(firstOccurrence(rule, '2024-07-01', '2030-12-31')).toBe('2024-09-30');
  });
  test('unknown parts fall back to the anchor', () => {
    expect(firstOccurrence('FREQ=YEARLY;BYYEARDAY=100', '2023-11-06', '2023-12-31')).toBe('2023-11-06');
  });
});
