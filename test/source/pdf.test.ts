// The .pdf reader through pdf.js: bold from the real font names, NFC, the
// caller's bytes left intact, broken files refused with one code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/source/pdf.js';
import { InputError } from '../../src/source/types.js';

const SEED = fileURLToPath(new URL('../../fixtures/tuy-phuoc-cchc-2023.pdf', import.meta.url));

describe('pdf reader', () => {
  it('marks bold from the font name and reads the header table in order', async () => {
    const { text, format, encoding } = await readPdf(new Uint8Array(readFileSync(SEED)), 'seed.pdf');
    expect(format).toBe('pdf');
    expect(encoding).toBeNull();
    expect(text).toContain('Riêng các phòng: **Phòng Tài chính – Kế hoạch huyện, Phòng Tài nguyên và Môi trường huyện** hoàn thành');
    expect(text.split('\n\n').slice(0, 5)).toEqual([
      '**ỦY BAN NHÂN DÂN\nHUYỆN TUY PHƯỚC**',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc**',
      'Số: /UBND-NV',
      'Tuy Phước, ngày tháng năm 2023',
      'V/v khẩn trương, đôn đốc\nthực hiện một số nhiệm vụ\nnhằm nâng cao Chỉ số CCHC\ncủa huyện năm 2023',
    ]);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('leaves the caller\'s bytes intact (pdf.js may detach the buffer it is given)', async () => {
    const bytes = new Uint8Array(readFileSync(SEED));
    const copy = bytes.slice();
    await readPdf(bytes, 'seed.pdf');
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });

  it('says a cut-off PDF is damaged', async () => {
    const cut = new Uint8Array(readFileSync(SEED)).subarray(0, 20_000);
    await expect(readPdf(cut, 'cut.pdf')).rejects.toSatisfy((e) => e instanceof InputError && e.code === 'damaged-pdf');
  });
});
