// PDF reading order on pages typeset here (positions in points, y upwards, as
// pdf.js gives them): the two-column header, paragraphs by spacing, indent and
// bullets, paragraphs across pages, running lines and page numbers dropped.
import { describe, expect, it } from 'vitest';
import { layoutPages, type PageText, type TextItem } from '../../src/source/pdf-layout.js';
import { joinBody } from '../../src/source/paragraphs.js';

const LEFT = 85;
const RIGHT = 538;
const INDENT = 113;
const SIZE = 14;
const PITCH = 18.5;
const PARA = 28.5;

/** One text item; `width` defaults to an estimate, `right` pins the end (justified lines). */
function item(str: string, x: number, y: number, opts: { bold?: boolean; size?: number; right?: number } = {}): TextItem {
  const size = opts.size ?? SIZE;
  const width = opts.right !== undefined ? opts.right - x : str.length * size * 0.45;
  return { str, x, y, width, size, bold: opts.bold ?? false };
}

function page(items: TextItem[]): PageText {
  return { width: 595, height: 842, items };
}

const read = (pages: PageText[]) => joinBody(layoutPages(pages)).text;

describe('pdf layout', () => {
  it('reads the header table row by row and body paragraphs by their spacing', () => {
    const y0 = 773;
    const text = read([
      page([
        item('ỦY BAN NHÂN DÂN', 132, y0, { bold: true, size: 13 }),
        item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 319, y0, { bold: true, size: 13, right: 521 }),
        item('HUYỆN TUY PHƯỚC', 129, y0 - 17, { bold: true, size: 13 }),
        // The motto's first line wrapped in its cell: "VIỆT NAM" did not fit.
        item('VIỆT NAM', 387, y0 - 17, { bold: true, size: 13, right: 453 }),
        item('Độc lập – Tự do – Hạnh phúc', 338, y0 - 34, { bold: true, size: 13, right: 502 }),
        item('Số: /UBND-NV', 151, y0 - 62, { size: 13 }),
        item('Tuy Phước, ngày 06 tháng 11 năm 2023', 320, y0 - 62, { size: 13, right: 520 }),
        item('V/v khẩn trương, đôn đốc', 126, y0 - 79, { size: 13 }),
        item('thực hiện một số nhiệm vụ', 124, y0 - 96, { size: 13 }),
        item('Thời gian qua, được sự quan tâm chỉ đạo quyết liệt của UBND huyện, sự', INDENT, 614, { right: RIGHT }),
        item('nỗ lực, phấn đấu của các cơ quan, đơn vị, địa phương, công tác cải', LEFT, 614 - PITCH, { right: RIGHT }),
        item('cách hành chính đạt kết quả tích cực.', LEFT, 614 - 2 * PITCH),
        item('1. Phòng Nội vụ huyện', INDENT, 614 - 2 * PITCH - PARA),
        item('- Tham mưu, hoàn thành', INDENT, 614 - 2 * PITCH - 2 * PARA, { right: 270 }),
        item('trước ngày 30/11/2023', 274, 614 - 2 * PITCH - 2 * PARA, { bold: true, right: 420 }),
        item('.', 420, 614 - 2 * PITCH - 2 * PARA, { right: 424 }),
      ]),
    ]);
    expect(text.split('\n\n')).toEqual([
      '**ỦY BAN NHÂN DÂN\nHUYỆN TUY PHƯỚC**',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc**',
      'Số: /UBND-NV',
      'Tuy Phước, ngày 06 tháng 11 năm 2023',
      'V/v khẩn trương, đôn đốc\nthực hiện một số nhiệm vụ',
      'Thời gian qua, được sự quan tâm chỉ đạo quyết liệt của UBND huyện, sự nỗ lực, phấn đấu của các cơ quan, đơn vị, địa phương, công tác cải cách hành chính đạt kết quả tích cực.',
      '1. Phòng Nội vụ huyện',
      '- Tham mưu, hoàn thành **trước ngày 30/11/2023**.',
    ]);
  });

  it('continues a paragraph across pages and drops running headers and page numbers', () => {
    const running = (n: number) => [item('Công văn số 1801/UBND-NV', 250, 810, { size: 11 }), item(`- ${n} -`, 290, 30, { size: 11 })];
    const full = (s: string, x: number, y: number) => item(s, x, y, { right: RIGHT });
    const text = read([
      page([...running(1), full('Phòng Tài nguyên và Môi trường chủ trì rà soát, cập nhật hồ sơ', INDENT, 760), full('địa chính của các xã, thị trấn trên địa bàn huyện và báo cáo kết', LEFT, 760 - PITCH)]),
      page([...running(2), item('quả về UBND huyện trước ngày 15/12/2023.', LEFT, 760), item('Giao Phòng Nội vụ theo dõi.', INDENT, 760 - PARA)]),
      page([...running(3), item('Nơi nhận: như trên.', LEFT, 760)]),
    ]);
    expect(text.split('\n\n')).toEqual([
      'Phòng Tài nguyên và Môi trường chủ trì rà soát, cập nhật hồ sơ địa chính của các xã, thị trấn trên địa bàn huyện và báo cáo kết quả về UBND huyện trước ngày 15/12/2023.',
      'Giao Phòng Nội vụ theo dõi.',
      'Nơi nhận: như trên.',
    ]);
  });

  it('keeps a date at the foot of a page that only looks like a page number', () => {
    const text = read([page([item('Tổ chức thực hiện trong tháng', INDENT, 100), item('3/2018', LEFT, 69)])]);
    expect(text).toContain('3/2018');
  });

  it('joins a number broken after its hyphen without a space', () => {
    const text = read([
      page([
        item('Thực hiện Quyết định số 3057/QĐ-', INDENT, 700, { right: RIGHT }),
        item('UBND ngày 21/9/2023 của UBND tỉnh.', LEFT, 700 - PITCH),
      ]),
    ]);
    expect(text).toBe('Thực hiện Quyết định số 3057/QĐ-UBND ngày 21/9/2023 của UBND tỉnh.');
  });

  it('keeps a manual line break that justification stretched to the margin', () => {
    const text = read([
      page([
        item('Theo', LEFT, 700, { right: 114 }),
        item('kế', 301, 700, { right: 314 }),
        item('hoạch:', 501, 700, { right: RIGHT }),
        item('Ngày 06/9, Đoàn sẽ xuất phát từ thị xã Lai Châu tới huyện Tam Đường.', LEFT, 700 - PITCH),
      ]),
    ]);
    expect(text).toBe('Theo kế hoạch:\nNgày 06/9, Đoàn sẽ xuất phát từ thị xã Lai Châu tới huyện Tam Đường.');
  });

  it('without paragraph spacing, tells paragraphs by indents and short lines', () => {
    const text = read([
      page([
        item('Ủy ban nhân dân tỉnh giao các sở, ngành khẩn trương triển khai thực', INDENT, 700, { right: RIGHT }),
        item('hiện các nội dung trên.', LEFT, 700 - PITCH),
        item('Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan tham mưu', INDENT, 700 - 2 * PITCH, { right: RIGHT }),
        item('bố trí kinh phí.', LEFT, 700 - 3 * PITCH),
        item('- Báo cáo kết quả trước ngày 20/12/2023;', INDENT, 700 - 4 * PITCH),
        item('- Tổng hợp chung.', INDENT, 700 - 5 * PITCH),
      ]),
    ]);
    expect(text.split('\n\n')).toEqual([
      'Ủy ban nhân dân tỉnh giao các sở, ngành khẩn trương triển khai thực hiện các nội dung trên.',
      'Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan tham mưu bố trí kinh phí.',
      '- Báo cáo kết quả trước ngày 20/12/2023;',
      '- Tổng hợp chung.',
    ]);
  });

  it('keeps a task table as a table: a row per line starting in the first column, a cell per column, wrapped cells joined', () => {
    const cols = [90, 120, 330, 450];
    const row = (y: number, cells: Array<string | null>, bold = false) =>
      cells.flatMap((c, k) => (c === null ? [] : [item(c, cols[k], y, { size: 13, bold: bold && k > 0 })]));
    const body = joinBody(
      layoutPages([
        page([
          item('Giao các đơn vị thực hiện các nhiệm vụ sau:', INDENT, 760),
          ...row(730, ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'], true),
          ...row(705, ['1', 'Rà soát, cập nhật thủ tục', 'Văn phòng', 'Trước']),
          ...row(688, [null, 'hành chính trên Cổng dịch vụ', null, '30/11/2023']),
          ...row(671, [null, 'công quốc gia', null, null]),
          ...row(646, ['2', 'Đánh giá, xếp loại công chức', 'Phòng Nội vụ', '15/12/2023']),
          item('Yêu cầu các đơn vị nghiêm túc thực hiện.', INDENT, 610),
        ]),
      ]),
    );
    // The text is the web form the .md files use ("|" around cells, "|" "|" between rows) …
    expect(body.text.split('\n\n')).toEqual([
      'Giao các đơn vị thực hiện các nhiệm vụ sau:',
      [
        '|', 'TT', '|', '**Nhiệm vụ**', '|', '**Đơn vị chủ trì**', '|', '**Thời hạn**', '|',
        '|', '1', '|', 'Rà soát, cập nhật thủ tục hành chính trên Cổng dịch vụ công quốc gia', '|', 'Văn phòng', '|', 'Trước 30/11/2023', '|',
        '|', '2', '|', 'Đánh giá, xếp loại công chức', '|', 'Phòng Nội vụ', '|', '15/12/2023', '|',
      ].join('\n'),
      'Yêu cầu các đơn vị nghiêm túc thực hiện.',
    ]);
    // … and the tree keeps the table: rows of cells as ranges of that text.
    expect(body.tables).toHaveLength(1);
    const cells = body.tables[0].rows.map((r) => r.cells.map((c) => body.text.slice(c.start, c.end)));
    expect(cells).toEqual([
      ['TT', '**Nhiệm vụ**', '**Đơn vị chủ trì**', '**Thời hạn**'],
      ['1', 'Rà soát, cập nhật thủ tục hành chính trên Cổng dịch vụ công quốc gia', 'Văn phòng', 'Trước 30/11/2023'],
      ['2', 'Đánh giá, xếp loại công chức', 'Phòng Nội vụ', '15/12/2023'],
    ]);
  });

  it('keeps a merged heading row under a bold header row, and starts a row at each number of the TT column', () => {
    const cols = [90, 130, 380];
    const row = (y: number, cells: Array<string | null>, bold = false) =>
      cells.flatMap((c, k) => (c === null ? [] : [item(c, cols[k], y, { size: 13, bold })]));
    const body = joinBody(
      layoutPages([
        page([
          ...row(730, ['TT', 'Chỉ tiêu', 'Chủ trì'], true),
          item('I. Kinh tế số', cols[1], 710, { size: 13, bold: true }),
          ...row(690, ['1', 'Kinh tế số chiếm 45% GRDP tỉnh.', 'Sở Tài chính']),
          ...row(672, ['2', 'Phát triển 05 bộ dữ liệu mở hằng năm.', 'Sở Khoa học và Công nghệ']),
        ]),
      ]),
    );
    expect(body.tables).toHaveLength(1);
    const cells = body.tables[0].rows.map((r) => r.cells.map((c) => body.text.slice(c.start, c.end)).filter(Boolean));
    expect(cells).toEqual([
      ['**TT**', '**Chỉ tiêu**', '**Chủ trì**'],
      ['**I. Kinh tế số**'],
      ['1', 'Kinh tế số chiếm 45% GRDP tỉnh.', 'Sở Tài chính'],
      ['2', 'Phát triển 05 bộ dữ liệu mở hằng năm.', 'Sở Khoa học và Công nghệ'],
    ]);
  });

  it('leaves footnote marks and footnotes out of the body, but not a small-print Nơi nhận', () => {
    const text = read([
      page([
        item('Thực hiện Kế hoạch số 97/KH-UBND', INDENT, 700, { right: 330 }),
        item('1', 331, 705, { size: 8 }),
        item(' của UBND huyện, hoàn thành trước ngày 30/11/2023.', 333, 700),
        item('Giao Phòng Nội vụ theo dõi, báo cáo.', INDENT, 700 - PARA),
        item('1 Kế hoạch tổ chức tọa đàm, ban hành ngày 22/8/2023.', LEFT, 80, { size: 10 }),
      ]),
      page([
        item('Yêu cầu các đơn vị thực hiện.', INDENT, 760),
        item('Nơi nhận:', LEFT, 700, { size: 11 }),
        item('- Như trên;', LEFT, 686, { size: 11 }),
        item('- Lưu: VT.', LEFT, 672, { size: 11 }),
      ]),
    ]);
    expect(text).not.toContain('22/8/2023');
    expect(text).toContain('97/KH-UBND của UBND huyện, hoàn thành trước ngày 30/11/2023.');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('- Lưu: VT.');
  });

  it('returns NFC text when the PDF carries decomposed letters', () => {
    const text = read([page([item('Phòng Nội vụ huyện'.normalize('NFD'), LEFT, 700)])]);
    expect(text).toBe('Phòng Nội vụ huyện');
    expect(text).toBe(text.normalize('NFC'));
  });
});
