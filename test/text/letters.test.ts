import { describe, expect, it } from 'vitest';
import { CLASS, RANGES, fast, rx } from '../../src/text/letters.js';

describe('spelled-out property classes', () => {
  it.each(Object.keys(CLASS) as Array<keyof typeof CLASS>)('\\p{%s} agrees with Unicode over the covered ranges', (name) => {
    const unicode = new RegExp(`^\\p{${name}}$`, 'u');
    const spelled = new RegExp(`^[${CLASS[name]}]$`, 'u');
    const disagree: string[] = [];
    for (const [a, b] of RANGES) {
      for (let c = a; c <= b; c++) {
        const ch = String.fromCodePoint(c);
        if (unicode.test(ch) !== spelled.test(ch)) disagree.push(c.toString(16));
      }
    }
    expect(disagree).toEqual([]);
  });

  it('rewrites \\p{…} inside and outside character classes', () => {
    const re = fast(/(?<![\p{L}\p{N}])giao\s+(\p{Lu}\p{Ll}+)/u);
    expect(re.source).not.toContain('\\p{');
    expect(re.exec('xin giao Phòng Nội vụ')?.[1]).toBe('Phòng');
    expect(re.test('xingiao Phòng')).toBe(false);
    expect(rx('^\\p{Lu}', 'u').test('Ủy')).toBe(true);
    expect(fast(/\\p\{L\}/u).test('\\p{L}')).toBe(true); // an escaped backslash is left alone
  });
});
