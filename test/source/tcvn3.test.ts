// Text set in the old TCVN3 (ABC) fonts, as .docx runs and PDF items carry it.
import { describe, expect, it } from 'vitest';
import { loadTcvn3, tcvn3Font } from '../../src/source/tcvn3.js';

describe('tcvn3Font', () => {
  it.each([
    ['.VnTime', { upper: false }],
    ['.VnTimeH', { upper: true }],
    ['.VnArial Narrow', { upper: false }],
    ['ABCDEF+.VnTime-Bold', { upper: false }],
    ['VnTimeH,Bold', { upper: true }],
    ['VNI-Times', null],
    ['Times New Roman', null],
    ['BAAAAA+LiberationSerif-Bold', null],
    [undefined, null],
  ])('%s', (name, expected) => {
    expect(tcvn3Font(name)).toEqual(expected);
  });
});

describe('loadTcvn3', () => {
  it('converts the Latin-1 stand-ins and leaves everything else', async () => {
    const convert = await loadTcvn3();
    expect(convert('Uû ban nh©n d©n huyÖn – “B¸o c¸o”', false)).toBe('Uỷ ban nhân dân huyện – “Báo cáo”');
    expect(convert('c«ng v¨n', true)).toBe('CÔNG VĂN');
  });

  it('leaves text already in Unicode alone, though its font is still .VnTime', async () => {
    const convert = await loadTcvn3();
    expect(convert('Ủy ban nhân dân huyện', false)).toBe('Ủy ban nhân dân huyện');
  });
});
