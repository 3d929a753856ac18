// Text encodings, on small inputs made here: UTF-8 ± BOM, UTF-16 LE/BE with and
// without BOM, CRLF and CR, NFD, legacy Windows-1258 and TCVN3 by content.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeText, implausibility } from '../../src/source/encoding.js';
import { readSourceBytes } from '../../src/source/index.js';
import { InputError } from '../../src/source/types.js';

const SAMPLE = 'Ủy ban nhân dân huyện yêu cầu Phòng Nội vụ hoàn thành trước ngày 15/12/2023.\nBáo cáo kết quả vào thứ 6 hàng tuần.';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\uFEFF' : '') + s;
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (endian === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (endian === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}

/**
 * Windows-1258 as old Vietnamese Windows wrote it: precomposed where the code
 * page has the letter (â, ê, ô, ơ, ư, đ …), the tone as a combining mark after it.
 */
function windows1258(s: string): Uint8Array {
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  const written = s
    .normalize('NFD')
    .replace(/(\p{L})(\p{M}+)/gu, (_, base: string, marks: string) => {
      const tones = marks.match(TONES)?.join('') ?? '';
      return (base + marks.replace(TONES, '')).normalize('NFC') + tones;
    });
  return new Uint8Array(iconv.encode(written, 'windows1258'));
}

describe('decodeText', () => {
  it.each([
    ['UTF-8', utf8(SAMPLE), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', utf16(SAMPLE, 'le', true), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(SAMPLE, 'be', true), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16(SAMPLE, 'le', false), 'utf-16le'],
    ['UTF-16 BE without BOM', utf16(SAMPLE, 'be', false), 'utf-16be'],
  ])('%s', (_, bytes, encoding) => {
    expect(decodeText(bytes, 'x.txt')).toEqual({ text: SAMPLE, encoding });
  });

  it('turns CRLF and CR into LF', () => {
    expect(decodeText(utf8('a\r\nb\rc\n'), 'x.txt').text).toBe('a\nb\nc\n');
  });

  it('composes NFD into NFC', () => {
    const nfd = SAMPLE.normalize('NFD');
    expect(nfd).not.toBe(SAMPLE);
    expect(decodeText(utf8(nfd), 'x.txt').text).toBe(SAMPLE);
  });

  it('asks for the legacy decoder when the bytes are not UTF-8', () => {
    expect(() => decodeText(windows1258(SAMPLE), 'x.txt')).toThrow(InputError);
  });

  it('refuses binary content', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(() => decodeText(bytes, 'x.txt')).toThrowError(/unknown-encoding/);
  });
});

describe('legacy Vietnamese code pages, detected by content', () => {
  it('reads Windows-1258 (base letter + combining tone mark) as NFC', async () => {
    const bytes = windows1258(SAMPLE);
    // The sample really is in the decomposed form: "ầ" travels as "â" + 0xCC.
    expect(bytes.includes(0xcc) || bytes.includes(0xec) || bytes.includes(0xf2)).toBe(true);
    expect(await decodeBytes(bytes, 'x.txt')).toEqual({ text: SAMPLE, encoding: 'windows-1258' });
  });

  it('reads TCVN3 (the .VnTime encoding)', async () => {
    const bytes = new Uint8Array(iconv.encode(SAMPLE, 'tcvn'));
    expect(await decodeBytes(bytes, 'x.txt')).toEqual({ text: SAMPLE, encoding: 'tcvn3' });
  });

  it('reads TCVN3 text in lower case, as .VnTime documents store it', async () => {
    const lower = 'công văn số 1801 về việc tăng cường thực hiện nhiệm vụ cải cách hành chính năm 2023';
    expect(await decodeBytes(new Uint8Array(iconv.encode(lower, 'tcvn')), 'x.txt')).toEqual({ text: lower, encoding: 'tcvn3' });
  });

  it('converts TCVN3 letters left in Unicode text (copied out of a .VnTime document)', async () => {
    const copied = 'Uû ban nh©n d©n huyÖn yªu cÇu b¸o c¸o tr\u00adíc ngµy 15/12/2023.';
    expect(await decodeBytes(utf8(copied), 'x.txt')).toEqual({
      text: 'Uỷ ban nhân dân huyện yêu cầu báo cáo trước ngày 15/12/2023.',
      encoding: 'tcvn3-in-utf-8',
    });
  });

  it('leaves Unicode Vietnamese and Latin-1 French alone', async () => {
    expect((await decodeBytes(utf8(SAMPLE), 'x.txt')).text).toBe(SAMPLE);
    const french = 'Le délégué a reçu la lettre à Hà Nội, déjà signée.';
    expect((await decodeBytes(utf8(french), 'x.txt')).text).toBe(french);
  });

  it('goes through readSourceBytes like any text file', async () => {
    const source = await readSourceBytes(windows1258(SAMPLE), 'cong-van.txt');
    expect(source).toEqual({ text: SAMPLE, tables: [], format: 'txt', encoding: 'windows-1258' });
  });

  it('scores real Vietnamese as plausible and mis-decoded text as not', () => {
    expect(implausibility(SAMPLE)).toBe(0);
    const wrong = iconv.decode(Buffer.from(iconv.encode(SAMPLE, 'tcvn')), 'windows1258').normalize('NFC');
    expect(implausibility(wrong)).toBeGreaterThan(0.1);
  });
});

describe('plain text through readSourceBytes', () => {
  it('tells .md from .txt by extension only', async () => {
    expect((await readSourceBytes(utf8('**Số:** 1'), 'a.md')).format).toBe('md');
    expect((await readSourceBytes(utf8('**Số:** 1'), 'a.txt')).format).toBe('txt');
  });

  it('says an empty or blank file is empty', async () => {
    await expect(readSourceBytes(new Uint8Array(0), 'a.txt')).rejects.toThrowError(/empty/);
    await expect(readSourceBytes(utf8(' \n\r\n '), 'a.txt')).rejects.toThrowError(/empty/);
  });
});
