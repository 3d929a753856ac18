// The word-start rule every parser of ours shares (src/grammar/parser.ts).
import { describe, expect, it } from 'vitest';
import { PARSERS, scanTime } from '../../src/grammar/index.js';
import { REF } from './cases.js';

describe('defineParser', () => {
  it('gives every pattern without a look-behind at its start (the word start is checked on the full text)', () => {
    for (const p of PARSERS) {
      const re = (p as { re?: RegExp }).re;
      expect(re, 'a parser of ours').toBeInstanceOf(RegExp);
      expect(/^\(\?<[!=]/.test(re!.source), re!.source.slice(0, 60)).toBe(false);
    }
  });

  it('reads a phrase only where a word starts', () => {
    // One phrase per family whose pattern lost its look-behind, first as it is, then glued to a letter or a digit.
    const phrases = [
      'trước ngày 30/11/2023',
      'trong năm 2025',
      'trong tháng 12/2023',
      'trong Quý I năm 2026',
      'trong 6 tháng đầu năm 2024',
      'thứ 6 hàng tuần',
      'trước 16 giờ hằng ngày',
      'trước ngày 20 hằng tháng',
      'từ 20 - 25/11/2023',
      'trước Tết Nguyên đán 2025',
      'sau khi UBND tỉnh ban hành',
      'định kỳ 06 tháng',
      'hằng quý',
      '02 lần/ngày',
      'trước 17 giờ',
    ];
    for (const phrase of phrases) {
      const alone = scanTime(`Báo cáo ${phrase}.`, REF);
      expect(alone.length, phrase).toBeGreaterThan(0);
      expect(alone[0].index, phrase).toBe('Báo cáo '.length);
      for (const glue of ['x', '9']) {
        const glued = scanTime(`Báo cáo ${glue}${phrase}.`, REF);
        expect(glued.every((e) => e.index > 'Báo cáo '.length), `${glue}${phrase}`).toBe(true);
      }
    }
  });
});
