// The assembled pipeline on small texts: what a clerk relies on end to end.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse.js';

const HEADER = `**ỦY BAN NHÂN DÂN
HUYỆN AN NHƠN**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc**

Số: 120/UBND-VP

An Nhơn, ngày 06 tháng 11 năm 2023

V/v triển khai nhiệm vụ

Kính gửi: Các phòng chuyên môn huyện.

`;

function parse(body: string) {
  return parseText(HEADER + body);
}

describe('pipeline', () => {
  it('reads the header and gives the section unit to its bullets', () => {
    const doc = parse('1. Phòng Nội vụ huyện\n\n- Tổ chức hội nghị, hoàn thành **trước ngày 30/11/2023**.\n');
    expect(doc.document).toMatchObject({ number: '120/UBND-VP', symbol: 'UBND-VP', date: '2023-11-06', place: 'An Nhơn' });
    expect(doc.sections.map((s) => [s.id, s.units])).toEqual([['1', ['Phòng Nội vụ huyện']]]);
    const [task] = doc.tasks;
    expect(task).toMatchObject({ id: '1.1', section: '1', lead: ['Phòng Nội vụ huyện'] });
    expect(task.deadlines[0]).toMatchObject({ kind: 'date', date: '2023-11-30', due: '2023-11-29', relation: 'before', bold: true });
  });

  it('reads the aims of a plan as aims, not tasks, unless one carries a deadline', () => {
    const doc = parse(
      'I. MỤC ĐÍCH, YÊU CẦU\n\n1. Phấn đấu 100% hồ sơ được giải quyết trên môi trường điện tử.\n\n2. Hoàn thành số hóa hồ sơ trước ngày 30/12/2023.\n\n' +
        'II. NHIỆM VỤ\n\n1. Phòng Nội vụ rà soát thủ tục hành chính.\n',
    );
    expect(doc.tasks.map((t) => t.id)).toEqual(['I.2', 'II.1']);
    expect(doc.targets.map((t) => [t.value, t.comparator, t.role])).toEqual([[100, '=', 'target']]);
  });

  it('gives a deadline the narrower units its sentence names', () => {
    const doc = parse(
      '1. Các phòng chuyên môn huyện\n\n- Đôn đốc thực hiện theo quy định. Riêng các phòng: Phòng Tư pháp huyện, Phòng Y tế huyện hoàn thành chậm nhất ngày 20/11/2023.\n',
    );
    const d = doc.tasks[0].deadlines[0];
    expect(doc.tasks[0].lead).toEqual(['Các phòng chuyên môn huyện']);
    expect(d.units).toEqual(['Phòng Tư pháp huyện', 'Phòng Y tế huyện']);
    expect(d.relation).toBe('by');
  });

  it('gives a paragraph right after a numbered item the subject that item states', () => {
    // hard-wrapped, as web pages give it: the second sentence is a paragraph of its own
    const doc = parse(
      '**IV. TỔ CHỨC\nTHỰC HIỆN**\n\n**1. **Phòng Văn hóa và Thông tin xây dựng Kế hoạch triển khai thực hiện phù hợp với chức năng,\n' +
        'nhiệm vụ của đơn vị xong trong tháng 12/2023.\nĐịnh kỳ báo cáo UBND huyện (qua Phòng Nội vụ) kết quả thực hiện Kế hoạch hằng năm\n' +
        '(trước ngày 15 tháng 11) hoặc theo đề nghị để tổng hợp.\n\n**2. **Phòng Tài chính - Kế hoạch chủ trì,\nbố trí kinh phí thực hiện.\n',
    );
    const report = doc.tasks.find((t) => t.text.startsWith('Định kỳ báo cáo'));
    expect(report?.lead).toEqual(['Phòng Văn hóa và Thông tin']);
    expect(report?.deadlines.map((d) => d.rrule)).toEqual(['FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15']);
  });

  it('points at the line and column of each deadline in the input', () => {
    const doc = parse('Giao Phòng Nội vụ báo cáo trước ngày 15/12/2023.\n');
    const d = doc.tasks[0].deadlines[0];
    const lines = (HEADER + 'Giao Phòng Nội vụ báo cáo trước ngày 15/12/2023.\n').split('\n');
    expect(lines[d.position.line - 1].slice(d.position.column - 1)).toMatch(/^trước ngày 15\/12\/2023/);
  });

  it('never reads a cited document\'s date as a deadline', () => {
    const doc = parse('Giao Phòng Nội vụ triển khai Quyết định số 3057/QĐ-UBND ngày 21/9/2023 của UBND tỉnh, hoàn thành trước ngày 10/12/2023.\n');
    expect(doc.references.map((r) => [r.number, r.date])).toEqual([['3057/QĐ-UBND', '2023-09-21']]);
    expect(doc.tasks[0].deadlines.map((d) => d.date)).toEqual(['2023-12-10']);
  });

  it('reports a missing year, a date before the issue date and a task without a unit', () => {
    const doc = parse('Yêu cầu thực hiện nghiêm túc, hoàn thành trước ngày 30/12/2023.\n\nGiao Phòng Nội vụ tổng hợp trước ngày 20/11.\n\nGiao Phòng Y tế báo cáo trước ngày 01/10/2023.\n');
    const codes = doc.diagnostics.map((d) => d.code);
    expect(codes).toContain('deadline/year-inferred');
    expect(codes).toContain('deadline/before-issue');
    expect(codes).toContain('task/no-unit');
    const inferred = doc.tasks[1].deadlines[0];
    expect(inferred).toMatchObject({ date: '2023-11-20', yearInferred: true });
    for (const d of doc.diagnostics) if (d.code !== 'structure/none') expect(d.position).not.toBeNull();
  });

  it('reads lead and partner units of one sentence', () => {
    const doc = parse('Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tham mưu phương án, hoàn thành trong tháng 12/2023.\n');
    expect(doc.tasks[0]).toMatchObject({ lead: ['Sở Tài chính'], support: ['Sở Kế hoạch và Đầu tư'] });
    expect(doc.tasks[0].deadlines[0]).toMatchObject({ date: '2023-12-31', relation: 'by', granularity: 'month' });
  });

  it('groups two spellings of one unit under one key', () => {
    const doc = parse(
      '1. Phòng Tài chính – Kế hoạch huyện\n\n- Tham mưu giải ngân, hoàn thành trước ngày 31/12/2023.\n\n2. Phòng Nội vụ huyện\n\n- Phối hợp với Phòng Tài chính và Kế hoạch huyện rà soát, hoàn thành trước ngày 15/12/2023.\n',
    );
    const entry = doc.units.find((u) => u.name === 'Phòng Tài chính – Kế hoạch huyện');
    expect(entry?.aliases).toEqual(['Phòng Tài chính và Kế hoạch huyện']);
  });

  it('keeps recurring and conditional deadlines', () => {
    const doc = parse('Giao Văn phòng HĐND và UBND huyện báo cáo vào thứ 6 hàng tuần; triển khai kế hoạch sau khi UBND tỉnh ban hành Đề án.\n');
    const kinds = doc.tasks[0].deadlines.map((d) => [d.kind, d.rrule, d.trigger]);
    expect(kinds).toEqual([
      ['recurring', 'FREQ=WEEKLY;BYDAY=FR', null],
      ['conditional', null, 'sau khi UBND tỉnh ban hành Đề án'],
    ]);
  });
});
