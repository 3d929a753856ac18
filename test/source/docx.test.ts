// The .docx reader on documents built here with the `docx` package: bold from
// runs and styles, Word list numbers rebuilt, line breaks, tables, and the parts
// that are not body text (headers, footers, footnotes, hidden text).
import { zipOf } from './hostile-inputs.js';
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/source/docx.js';
import { readSourceBytes } from '../../src/source/index.js';
import { InputError } from '../../src/source/types.js';

async function build(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function text(doc: Document): Promise<string> {
  return (await readDocx(await build(doc), 'test.docx')).text;
}

describe('docx reader', () => {
  it('marks bold runs, with spaces outside the markers and line breaks inside', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('Riêng các phòng: '),
                new TextRun({ text: 'Phòng Tài chính', bold: true }),
                new TextRun(' hoàn thành '),
                new TextRun({ text: 'trước ngày 20/11/2023.', bold: true }),
              ],
            }),
            new Paragraph({
              children: [new TextRun({ text: 'ỦY BAN NHÂN DÂN', bold: true }), new TextRun({ text: 'HUYỆN TUY PHƯỚC', bold: true, break: 1 })],
            }),
          ],
        },
      ],
    });
    expect(await text(doc)).toBe(
      'Riêng các phòng: **Phòng Tài chính** hoàn thành **trước ngày 20/11/2023.**\n\n**ỦY BAN NHÂN DÂN\nHUYỆN TUY PHƯỚC**',
    );
  });

  it('takes bold from character and paragraph styles unless the run turns it off', async () => {
    const doc = new Document({
      styles: {
        paragraphStyles: [{ id: 'Deadline', name: 'Deadline', basedOn: 'Normal', run: { bold: true } }],
        characterStyles: [{ id: 'Strong2', name: 'Strong2', run: { bold: true } }],
      },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Hoàn thành '), new TextRun({ text: 'trước ngày 10/12/2023', style: 'Strong2' })] }),
            new Paragraph({ style: 'Deadline', children: [new TextRun('Báo cáo '), new TextRun({ text: 'hằng tuần', bold: false })] }),
          ],
        },
      ],
    });
    expect(await text(doc)).toBe('Hoàn thành **trước ngày 10/12/2023**\n\n**Báo cáo** hằng tuần');
  });

  it('rebuilds Word list numbers from numbering.xml', async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'sections',
            levels: [
              { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
              { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
              { level: 3, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT },
            ],
          },
          {
            reference: 'from-five',
            levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 5, alignment: AlignmentType.LEFT }],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'MỤC ĐÍCH', numbering: { reference: 'sections', level: 0 } }),
            new Paragraph({ text: 'Phòng Nội vụ', numbering: { reference: 'sections', level: 1 } }),
            new Paragraph({ text: 'Rà soát', numbering: { reference: 'sections', level: 2 } }),
            new Paragraph({ text: 'Báo cáo', numbering: { reference: 'sections', level: 2 } }),
            new Paragraph({ text: 'trước ngày 15/12', numbering: { reference: 'sections', level: 3 } }),
            new Paragraph({ text: 'Văn phòng', numbering: { reference: 'sections', level: 1 } }),
            new Paragraph({ text: 'Tổng hợp', numbering: { reference: 'sections', level: 2 } }),
            new Paragraph({ text: 'TỔ CHỨC THỰC HIỆN', numbering: { reference: 'sections', level: 0 } }),
            new Paragraph({ text: 'Phòng Tài chính', numbering: { reference: 'from-five', level: 0 } }),
          ],
        },
      ],
    });
    expect((await text(doc)).split('\n\n')).toEqual([
      'I. MỤC ĐÍCH',
      '1. Phòng Nội vụ',
      'a) Rà soát',
      'b) Báo cáo',
      '- trước ngày 15/12',
      '2. Văn phòng',
      'a) Tổng hợp',
      'II. TỔ CHỨC THỰC HIỆN',
      '5. Phòng Tài chính',
    ]);
  });

  it('leaves headers, footers, footnotes and hidden text out of the body', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('Chú thích: trước ngày 01/01/2024')] } },
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('ĐẦU TRANG trước ngày 02/02/2024')] }) },
          footers: { default: new Footer({ children: [new Paragraph('Trang 1')] }) },
          children: [
            new Paragraph({ children: [new TextRun('Báo cáo trước ngày 15/12/2023'), new FootnoteReferenceRun(1)] }),
            new Paragraph({ children: [new TextRun('Hiển thị'), new TextRun({ text: ' ẩn', vanish: true })] }),
          ],
        },
      ],
    });
    expect(await text(doc)).toBe('Báo cáo trước ngày 15/12/2023\n\nHiển thị');
  });

  it('reads the (borderless) Decree 30 header table row by row, with the subject after the date', async () => {
    const cell = (...paras: Paragraph[]) => new TableCell({ children: paras, width: { size: 4500, type: WidthType.DXA } });
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({
              borders: TableBorders.NONE,
              rows: [
                new TableRow({
                  children: [
                    cell(new Paragraph({ children: [new TextRun({ text: 'ỦY BAN NHÂN DÂN', bold: true }), new TextRun({ text: 'HUYỆN TUY PHƯỚC', bold: true, break: 1 })] })),
                    cell(new Paragraph({ children: [new TextRun({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true })] })),
                  ],
                }),
                new TableRow({
                  children: [
                    cell(new Paragraph({ children: [new TextRun('Số: /UBND-NV'), new TextRun({ text: 'V/v khẩn trương, đôn đốc', break: 1 }), new TextRun({ text: 'thực hiện nhiệm vụ', break: 1 })] })),
                    cell(new Paragraph('Tuy Phước, ngày 06 tháng 11 năm 2023')),
                  ],
                }),
              ],
            }),
            new Paragraph('Kính gửi: Các phòng chuyên môn.'),
          ],
        },
      ],
    });
    expect((await text(doc)).split('\n\n')).toEqual([
      '**ỦY BAN NHÂN DÂN\nHUYỆN TUY PHƯỚC**',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
      'Số: /UBND-NV',
      'Tuy Phước, ngày 06 tháng 11 năm 2023',
      'V/v khẩn trương, đôn đốc\nthực hiện nhiệm vụ',
      'Kính gửi: Các phòng chuyên môn.',
    ]);
  });

  it('keeps a ruled task table as a table, with merged cells (gridSpan, vMerge)', async () => {
    const cell = (c: string, opts: { columnSpan?: number; verticalMerge?: 'restart' | 'continue' } = {}) =>
      new TableCell({ children: [new Paragraph(c)], ...opts });
    const rows = [
      new TableRow({ children: ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'].map((c) => cell(c)) }),
      new TableRow({ children: [cell('I. Cải cách thể chế', { columnSpan: 4 })] }),
      new TableRow({ children: [cell('1'), cell('Rà soát TTHC'), cell('Văn phòng', { verticalMerge: 'restart' }), cell('Quý IV/2025')] }),
      new TableRow({ children: [cell('2'), cell('Số hóa hồ sơ'), cell('', { verticalMerge: 'continue' }), cell('Năm 2026')] }),
    ];
    const bytes = await build(new Document({ sections: [{ children: [new Table({ rows })] }] }));
    const source = await readDocx(bytes, 'bang.docx');
    const t = source.tables ?? [];
    expect(t).toHaveLength(1);
    const read = t[0].rows.map((r) => r.cells.map((c) => ({ text: source.text.slice(c.start, c.end), colSpan: c.colSpan, rowSpan: c.rowSpan })));
    expect(read[1]).toEqual([{ text: 'I. Cải cách thể chế', colSpan: 4, rowSpan: 1 }]);
    // The merged "Văn phòng" covers two rows; the row it continues into has no cell of its own there.
    expect(read[2][2]).toEqual({ text: 'Văn phòng', colSpan: 1, rowSpan: 2 });
    expect(read[3].map((c) => c.text)).toEqual(['2', 'Số hóa hồ sơ', 'Năm 2026']);
    // The text is the web form of the corpus .md files.
    expect(source.text.startsWith('|\nTT\n|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\nThời gian hoàn thành\n|\n|\nI. Cải cách thể chế\n|\n|\n1\n|')).toBe(true);
  });

  it('converts text typed in the old TCVN3 fonts (.VnTime, capitals in .VnTimeH)', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: 'c«ng v¨n', font: '.VnTimeH', bold: true })] }),
            new Paragraph({ children: [new TextRun({ text: 'Uû ban nh©n d©n huyÖn yªu cÇu b¸o c¸o tr­íc ngµy 15/12/2023.', font: '.VnTime' })] }),
            new Paragraph({ children: [new TextRun({ text: 'Phòng Nội vụ', font: 'Times New Roman' })] }),
          ],
        },
      ],
    });
    expect((await text(doc)).split('\n\n')).toEqual(['**CÔNG VĂN**', 'Uỷ ban nhân dân huyện yêu cầu báo cáo trước ngày 15/12/2023.', 'Phòng Nội vụ']);
  });

  it('reads a ruled two-column table by rows, a borderless one (layout) by cells', async () => {
    const rows = [
      ['Nhiệm vụ', 'Thời hạn'],
      ['Rà soát TTHC', 'Trước 30/11/2023'],
    ];
    const table = (borders: boolean) =>
      new Table({
        ...(borders ? {} : { borders: TableBorders.NONE }),
        rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
      });
    expect(await text(new Document({ sections: [{ children: [table(true)] }] }))).toBe('Nhiệm vụ\nThời hạn\n\nRà soát TTHC\nTrước 30/11/2023');
    expect(await text(new Document({ sections: [{ children: [table(false)] }] }))).toBe('Nhiệm vụ\n\nThời hạn\n\nRà soát TTHC\n\nTrước 30/11/2023');
  });

  it('escapes a typed "**" (it would read as bold) and keeps single asterisks', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('Chỉ tiêu (*) đạt 100% **ghi chú')] }] });
    expect(await text(doc)).toBe('Chỉ tiêu (*) đạt 100% \\*\\*ghi chú');
  });

  it('is chosen by content, whatever the extension', async () => {
    const bytes = await build(new Document({ sections: [{ children: [new Paragraph('Nội dung')] }] }));
    const source = await readSourceBytes(bytes, 'van-ban.txt');
    expect(source).toEqual({ text: 'Nội dung', tables: [], format: 'docx', encoding: null });
  });
});

