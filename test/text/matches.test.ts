import { describe, expect, it } from 'vitest';
import { execAll } from '../../src/text/matches.js';

describe('execAll', () => {
  it('gives every match as matchAll does, and leaves the pattern reset', () => {
    const re = /(\d+)/g;
    expect([...execAll(re, 'a1 b22 c333')].map((m) => [m[1], m.index])).toEqual([['1', 1], ['22', 4], ['333', 8]]);
    expect(re.lastIndex).toBe(0);
  });

  it('is reset after a loop that stops early, so the next scan starts at 0', () => {
    const re = /x/g;
    for (const _ of execAll(re, 'xxx')) break;
    expect(re.lastIndex).toBe(0);
    expect([...execAll(re, 'x x')]).toHaveLength(2);
  });

  it('steps over empty matches instead of looping forever', () => {
    expect([...execAll(/a*/g, 'bab')].map((m) => m[0])).toEqual(['', 'a', '', '']);
  });

  it('refuses a pattern that is not global', () => {
    expect(() => [...execAll(/a/, 'a')]).toThrow();
  });
});
