import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpace, isNfc, nfc, squash } from '../../src/text/normalize.js';

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

describe('nfc, isNfc (a slice at a time)', () => {
  // Bases, combining marks (tone marks, a cedilla, marks of other classes to reorder),
  // precomposed and decomposed Vietnamese, a surrogate pair, Hangul jamo, white space.
  const piece = fc.constantFrom(
    'a', 'e', 'o', 'u', 'A', 'ư', 'ơ', 'ê', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323', '\u0327', '\u031b', '\u0302',
    'ệ', 'e\u0323\u0302', 'ố', '\u1100', '\u1161', '\u11a8', '𝒜', '\u{1d15e}', ' ', '\n', '.', '1', 'Đ', 'đ',
  );
  const text = fc.array(piece, { maxLength: 80 }).map((p) => p.join(''));

  it('gives what normalizing the whole text gives, however the text is sliced', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), (s, most) => {
        expect(nfc(s, most)).toBe(s.normalize('NFC'));
        expect(isNfc(s, most)).toBe(s.normalize('NFC') === s);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalizes a text longer than one slice', () => {
    const nfd = 'Ủy ban nhân dân tỉnh\n'.normalize('NFD').repeat(4000);
    expect(nfd.length).toBeGreaterThan(64 * 1024);
    expect(nfc(nfd)).toBe(nfd.normalize('NFC'));
    expect(isNfc(nfd)).toBe(false);
    expect(isNfc(nfc(nfd))).toBe(true);
  });
});
