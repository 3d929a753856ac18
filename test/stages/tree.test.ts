// The document tree end to end: task tables, regulations and appendices, read the
// same way whatever the reader (.md web form here; the readers' own table tests
// are in test/source).
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse.js';

const HEADER = (type: string, number: string) => `**ỦY BAN NHÂN DÂN
TỈNH AN GIANG**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc**

Số: ${number}

An Giang, ngày 10 tháng 11 năm 2025

**${type}**

`;

const SIGNATURE = `
**TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**

**Nguyễn Văn A**

`;

/** A table in the web form the corpus .md files use: a "|" line around each cell, "|" "|" between rows. */
function webTable(rows: string[][]): string {
  return `|\n${rows.map((r) => r.map((c) => (c ? `${c}\n|` : '|')).join('\n')).join('\n|\n')}\n\n`;
}

describe('task tables', () => {
  const table = webTable([
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'],
    ['', '**I. Cải cách thể chế**', '', '', '', ''],
    ['1', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Sở Nội vụ; Văn phòng UBND tỉnh', 'Quý IV/2025', 'Báo cáo rà soát'],
    ['2', 'Số hóa hồ sơ', 'Sở Khoa học và Công nghệ', '', 'Năm 2025 - 2026', 'Cơ sở dữ liệu'],
    ['', '**II. Hiện đại hóa**', '', '', '', ''],
    ['1', 'Báo cáo kết quả thực hiện', 'Các sở, ngành; UBND cấp xã', 'Sở Nội vụ', 'Hằng năm', ''],
  ]);
  const doc = parseText(`${HEADER('KẾ HOẠCH', '12/KH-UBND')}Triển khai các nhiệm vụ tại Phụ lục kèm theo.\n\n${SIGNATURE}**PHỤ LỤC**\n\nNHIỆM VỤ CỤ THỂ\n\n${table}`);

  it('gives a task per row, its units from the chủ trì and phối hợp columns', () => {
    const rows = doc.tasks.filter((t) => t.id.startsWith('bang'));
    expect(rows.map((t) => [t.id, t.text, t.lead, t.support])).toEqual([
      ['bang1.I.1', 'Rà soát thủ tục hành chính', ['Sở Tư pháp'], ['Sở Nội vụ', 'Văn phòng UBND tỉnh']],
      ['bang1.I.2', 'Số hóa hồ sơ', ['Sở Khoa học và Công nghệ'], []],
      ['bang1.II.1', 'Báo cáo kết quả thực hiện', ['Các sở, ngành', 'UBND cấp xã'], ['Sở Nội vụ']],
    ]);
  });

  it('reads the time column: a quarter, a range of years (the end of the last), a rhythm', () => {
    const dl = (id: string) => doc.tasks.find((t) => t.id === id)?.deadlines.map((d) => [d.date ?? d.rrule, d.relation]);
    expect(dl('bang1.I.1')).toEqual([['2025-12-31', 'by']]);
    expect(dl('bang1.I.2')).toEqual([['2026-12-31', 'by']]);
    expect(doc.tasks.find((t) => t.id === 'bang1.II.1')?.deadlines[0]?.rrule).toMatch(/^FREQ=YEARLY/);
  });

  it('keeps the product column, and the merged heading rows as sections of the table', () => {
    expect(doc.tasks.find((t) => t.id === 'bang1.I.1')?.product).toBe('Báo cáo rà soát');
    expect(doc.tasks.find((t) => t.id === 'bang1.II.1')?.product).toBeUndefined();
    expect(doc.sections.filter((s) => s.id.startsWith('bang')).map((s) => [s.id, s.kind, s.title])).toEqual([
      ['bang1', 'table', 'TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm'],
      ['bang1.I', 'table-row', 'I. Cải cách thể chế'],
      ['bang1.II', 'table-row', 'II. Hiện đại hóa'],
    ]);
  });

  it('a statistical table (Chỉ tiêu | ĐVT | years) gives neither tasks nor targets', () => {
    const stats = webTable([
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2025', 'Năm 2026'],
      ['1', 'Tỷ lệ hồ sơ trực tuyến', '%', '80', '90'],
    ]);
    const d = parseText(`${HEADER('KẾ HOẠCH', '13/KH-UBND')}Sở Nội vụ hoàn thành trước ngày 30/12/2025.\n\n${stats}`);
    expect(d.tasks.map((t) => t.text)).toEqual(['Sở Nội vụ hoàn thành trước ngày 30/12/2025.']);
    expect(d.targets).toEqual([]);
  });
});

describe('regulations', () => {
  const body = `**QUYẾT ĐỊNH**

**Ban hành Quy chế phối hợp**

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế phối hợp.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 20 tháng 11 năm 2025.
${SIGNATURE}
**QUY CHẾ**

**Phối hợp trong quản lý**

*(Ban hành kèm theo Quyết định số 26/2025/QĐ-UBND ngày 10/11/2025)*

**Chương I**

**QUY ĐỊNH CHUNG**

**Điều 1. Phạm vi điều chỉnh**

Quy chế này quy định việc phối hợp.

**Chương II**

**TRÁCH NHIỆM**

**Điều 5. Trách nhiệm của Sở Nội vụ**

1. Tổng hợp, báo cáo kết quả thực hiện trước ngày 15 tháng 12 hằng năm.

2. Sở Tài chính: bố trí kinh phí trước ngày 31/12/2025.

**Điều 6. Nhiệm vụ, quyền hạn của Ủy ban nhân dân cấp xã**

Báo cáo định kỳ hằng quý về Sở Nội vụ.
`;
  const doc = parseText(HEADER('QUYẾT ĐỊNH', '26/2025/QĐ-UBND') + body.replace(/^\*\*QUYẾT ĐỊNH\*\*\n\n/u, ''));

  it('nests Chương / Điều / Khoản in a part of their own, after the decision', () => {
    const kinds = doc.sections.map((s) => [s.id, s.kind]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['phan1', 'part'],
        ['phan1.chuongi', 'chapter'],
        ['phan1.dieu1', 'article'],
        ['phan1.chuongii', 'chapter'],
        ['phan1.dieu5', 'article'],
        ['phan1.dieu6', 'article'],
      ]),
    );
    // The decision's own articles come before the part and are not inside it.
    const part = doc.sections.findIndex((s) => s.id === 'phan1');
    expect(doc.sections.slice(0, part).every((s) => !s.id.startsWith('phan1'))).toBe(true);
  });

  it('gives an article’s duties to the body its title names, unless a clause names another', () => {
    const task = (text: string) => doc.tasks.find((t) => t.text.includes(text));
    expect(task('Tổng hợp, báo cáo')).toMatchObject({ section: 'phan1.dieu5', lead: ['Sở Nội vụ'] });
    expect(task('Tổng hợp, báo cáo')?.deadlines[0]?.rrule).toBe('FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15');
    expect(task('bố trí kinh phí')?.lead).toEqual(['Sở Tài chính']);
    expect(task('Báo cáo định kỳ hằng quý')?.lead).toEqual(['Ủy ban nhân dân cấp xã']);
  });

  it('the decision’s own articles (promulgation, effect) assign no work', () => {
    const dates = doc.tasks.flatMap((t) => t.deadlines.map((d) => d.date));
    expect(dates).not.toContain('2025-11-20');
    expect(doc.tasks.some((t) => /Ban hành kèm theo|có hiệu lực/u.test(t.text))).toBe(false);
  });
});

