// Runs a table of cases against scanTime (shared by every family's test file).
import { describe, expect, it } from 'vitest';
import { scanTime } from '../../src/grammar/index.js';
import { addDays } from '../../src/text/dates.js';
import { REF, type Case } from './cases.js';

export function runCases(family: string, cases: Case[]): void {
  describe(family, () => {
    for (const c of cases) {
      const label = `${JSON.stringify(c.input.slice(0, 90))}${c.ctx ? ` @${c.ctx.issueDate ?? c.ctx.year}` : ''}`;
      it(label, () => {
        const got = scanTime(c.input, c.ctx ?? REF);
        expect(got.map((g) => g.text)).toEqual(c.expect.map((e) => e.text));
        let from = 0;
        got.forEach((g, i) => {
          const e = c.expect[i];
          const at = e.index ?? c.input.indexOf(e.text, from);
          expect(g.index, `index of ${e.text}`).toBe(at);
          expect(c.input.slice(g.index, g.index + g.text.length)).toBe(g.text);
          if (i > 0) expect(g.index).toBeGreaterThanOrEqual(got[i - 1].index + got[i - 1].text.length);
          from = at + e.text.length;
          const { problems, ...fields } = e;
          expect(g).toMatchObject(fields);
          if (problems) expect(g.problems.map((p) => p.code)).toEqual(problems);
          if (g.kind === 'date' && g.date && e.due === undefined) {
            expect(g.due).toBe(g.relation === 'before' && !g.time ? addDays(g.date, -1) : g.date);
          }
          if (g.kind === 'recurring' || g.kind === 'conditional') expect(g.date).toBeNull();
        });
      });
    }
  });
}
