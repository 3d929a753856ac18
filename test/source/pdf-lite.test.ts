// The fast path of the .pdf reader (src/source/pdf-lite): it gives the very
// SourceText pdf.js gives, takes the fixtures, declines (null) what it does not
// fully support so that pdf.js reads it as before, and answers hostile files
// with null or the reader's own InputErrors, quickly.
import { execFileSync } from 'node:child_process';
import { readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PDF_PAGE_TEXT_ITEMS, pdfReaderStats, readPdf, readPdfFast, readPdfjs } from '../../src/source/pdf.js';
import { readPdfLite } from '../../src/source/pdf-lite/index.js';
import { InputError, type SourceText } from '../../src/source/types.js';
import { installBundle } from '../cli/bundle.js';
import { tempDir } from '../cli/run.js';
import { pdfOf } from './hostile-inputs.js';
import { bytesOf, fixture, flate, latin1, objectText, streamOf, update, withObjectStreams } from './pdf-lite-inputs.js';

const SEED = 'tuy-phuoc-cchc-2023.pdf';
/** Page 1 of the seed is object 1, its content stream object 2; the fonts are /F1 and /F2 in object 30. */
const PAGE1 = 1;

const shape = (s: SourceText) => ({ text: s.text, tables: s.tables });

async function fastAndSlow(bytes: Uint8Array, name = 'a.pdf') {
  const fast = await readPdfFast(bytes, name);
  const reason = pdfReaderStats.lastFallback;
  const slow = await readPdfjs(bytes, name);
  return { fast, slow, reason };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (err) {
    if (err instanceof InputError) return err.code;
    throw err;
  }
}

/** Where readPdf went for one call. */
async function pathOf(bytes: Uint8Array): Promise<{ path: 'fast' | 'pdfjs'; code: string }> {
  const before = { ...pdfReaderStats };
  const code = await codeOf(readPdf(bytes, 'a.pdf'));
  if (pdfReaderStats.pdfjs > before.pdfjs) return { path: 'pdfjs', code };
  expect(pdfReaderStats.fast).toBe(before.fast + 1);
  return { path: 'fast', code };
}

/** The seed with page 1 drawn by `content` (and the page dictionary extended by `pageExtra`). */
function seedWithPage1(content: string | Uint8Array, opts: { filter?: string; pageExtra?: string; objects?: Record<number, Parameters<typeof update>[1][number]> } = {}) {
  const seed = fixture(SEED);
  const page = objectText(seed, PAGE1).replace(/\/Contents \d+ 0 R/, '/Contents 100 0 R').replace(/>>\s*$/, `${opts.pageExtra ?? ''}>>`);
  const data = opts.filter === undefined ? flate(content) : typeof content === 'string' ? bytesOf(content) : content;
  return update(seed, {
    [PAGE1]: page,
    100: { dict: `/Filter /${opts.filter ?? 'FlateDecode'}`, data },
    ...opts.objects,
  });
}

const page1Content = () => latin1(streamOf(fixture(SEED), 2));

