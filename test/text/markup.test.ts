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
    expect(marked[p.origin[2]]).toBe('b');
    expect(marked[p.origin[5]]).toBe('d');
    expect(p.origin[p.text.length]).toBe(marked.length);
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
