import { describe, expect, it } from 'vitest';
import { markerOf, splitBlocks } from '../../src/stages/blocks.js';

describe('markerOf', () => {
  it.each([
    ['I. ĐÁNH GIÁ CHUNG', 'roman', 'I'],
    ['IV. TỔ CHỨC THỰC HIỆN', 'roman', 'IV'],
    ['1. Phòng Nội vụ huyện', 'arabic', '1'],
    ['12) Sở Y tế', 'arabic', '12'],
    ['3.1. Hoàn thiện Kế hoạch', 'arabic', '3.1'],
    ['a) Rà soát', 'letter', 'a'],
    ['đ) Báo cáo', 'letter', 'đ'],
    ['- Đôn đốc, nhắc nhở', 'dash', '-'],
    ['– Thực hiện', 'dash', '–'],
    ['+ Sở Tài chính', 'plus', '+'],
    ['21/01/2021', 'none', ''],
    ['1.500 tỷ đồng đã giải ngân', 'none', ''],
    ['10 tháng tăng 15,55%', 'none', ''],
    ['V/v khẩn trương', 'none', ''],
    ['Văn phòng HĐND và UBND huyện', 'none', ''],
  ])('%s → %s', (line, kind, label) => {
    const m = markerOf(line);
    expect(m.kind).toBe(kind);
    expect(m.label).toBe(label);
  });
});

describe('splitBlocks', () => {
  it('splits on blank lines and keeps line breaks inside a paragraph', () => {
    const blocks = splitBlocks('ỦY BAN NHÂN DÂN\nHUYỆN TUY PHƯỚC\n\nSố: /UBND-NV\n');
    expect(blocks.map((b) => b.text)).toEqual(['ỦY BAN NHÂN DÂN\nHUYỆN TUY PHƯỚC', 'Số: /UBND-NV']);
  });

  it('joins a paragraph cut by a page break in mid-sentence', () => {
    const text =
      '- Tăng cường theo dõi, đôn đốc, kiểm soát việc thực hiện nhiệm vụ, không để tình trạng quá hạn hoặc giải\n\nquyết trễ hạn; đối với công việc có khó khăn.\n\n- Tham mưu UBND huyện.';
    const blocks = splitBlocks(text);
    expect(blocks).toHaveLength(2);
    expect(blocks[0].text).toContain('giải\n\nquyết trễ hạn');
  });

  it('does not join after a full stop or before a capital letter', () => {
    const text = 'Đây là một đoạn văn bản đủ dài để được xem xét nối trang ở cuối trang.\n\nquyết định tiếp theo\n\nĐoạn khác không có dấu chấm cuối câu ở đây nhé\n\nTiếp theo';
    expect(splitBlocks(text)).toHaveLength(4);
  });

  it('opens a new paragraph at a list marker in hard-wrapped text', () => {
    const text = '1. Bộ trưởng Bộ Tài chính chủ trì\nvà hướng dẫn các địa phương.\n2. Bộ trưởng Bộ Y tế chỉ đạo:\n- Sở Y tế các tỉnh;\n- Bệnh viện.';
    const blocks = splitBlocks(text, { hardWrapped: true });
    expect(blocks.map((b) => [b.marker, b.label])).toEqual([
      ['arabic', '1'],
      ['arabic', '2'],
      ['dash', '-'],
      ['dash', '-'],
    ]);
    expect(blocks[0].text).toBe('1. Bộ trưởng Bộ Tài chính chủ trì\nvà hướng dẫn các địa phương.');
  });

  it('reads a hyphen at the start of a wrapped line as a hyphen, not a bullet', () => {
    const text =
      'đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp\n- Viễn thông Quân đội tổ chức triển khai thực hiện theo quy định, hoàn\nthành trong tháng 12 năm 2025.';
    expect(splitBlocks(text, { hardWrapped: true })).toHaveLength(1);
  });

  it('treats table-cell separators and rules as paragraph ends', () => {
    const blocks = splitBlocks('|\n**THỦ TƯỚNG CHÍNH\nPHỦ**\n-------\n|\nSố: 229/CĐ-TTg\n|');
    expect(blocks.map((b) => b.text)).toEqual(['**THỦ TƯỚNG CHÍNH\nPHỦ**', 'Số: 229/CĐ-TTg']);
  });

  it('records where the text after the marker starts', () => {
    const [b] = splitBlocks('  2. Phòng Nội vụ huyện');
    expect(b.start).toBe(2);
    expect('  2. Phòng Nội vụ huyện'.slice(b.bodyStart)).toBe('Phòng Nội vụ huyện');
  });
});

describe('a page flattened into one paragraph', () => {
  const item = (n: number, who: string) => `${n}. ${who} khẩn trương thực hiện các nhiệm vụ được giao, báo cáo kết quả về Văn phòng Chính phủ theo quy định.`;
  const long = (items: string[]) => `Thủ tướng Chính phủ yêu cầu: ${items.join(' ')} ${'Các cơ quan nghiêm túc thực hiện. '.repeat(40)}`;

  it('is cut before each item of a numbered run 1, 2, 3 …', () => {
    const text = long([item(1, 'Bộ trưởng Bộ Tài chính'), item(2, 'Bộ trưởng Bộ Y tế'), item(3, 'Bộ trưởng Bộ Xây dựng')]);
    expect(text.length).toBeGreaterThan(1500);
    const blocks = splitBlocks(text);
    expect(blocks.map((b) => [b.marker, b.label])).toEqual([['none', ''], ['arabic', '1'], ['arabic', '2'], ['arabic', '3']]);
    expect(blocks[2].text.startsWith('2. Bộ trưởng Bộ Y tế')).toBe(true);
  });

  it('keeps a long paragraph whole when its numbers are no list (two items, or out of order)', () => {
    const two = long([item(1, 'Bộ trưởng Bộ Tài chính'), item(2, 'Bộ trưởng Bộ Y tế')]);
    expect(splitBlocks(two)).toHaveLength(1);
    const jumbled = long([item(3, 'Bộ trưởng Bộ Tài chính'), item(7, 'Bộ trưởng Bộ Y tế'), item(5, 'Bộ trưởng Bộ Xây dựng')]);
    expect(splitBlocks(jumbled)).toHaveLength(1);
  });
});