describe('pdf-lite gives the SourceText pdf.js gives', () => {
  it.each([SEED, '12-laichau-quy-hoach-sdd-2015.pdf', '13-ttg-227-cd-khac-phuc-mua-lu-nam-trung-bo.pdf', '16-sonla-2954-qd-kh-xuat-khau-2026-2030.pdf', '25-haiphong-212-qd-quy-dinh-xep-loai-can-bo.pdf'])(
    '%s',
    async (name) => {
      const { fast, slow, reason } = await fastAndSlow(fixture(name), name);
      expect(reason).toBeNull();
      expect(fast).not.toBeNull();
      expect(shape(fast!)).toEqual(shape(slow));
    },
    60_000,
  );

  it('the same document with a cross-reference stream and object streams', async () => {
    const original = fixture(SEED);
    const packed = withObjectStreams(original);
    expect(latin1(packed)).toContain('/Type /ObjStm');
    expect(latin1(packed)).not.toContain('\nxref\n');
    const { fast, slow } = await fastAndSlow(packed);
    expect(fast).not.toBeNull();
    expect(shape(fast!)).toEqual(shape(slow));
    expect(shape(fast!)).toEqual(shape((await readPdfFast(original, SEED))!));
  });

  it('an incremental update on top of an object-stream file (the newest version of each object wins)', async () => {
    const packed = withObjectStreams(fixture(SEED));
    const content = page1Content().replace('/F1 13 Tf', '/F2 13 Tf');
    const page = objectText(fixture(SEED), PAGE1).replace(/\/Contents \d+ 0 R/, '/Contents 100 0 R');
    const updated = update(packed, { [PAGE1]: page, 100: { dict: '/Filter /FlateDecode', data: flate(content) } });
    const { fast, slow } = await fastAndSlow(updated);
    expect(fast).not.toBeNull();
    expect(shape(fast!)).toEqual(shape(slow));
    expect(fast!.text).not.toBe((await readPdfFast(packed, 'a.pdf'))!.text);
  });

  it('text state operators, q/Q and cm, a form XObject with its /Matrix, marked content and inline images', async () => {
    const original = page1Content();
    const content = [
      'q 1 0 0 1 12 -8 cm',
      original,
      'Q',
      '/P <</MCID 0>> BDC',
      'BT /F1 11 Tf 2 Tc 3 Tw 90 Tz 1.5 Ts 14 TL 60 120 Td [<010203>-250<0405>]TJ T* <0607> Tj <0809> \' 1 0.5 <0A0B> " 20 -14 TD (\\001\\002\\003) Tj',
      '0.9 0 0 0.9 300 90 Tm <1011061203> Tj 0 Tc 0 Tw 100 Tz 0 Ts <0304> Tj ET EMC',
      'q 10 0 0 10 400 60 cm BI /W 4 /H 2 /BPC 8 /CS /G ID \n\x00\x01EI\x02\x03\xff\xfe\x10\x11 EI Q',
      'q 8 0 0 8 420 60 cm BI /W 2 /H 2 /BPC 8 /CS /RGB /F /AHx ID 0A0B0C0D0E0F101112131415> EI Q',
      'q /Fm1 Do Q',
    ].join('\n');
    const form = `BT /F2 12 Tf 0 0 Td [<01>2<020304>-3<0506>]TJ ET q 0.5 0 0 0.5 0 -30 cm BT /F1 12 Tf 0 0 Td <010203> Tj ET Q`;
    const bytes = seedWithPage1(content, {
      pageExtra: '/Resources << /Font 30 0 R /XObject << /Fm1 101 0 R >> /ProcSet [/PDF /Text /ImageB] >>',
      objects: { 101: { dict: '/Type /XObject /Subtype /Form /BBox [0 0 300 100] /Matrix [1.2 0 0 1.2 80 40] /Filter /FlateDecode', data: flate(form) } },
    });
    const { fast, slow, reason } = await fastAndSlow(bytes);
    expect(reason).toBeNull();
    expect(fast).not.toBeNull();
    expect(shape(fast!)).toEqual(shape(slow));
  });
});

describe('readPdf takes the fast path', () => {
  it('on the seed: the counter moves, pdf.js is not called', async () => {
    expect(await pathOf(fixture(SEED))).toEqual({ path: 'fast', code: 'no error' });
  });

  it('on every fixture PDF, with the result pdf.js gave before (bad/scanned-no-text-layer.pdf: pdf-no-text, as before)', async () => {
    const dir = new URL('../../fixtures/', import.meta.url);
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(37);
    for (const f of pdfs) expect(await pathOf(fixture(f)), f).toEqual({ path: 'fast', code: 'no error' });
    expect(await pathOf(fixture('bad/scanned-no-text-layer.pdf'))).toEqual({ path: 'fast', code: 'pdf-no-text' });
  }, 60_000);

  it('an encrypted PDF goes to pdf.js and is refused as before', async () => {
    const bytes = fixture('bad/encrypted.pdf');
    expect(await readPdfFast(bytes, 'a.pdf')).toBeNull();
    expect(pdfReaderStats.lastFallback).toBe('encrypted');
    expect(await pathOf(bytes)).toEqual({ path: 'pdfjs', code: 'pdf-encrypted' });
  });
});

