import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpace, squash } from '../../src/text/normalize.js';

describe('squash, collapseSpace', () => {
  it('collapses every run of white space to one space and trims', () => {
    expect(squash('  Sở\tTài\u00a0\u00a0chính \n báo  cáo\r\n')).toBe('Sở Tài chính báo cáo');
    expect(squash('một hai')).toBe('một hai');
    expect(squash('\n')).toBe('');
  });

  it('gives what replacing each run of \\s+ gives, on any text', () => {
    const ws = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\v', '\f');
    const word = fc.constantFrom('Sở', 'ngày', '30/11/2023', 'a', '', '.');
    fc.assert(
      fc.property(fc.array(fc.oneof(ws, word), { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(squash(s)).toBe(s.replace(/\s+/g, ' ').trim());
        expect(collapseSpace(s)).toBe(s.replace(/\s+/g, ' '));
      }),
    );
  });
});