/** A one-part ZIP whose part declares `declared` bytes and holds `data` deflated. */
function zipWith(name: string, data: Uint8Array, declared: number): Uint8Array {
  return zipOf({ [name]: data }, { declared: { [name]: declared } });
}

describe('docx reader on hostile archives', () => {
  const code = async (bytes: Uint8Array) => {
    try {
      await readDocx(bytes, 'x.docx');
      return 'no error';
    } catch (err) {
      return err instanceof InputError ? err.code : String(err);
    }
  };

  it('stops a part that inflates beyond the size it declares (a lying zip bomb)', async () => {
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const bytes = zipWith('word/document.xml', zeros, 1000);
    const start = performance.now();
    expect(await code(bytes)).toBe('too-large');
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('refuses a part that declares a huge inflation ratio before inflating it', async () => {
    expect(await code(zipWith('word/document.xml', new Uint8Array(1000), 900 * 1024 * 1024))).toBe('too-large');
  });

  it('says a zip without a Word document is not a .docx', async () => {
    expect(await code(zipWith('notes.txt', new TextEncoder().encode('hello'), 5))).toBe('not-docx');
  });

  it('says a document.xml that is not XML makes a damaged file', async () => {
    const bytes = zipWith('word/document.xml', new TextEncoder().encode('<w:document><w:body'), 20);
    expect(await code(bytes)).toBe('damaged-docx');
  });

  it('tells a password-protected .docx (an OLE container) from an old .doc', async () => {
    const ole = (extra: Uint8Array) => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504), ...extra]);
    const stream = new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le'));
    await expect(readSourceBytes(ole(stream), 'bao-mat.docx')).rejects.toMatchObject({ code: 'docx-encrypted' });
    await expect(readSourceBytes(ole(new Uint8Array(64)), 'cu.doc')).rejects.toMatchObject({ code: 'legacy-doc' });
  });

  it('says a document.xml nested absurdly deep is damaged, without overflowing the stack', async () => {
    const deep = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + '<w:tbl><w:tr><w:tc>'.repeat(5000) + '</w:tc></w:tr></w:tbl>'.repeat(5000) + '</w:body></w:document>';
    const bytes = zipWith('word/document.xml', new TextEncoder().encode(deep), deep.length);
    expect(await code(bytes)).toBe('damaged-docx');
  });
});