describe('what pdf-lite declines, pdf.js reads', () => {
  it('a content stream in another filter (ASCIIHex): null, and readPdf gives the text pdf.js gives', async () => {
    const bytes = seedWithPage1(`${Buffer.from(page1Content(), 'latin1').toString('hex')}>`, { filter: 'ASCIIHexDecode' });
    expect(await readPdfFast(bytes, 'a.pdf')).toBeNull();
    expect(pdfReaderStats.lastFallback).toBe('stream filter ASCIIHexDecode');
    expect(await pathOf(bytes)).toEqual({ path: 'pdfjs', code: 'no error' });
    // pdf.js decodes it: the same text as the original file.
    expect(shape(await readPdf(bytes, 'a.pdf'))).toEqual(shape(await readPdf(fixture(SEED), SEED)));
  }, 30_000);

  it('a DCT-only content filter, a Type3 font, a non-embedded font, a rotated page', async () => {
    const cases: Array<[string, Uint8Array]> = [
      ['stream filter DCTDecode', seedWithPage1('\xff\xd8\xff\xd9', { filter: 'DCTDecode' })],
      [
        'Type3 font',
        seedWithPage1('BT /T3 12 Tf 72 700 Td (a) Tj ET', {
          pageExtra: '/Resources << /Font << /T3 102 0 R >> >>',
          objects: {
            102: '<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /a 103 0 R >> /Encoding << /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [1000] >>',
            103: { dict: '', data: '1000 0 d0 0 0 1000 1000 re f' },
          },
        }),
      ],
      ['font without a descriptor (not embedded)', pdfOf('BT /F1 11 Tf 72 700 Td (Phong Noi vu bao cao ket qua thuc hien trong nam) Tj ET')],
      ['rotated page', seedWithPage1(page1Content(), { pageExtra: '/Rotate 90' })],
    ];
    for (const [reason, bytes] of cases) {
      expect(await readPdfFast(bytes, 'a.pdf'), reason).toBeNull();
      expect(pdfReaderStats.lastFallback).toBe(reason);
      const { path } = await pathOf(bytes);
      expect(path, reason).toBe('pdfjs');
    }
  }, 60_000);

  it('pdf.js, when it reads, still leaves Node as it found it', async () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'Response');
    await readPdfjs(fixture(SEED), 'a.pdf');
    expect(Object.getOwnPropertyDescriptor(globalThis, 'Response')).toEqual(before);
    for (const f of [Array.prototype.push, JSON.parse, JSON.stringify]) expect(Function.prototype.toString.call(f)).toMatch(/\[native code\]/);
  });

  it('a .pdf only pdf.js reads, under a 4 GiB address-space limit (ulimit -v), through the bundle', async () => {
    const dir = tempDir();
    const file = join(dir, 'hex.pdf');
    writeFileSync(file, seedWithPage1(`${Buffer.from(page1Content(), 'latin1').toString('hex')}>`, { filter: 'ASCIIHexDecode' }));
    const install = await installBundle('cchc-test-');
    symlinkSync(join(import.meta.dirname, '../../node_modules'), join(install.home, 'node_modules'));
    try {
      const out = execFileSync('bash', ['-c', `ulimit -v 4194304 && exec node "$0" parse "$1" --format csv`, install.bin, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(out.split('\n').length).toBeGreaterThan(10);
    } finally {
      install.remove();
    }
  }, 60_000);
});

