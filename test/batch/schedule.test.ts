import { describe, expect, it } from 'vitest';
import { Schedule, type Job } from '../../src/batch/schedule.js';

const paths = ['a', 'b', 'LONG1', 'c', 'd', 'LONG2', 'e'];
const isLong = (p: string) => p.startsWith('LONG');
const names = (jobs: Array<Job | null>) => jobs.map((j) => j?.path ?? null);

describe('the order documents are sent in', () => {
  it('input order, no further than the window past the outcomes written', () => {
    const s = new Schedule(['a', 'b', 'c', 'd'], 2, () => false);
    expect(names([s.take(0, false), s.take(0, false), s.take(0, false)])).toEqual(['a', 'b', null]);
    expect(names([s.take(1, false), s.take(1, false)])).toEqual(['c', null]);
    expect(names([s.take(3, false), s.take(4, false)])).toEqual(['d', null]);
  });

  it('a long document while another runs is held back; short ones go on past it; it goes first once none runs', () => {
    const s = new Schedule(paths, 100, isLong);
    expect(names([s.take(0, false), s.take(0, false), s.take(0, false)])).toEqual(['a', 'b', 'LONG1']);
    // LONG1 is running: LONG2 waits, c, d and e do not.
    expect(names([s.take(0, true), s.take(0, true), s.take(0, true), s.take(0, true)])).toEqual(['c', 'd', 'e', null]);
    expect(names([s.take(0, false), s.take(0, true)])).toEqual(['LONG2', null]);
  });

  it('while one long document waits, a second one stops everything behind it', () => {
    const s = new Schedule(['L1', 'L2', 'L3', 'x'], 100, (p) => p.startsWith('L'));
    expect(names([s.take(0, false), s.take(0, true), s.take(0, true)])).toEqual(['L1', null, null]);
    // L1 done: L2 goes; L3 is held in turn, and x, short, goes past it.
    expect(names([s.take(1, false), s.take(1, true), s.take(1, true)])).toEqual(['L2', 'x', null]);
    expect(names([s.take(2, false), s.take(2, false)])).toEqual(['L3', null]);
  });

  it('jobs a stopped worker had queued are sent again first, in their order', () => {
    const s = new Schedule(['a', 'b', 'c', 'd'], 100, () => false);
    const [a, b] = [s.take(0, false)!, s.take(0, false)!];
    s.giveBack([a, b]);
    expect(names([s.take(0, false), s.take(0, false), s.take(0, false)])).toEqual(['a', 'b', 'c']);
  });

  it('every document is sent exactly once, whatever mix of long and short', () => {
    const mix = Array.from({ length: 200 }, (_, i) => (i % 7 === 3 || i % 11 === 0 ? `LONG${i}` : `s${i}`));
    const s = new Schedule(mix, 16, isLong);
    const sent: string[] = [];
    const running: Job[] = [];
    let written = 0;
    for (let step = 0; step < 10_000 && written < mix.length; step++) {
      // Two workers, up to two jobs each; the oldest running job finishes each step.
      while (running.length < 4) {
        const job = s.take(written, running.some((j) => j.long));
        if (!job) break;
        expect(job.long && running.some((j) => j.long)).toBe(false);
        running.push(job);
        sent.push(job.path);
      }
      running.sort((x, y) => x.index - y.index);
      if (running.shift()) written = Math.min(mix.length, written + 1);
    }
    expect([...sent].sort()).toEqual([...mix].sort());
  });
});