describe('labelled fields after a task', () => {
  it('fill the task’s columns: lead, partners, time and product', () => {
    const doc = parseText(
      `${HEADER('KẾ HOẠCH', '14/KH-UBND')}**Cải cách hành chính năm 2026**\n\n**II. NHIỆM VỤ**\n\n1. Tập huấn kỹ năng xây dựng pháp luật.\n\n*Đơn vị chủ trì thực hiện:* Sở Tư pháp.\n\n*Đơn vị phối hợp:* Sở Nội vụ.\n\n*Thời gian thực hiện:* Quý I/2026.\n\n*Sản phẩm:* Hội nghị tập huấn.\n`,
    );
    expect(doc.tasks).toHaveLength(1);
    expect(doc.tasks[0]).toMatchObject({ id: 'II.1', lead: ['Sở Tư pháp'], support: ['Sở Nội vụ'], product: 'Hội nghị tập huấn' });
    expect(doc.tasks[0].deadlines.map((d) => d.date)).toEqual(['2026-03-31']);
  });
});

describe('tables of figures', () => {
  it('a monitoring or cost table (Số điểm | Số mẫu | Tần suất …) gives no tasks, even with a time column', () => {
    const table = webTable([
      ['TT', 'Chỉ tiêu', 'Tần suất (đợt/tháng)', 'Số điểm', 'Số mẫu', 'Thời gian quan trắc'],
      ['1', 'Nhiệt độ, pH', '02', '6', '18', 'Tháng 3 - 11 hằng năm'],
    ]);
    const d = parseText(`${HEADER('KẾ HOẠCH', '15/KH-UBND')}Sở Nông nghiệp và Môi trường hoàn thành trước ngày 30/12/2025.\n\n${table}`);
    expect(d.tasks.map((t) => t.text)).toEqual(['Sở Nông nghiệp và Môi trường hoàn thành trước ngày 30/12/2025.']);
  });
});