describe('hostile PDFs: null or the reader\'s own errors, quickly', () => {
  const budget = { maxPages: 2000, page() {}, item() {}, tick() {} };
  const lite = (bytes: Uint8Array) => {
    const started = performance.now();
    const r = readPdfLite(bytes, budget);
    expect(performance.now() - started).toBeLessThan(2_000);
    // An "internal error" would be a bug caught on the way to pdf.js.
    if ('unsupported' in r) expect(r.unsupported).not.toMatch(/^internal/);
    return 'unsupported' in r ? r.unsupported : 'read';
  };

  it('cut off anywhere: null (a cut file has no cross-reference at its end)', () => {
    const seed = fixture(SEED);
    for (let k = 1; k < 40; k++) {
      const at = Math.floor((seed.length * k) / 40);
      expect(lite(seed.subarray(0, at)), `cut at ${at}`).not.toBe('read');
    }
  });

  it('64 bytes flipped anywhere: reads or declines, never throws', () => {
    const seed = fixture(SEED);
    for (let k = 0; k < 80; k++) {
      const at = Math.floor((seed.length * k) / 80);
      const b = seed.slice();
      for (let i = at; i < Math.min(b.length, at + 64); i++) b[i] ^= 0x5a;
      expect(typeof lite(b)).toBe('string');
    }
  });

  it('startxref past the end, an xref entry past the end, a huge /Length, a /Count that lies', () => {
    const seed = fixture(SEED);
    const text = latin1(seed);
    const startxref = /startxref\s+(\d+)/.exec(text.slice(-64))![1];
    expect(lite(bytesOf(text.replace(new RegExp(`startxref\\s+${startxref}`), 'startxref\n99999999')))).toBe('cross-reference offset outside the file');
    expect(lite(bytesOf(text.replace(/\n0000000\d\d\d 00000 n /, '\n0099999999 00000 n ')))).not.toBe('read');
    expect(lite(update(seed, { 100: '<< /Length 999999999 >>\nstream\nabc\nendstream', [PAGE1]: objectText(seed, PAGE1).replace(/\/Contents \d+ 0 R/, '/Contents 100 0 R') }))).toBe(
      'stream /Length past the end of the data',
    );
    expect(lite(update(seed, { 19: objectText(seed, 19).replace('/Count 6', '/Count 7') }))).toBe('page tree /Count disagrees with its pages');
  });

  it('a /Prev chain that loops is read once per section, as pdf.js reads it', async () => {
    // seed ← u1 ← u2, and the seed's trailer pointing back to u2: every section once, then stop.
    const seed = latin1(fixture(SEED)).replace('trailer\n<</Size 34', 'trailer\n<</Size 34/Prev 99999');
    const u1 = update(bytesOf(seed), { 19: objectText(fixture(SEED), 19) });
    const u2 = latin1(update(u1, { 19: objectText(fixture(SEED), 19) }));
    const last = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(u2)![1];
    expect(last).toHaveLength(5);
    const looped = bytesOf(u2.replace('/Prev 99999', `/Prev ${last}`));
    expect(lite(looped)).toBe('read');
    const { fast, slow } = await fastAndSlow(looped);
    expect(shape(fast!)).toEqual(shape(slow));
  });

  it('a circular /Length, an object stream inside itself, a page tree cycle', () => {
    const seed = fixture(SEED);
    const page = objectText(seed, PAGE1).replace(/\/Contents \d+ 0 R/, '/Contents 100 0 R');
    expect(lite(update(seed, { [PAGE1]: page, 100: '<< /Length 100 0 R >>\nstream\nabc\nendstream' }))).toBe('circular reference');
    // The object stream's own entry says it is packed inside itself.
    expect(lite(withObjectStreams(seed, (entries, objStm) => entries.set(objStm, [2, objStm, 0])))).toBe('object stream that is not a plain object');
    expect(lite(update(seed, { 19: objectText(seed, 19).replace('/Kids[ 1 0 R', '/Kids[ 19 0 R 1 0 R') }))).toBe('page tree cycle');
  });

  it('arrays nested 100,000 deep in a content stream or an object: declined, no stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(lite(seedWithPage1(`${deep} TJ`))).toBe('operands nested too deep');
    const seed = fixture(SEED);
    expect(lite(update(seed, { 19: objectText(seed, 19).replace('/Type/Pages', `/Type/Pages /X ${deep}`) }))).toBe('objects nested too deep');
  });

  it('200,000 nested q, an operand array of 2 million numbers: declined, without holding them all', () => {
    expect(lite(seedWithPage1('q '.repeat(200_000)))).toBe('graphics states saved too deep');
    expect(lite(seedWithPage1(`[${'1 '.repeat(2_000_000)}] TJ`))).toBe('operand array too long');
  });

  it('a page of more text items than the limit: too-large from the fast path, as from pdf.js', async () => {
    // One item per line (each starts left of where the last one ended).
    const lines = Array.from({ length: MAX_PDF_PAGE_TEXT_ITEMS + 1 }, (_, k) => `BT /F1 12 Tf 72 ${700 - (k % 600)} Td <0102> Tj ET`).join('\n');
    const bytes = seedWithPage1(lines);
    expect(await pathOf(bytes)).toEqual({ path: 'fast', code: 'too-large' });
  }, 30_000);
});
