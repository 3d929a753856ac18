import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBold, stripMarkup } from '../../src/text/markup.js';

describe('stripMarkup', () => {
  it('removes **bold** markers and remembers the bold ranges', () => {
    const p = stripMarkup('hoàn thành **trước ngày 10/12/2023**.');
    expect(p.text).toBe('hoàn thành trước ngày 10/12/2023.');
    expect(p.bold).toEqual([[11, 32]]);
    expect(p.text.slice(11, 32)).toBe('trước ngày 10/12/2023');
  });

  it('maps plain offsets back to the marked-up text', () => {
    const marked = 'a **bc** d';
    const p = stripMarkup(marked);
    expect(p.text).toBe('a bc d');
    expect(marked[p.origin.toMarked(2)]).toBe('b');
    expect(marked[p.origin.toMarked(5)]).toBe('d');
    expect(p.origin.toMarked(p.text.length)).toBe(marked.length);
    expect(p.origin.toPlain(marked.indexOf('b'))).toBe(2);
    // A marker's offset maps to the first plain offset after it.
    expect(p.origin.toPlain(marked.indexOf('*'))).toBe(2);
    expect(p.origin.toPlain(marked.length + 5)).toBe(p.text.length);
  });

  it('maps every plain offset to the same character of the marked text, and back', () => {
    const piece = fc.constantFrom('a', 'ờ', ' ', '\n', '\n\n', '**', '*', '\\*', '\\', 'x*', '*y', '(*)', '|');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const marked = parts.join('');
        const { text, origin } = stripMarkup(marked);
        expect(origin.length).toBe(text.length + 1);
        expect(origin.toMarked(text.length)).toBe(marked.length);
        let last = -1;
        for (let i = 0; i < text.length; i++) {
          const m = origin.toMarked(i);
          expect(m).toBeGreaterThan(last);
          expect(marked[m]).toBe(text[i]);
          expect(origin.toPlain(m)).toBe(i);
          // Any marked offset after the previous character's lands on this one.
          expect(origin.toPlain(last + 1)).toBe(i);
          last = m;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('removes italic markers but keeps a lone asterisk', () => {
    expect(stripMarkup('(*chỉ tiêu tỉnh giao trên 97%*)').text).toBe('(chỉ tiêu tỉnh giao trên 97%)');
    expect(stripMarkup('a * b').text).toBe('a * b');
    expect(stripMarkup('Chỉ tiêu (*) đạt 100%').text).toBe('Chỉ tiêu (*) đạt 100%');
    expect(stripMarkup('*không đóng lại').text).toBe('*không đóng lại');
    expect(stripMarkup('*Hà Nội, ngày 23\ntháng 11 năm 2025 *\n|').text).toBe('Hà Nội, ngày 23\ntháng 11 năm 2025 \n|');
  });

  it('keeps bold across a hard line break but never across paragraphs', () => {
    const p = stripMarkup('**thảm họa thiên tai,\nbão lũ** vừa qua');
    expect(p.bold).toHaveLength(1);
    expect(p.text.slice(...p.bold[0])).toBe('thảm họa thiên tai,\nbão lũ');
    const q = stripMarkup('**không đóng\n\nđoạn sau');
    expect(q.text.slice(...q.bold[0])).toBe('không đóng');
    expect(isBold(q.bold, 14, 20)).toBe(false);
  });
});
