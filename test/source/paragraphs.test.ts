// The shared writer of the readers: bold markers, line breaks, header cells.
import { describe, expect, it } from 'vitest';
import { joinParagraphs, orderTwoCells, paraToMarkup, type Para } from '../../src/source/paragraphs.js';

const p = (...runs: Array<[string, boolean?]>): Para => runs.map(([text, bold]) => ({ text, bold: bold ?? false }));
const texts = (paras: Para[]) => paras.map((x) => x.map((r) => r.text).join(''));

describe('paraToMarkup', () => {
  it('keeps edge spaces outside the markers and bridges spaces between bold runs', () => {
    expect(paraToMarkup(p(['phòng: ', false], ['Phòng A, ', true], [' ', false], ['Phòng B', true], [' hoàn thành', false]))).toBe(
      'phòng: **Phòng A,  Phòng B** hoàn thành',
    );
  });

  it('escapes a typed "**", keeps a single asterisk and trims the ends of lines', () => {
    expect(paraToMarkup(p(['Ghi chú (*) **   \nđạt', false]))).toBe('Ghi chú (*) \\*\\*\nđạt');
  });
});

describe('joinParagraphs', () => {
  it('splits at blank lines inside a paragraph and drops empty ones', () => {
    expect(joinParagraphs([p(['a\n\nb', false]), p(['  ', true]), p(['c', true])])).toBe('a\n\nb\n\n**c**');
  });

  it('is NFC', () => {
    expect(joinParagraphs([p(['Nội vụ'.normalize('NFD'), false])])).toBe('Nội vụ');
  });
});

describe('orderTwoCells', () => {
  it('puts what sits under the number after the place and date', () => {
    expect(joinParagraphs(orderTwoCells([p(['Số: /UBND-NV\nV/v khẩn trương'])], [p(['Tuy Phước, ngày 6'])]))).toBe(
      'Số: /UBND-NV\n\nTuy Phước, ngày 6\n\nV/v khẩn trương',
    );
    expect(texts(orderTwoCells([p(['Số: 634/TB-VPCP']), p(['THÔNG BÁO', true])], [p(['Hà Nội, ngày 22'])]))).toEqual([
      'Số: 634/TB-VPCP',
      'Hà Nội, ngày 22',
      'THÔNG BÁO',
    ]);
  });

  it('reads other rows left cell then right cell', () => {
    expect(texts(orderTwoCells([p(['ỦY BAN NHÂN DÂN\nHUYỆN TUY PHƯỚC'])], [p(['CỘNG HÒA …'])]))).toEqual([
      'ỦY BAN NHÂN DÂN\nHUYỆN TUY PHƯỚC',
      'CỘNG HÒA …',
    ]);
    expect(texts(orderTwoCells([p(['Nơi nhận:']), p(['- Như trên;'])], [p(['KT. CHỦ TỊCH'])]))).toEqual(['Nơi nhận:', '- Như trên;', 'KT. CHỦ TỊCH']);
  });
});
