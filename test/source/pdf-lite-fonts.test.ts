// Fonts the corpus does not use, item by item against pdf.js's own text items:
// a simple TrueType font with WinAnsi and /Differences and no ToUnicode, a
// Type1 font in a CFF (Type1C) program, an Identity-H Type0 font with /W, /DW
// and a ToUnicode map of ranges in both forms. The PDFs are built here; the
// TrueType program is the seed's embedded LiberationSerif subset.
import { describe, expect, it } from 'vitest';
import { importExternal } from '../../src/source/external.js';
import { readPdfLite, type LitePageText } from '../../src/source/pdf-lite/index.js';
import { fixture, flate, latin1, streamOf } from './pdf-lite-inputs.js';

type Obj = string | { dict: string; data: Uint8Array | string };

/** A one-page PDF from numbered objects (1: catalog, 2: pages, 3: page are made here). */
function pdf(content: string, fonts: Record<string, string>, objects: Record<number, Obj>): Uint8Array {
  const all: Record<number, Obj> = {
    1: '<< /Type /Catalog /Pages 2 0 R >>',
    2: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    3: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << ${Object.entries(fonts)
      .map(([k, v]) => `/${k} ${v}`)
      .join(' ')} >> >> /Contents 4 0 R >>`,
    4: { dict: '/Filter /FlateDecode', data: flate(content) },
    ...objects,
  };
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  const max = Math.max(...Object.keys(all).map(Number));
  for (let n = 1; n <= max; n++) {
    const o = all[n];
    if (o === undefined) continue;
    offsets[n] = out.length;
    if (typeof o === 'string') out += `${n} 0 obj\n${o}\nendobj\n`;
    else {
      const data = typeof o.data === 'string' ? o.data : latin1(o.data);
      out += `${n} 0 obj\n<< ${o.dict} /Length ${data.length} >>\nstream\n${data}\nendstream\nendobj\n`;
    }
  }
  const xref = out.length;
  out += `xref\n0 ${max + 1}\n0000000000 65535 f \n`;
  for (let n = 1; n <= max; n++) out += offsets[n] === undefined ? '0000000000 65535 f \n' : `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${max + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** The seed's LiberationSerif subset (a real TrueType program) as a FontFile2 stream. */
function trueTypeProgram(): Obj {
  const seed = fixture('tuy-phuoc-cchc-2023.pdf');
  const data = streamOf(seed, 25);
  return { dict: `/Length1 ${data.length} /Filter /FlateDecode`, data: flate(data) };
}

/** A minimal CFF font program (three empty glyphs), optionally with a FontMatrix in its top DICT. */
function cffProgram(fontMatrix?: string): Obj {
  const name = Buffer.from('TestCFF', 'latin1');
  const int16 = (v: number) => [28, (v >> 8) & 255, v & 255];
  const real = (s: string) => {
    const nib: number[] = [];
    for (const ch of s) nib.push(ch === '.' ? 10 : ch === '-' ? 14 : Number(ch));
    nib.push(15);
    if (nib.length % 2) nib.push(15);
    const out = [30];
    for (let i = 0; i < nib.length; i += 2) out.push((nib[i] << 4) | nib[i + 1]);
    return out;
  };
  const build = (charStringsAt: number) => {
    const top = [...(fontMatrix ? [...fontMatrix.split(' ').flatMap(real), 12, 7] : []), ...int16(charStringsAt), 17, ...int16(0), ...int16(0), 18];
    return top;
  };
  const index = (items: number[][]) => {
    if (items.length === 0) return [0, 0];
    const offs = [1];
    for (const it of items) offs.push(offs[offs.length - 1] + it.length);
    return [(items.length >> 8) & 255, items.length & 255, 1, ...offs, ...items.flat()];
  };
  const header = [1, 0, 4, 1];
  const names = index([[...name]]);
  let top = build(0);
  const fixed = () => header.length + names.length + index([top]).length + 2 + 2;
  top = build(fixed());
  const bytes = [...header, ...names, ...index([top]), 0, 0, 0, 0, ...index([[14], [14], [14]])];
  return { dict: '/Subtype /Type1C /Filter /FlateDecode', data: flate(new Uint8Array(bytes)) };
}

const toUnicode = (body: string): Obj => ({ dict: '/Filter /FlateDecode', data: flate(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def /CMapType 2 def ${body} endcmap CMapName currentdict /CMap defineresource pop end end`) });

const widths = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => 400 + ((k * 37) % 300)).join(' ');

async function pdfjsItems(bytes: Uint8Array) {
  const g = globalThis as { pdfjsWorker?: unknown };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  g.pdfjsWorker ??= await importExternal('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0, maxImageSize: 0, useWasm: false }).promise;
  const page = await doc.getPage(1);
  const { width, height } = page.getViewport({ scale: 1 });
  const items = (await page.getTextContent()).items as Array<{ str: string; transform: number[]; width: number; fontName: string }>;
  await page.getOperatorList();
  const out = items.map((it) => ({ str: it.str, transform: it.transform, width: it.width, font: (page.commonObjs.get(it.fontName) as { name: string }).name }));
  await doc.destroy();
  return { width, height, items: out };
}

function liteItems(bytes: Uint8Array) {
  const r = readPdfLite(bytes, { maxPages: 10, page() {}, item() {}, tick() {} });
  if ('unsupported' in r) return r.unsupported;
  const p: LitePageText = r.pages[0];
  return { width: p.width, height: p.height, items: p.items.map((it) => ({ str: it.str, transform: it.transform, width: it.width, font: it.fontName === null ? '' : r.fontNames.get(it.fontName)! })) };
}

const TEXT = 'BT /F1 12 Tf 72 700 Td (Ph\\362ng N\\364i v\\371 b\\341o c\\341o) Tj 0 -16 Td 2 Tc [(ABC) -400 (Hello) 120 (World)] TJ 0 Tc 0 -16 Td (\\200 \\226 \\227 \\351t\\351) Tj ET';

describe('pdf-lite fonts, item by item as pdf.js', () => {
  it('a simple TrueType font with WinAnsi and no ToUnicode', async () => {
    const bytes = pdf(TEXT, { F1: '5 0 R' }, {
      5: `<< /Type /Font /Subtype /TrueType /BaseFont /CAAAAA+LiberationSerif /FirstChar 32 /LastChar 255 /Widths [${widths(32, 255)}] /Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>`,
      6: '<< /Type /FontDescriptor /FontName /CAAAAA+LiberationSerif /Flags 32 /FontBBox [-543 -303 1277 981] /ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 981 /StemV 80 /FontFile2 7 0 R >>',
      7: trueTypeProgram(),
    });
    const mine = liteItems(bytes);
    expect(typeof mine).not.toBe('string');
    expect(mine).toEqual(await pdfjsItems(bytes));
  });

  it('WinAnsi with /Differences (glyph names of Vietnamese letters, uniXXXX names)', async () => {
    const bytes = pdf(TEXT, { F1: '5 0 R' }, {
      5: `<< /Type /Font /Subtype /TrueType /BaseFont /CAAAAA+LiberationSerif-Bold /FirstChar 32 /LastChar 255 /Widths [${widths(32, 255)}] /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [65 /Abreve /uni1EA0 /ohorn 242 /uni01B0 /.notdef] >> /FontDescriptor 6 0 R >>`,
      6: '<< /Type /FontDescriptor /FontName /CAAAAA+LiberationSerif-Bold /Flags 32 /FontBBox [-543 -303 1277 981] /ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 981 /StemV 80 /FontFile2 7 0 R >>',
      7: trueTypeProgram(),
    });
    const mine = liteItems(bytes);
    expect(typeof mine).not.toBe('string');
    expect(JSON.stringify(mine)).toContain('Ă');
    expect(mine).toEqual(await pdfjsItems(bytes));
  });

  it('a Type1 font in a CFF program, with ToUnicode; an unusual FontMatrix in the program is declined', async () => {
    const font = (program: Obj) =>
      pdf(TEXT, { F1: '5 0 R' }, {
        5: `<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+TestCFF /FirstChar 32 /LastChar 255 /Widths [${widths(32, 255)}] /Encoding /WinAnsiEncoding /ToUnicode 8 0 R /FontDescriptor 6 0 R >>`,
        6: '<< /Type /FontDescriptor /FontName /ABCDEF+TestCFF /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile3 7 0 R >>',
        7: program,
        8: toUnicode('1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfrange <20> <7E> <0020> <80> <FF> <00C0> endbfrange'),
      });
    const bytes = font(cffProgram());
    const mine = liteItems(bytes);
    expect(typeof mine).not.toBe('string');
    expect(mine).toEqual(await pdfjsItems(bytes));
    expect(liteItems(font(cffProgram('0.002 0 0 0.002 0 0')))).toBe('CFF font with an unusual FontMatrix');
  });

  it('a Type0 font, Identity-H, with /W (both forms), /DW and a ToUnicode of bfchar and bfrange (both forms)', async () => {
    const content = 'BT /F0 12 Tf 72 700 Td <000100020003> Tj 0 -16 Td [<0010> -300 <00110012> 50 <0020000A>] TJ 0 -16 Td 3 Tw <00200030002000310032> Tj ET';
    const bytes = pdf(content, { F0: '5 0 R' }, {
      5: '<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+LiberationSerif /Encoding /Identity-H /DescendantFonts [9 0 R] /ToUnicode 8 0 R >>',
      9: '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+LiberationSerif /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 777 /W [1 [500 600 650] 16 18 720 32 [250] 48 50 480] /CIDToGIDMap /Identity >>',
      6: '<< /Type /FontDescriptor /FontName /ABCDEF+LiberationSerif /Flags 4 /FontBBox [-543 -303 1277 981] /ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 981 /StemV 80 /FontFile2 7 0 R >>',
      7: trueTypeProgram(),
      8: toUnicode(
        '1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfchar <000A> <0021> <0020> <0020> endbfchar 3 beginbfrange <0001> <0003> [<0050> <0068> <00F2>] <0010> <0012> <1EA0> <0030> <0032> <0110> endbfrange',
      ),
    });
    const mine = liteItems(bytes);
    expect(typeof mine).not.toBe('string');
    expect(JSON.stringify(mine)).toContain('Ạ');
    expect(mine).toEqual(await pdfjsItems(bytes));
  });

  it('declines a symbolic TrueType font without ToUnicode or encoding (pdf.js reads its cmap table)', () => {
    const bytes = pdf(TEXT, { F1: '5 0 R' }, {
      5: `<< /Type /Font /Subtype /TrueType /BaseFont /CAAAAA+LiberationSerif /FirstChar 32 /LastChar 255 /Widths [${widths(32, 255)}] /FontDescriptor 6 0 R >>`,
      6: '<< /Type /FontDescriptor /FontName /CAAAAA+LiberationSerif /Flags 4 /FontBBox [-543 -303 1277 981] /ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 981 /StemV 80 /FontFile2 7 0 R >>',
      7: trueTypeProgram(),
    });
    expect(liteItems(bytes)).toBe('symbolic TrueType font without ToUnicode or encoding');
  });
});
