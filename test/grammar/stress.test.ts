// Invariants of scanTime over the 300 real texts of fixtures/stress: it never
// throws, returns sorted, non-overlapping spans that are the caller's own words,
// valid ISO dates, due ≤ date + 0 and relations that fit the kind.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { scanTime } from '../../src/grammar/index.js';
import { isIsoDate } from '../../src/text/dates.js';

const dir = new URL('../../fixtures/stress/', import.meta.url);

it('keeps its invariants on every stress document', () => {
  let seen = 0;
  for (const f of readdirSync(dir)) {
    const text = readFileSync(new URL(f, dir), 'utf8').replace(/\*\*/g, '');
    for (const p of text.split(/\n\s*\n/)) {
      const found = scanTime(p, { issueDate: '2025-06-01', year: 2025 });
      let last = 0;
      for (const e of found) {
        seen++;
        expect(e.index).toBeGreaterThanOrEqual(last);
        expect(p.slice(e.index, e.index + e.text.length)).toBe(e.text);
        expect(e.text.trim()).toBe(e.text);
        last = e.index + e.text.length;
        if (e.date) expect(isIsoDate(e.date), e.text).toBe(true);
        if (e.due) expect(isIsoDate(e.due), e.text).toBe(true);
        if (e.kind === 'recurring') expect(e.rrule).toMatch(/^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)/);
        if (e.kind === 'conditional') expect(e.trigger).toBeTruthy();
        if (e.time) expect(e.time).toMatch(/^(?:[01]\d|2[0-4]):[0-5]\d$/);
      }
    }
  }
  expect(seen).toBeGreaterThan(1000);
});
