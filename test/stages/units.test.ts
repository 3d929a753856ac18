import { describe, expect, it } from 'vitest';
import { headingUnits, sentenceUnits, sentences } from '../../src/stages/units.js';
import { splitUnitList, unitKey } from '../../src/text/units.js';

describe('splitUnitList', () => {
  it.each([
    ['Phòng Tài chính – Kế hoạch huyện, Phòng Tài nguyên và Môi trường huyện', ['Phòng Tài chính – Kế hoạch huyện', 'Phòng Tài nguyên và Môi trường huyện']],
    ['UBND các xã, thị trấn', ['UBND các xã, thị trấn']],
    ['Phòng Nội vụ và Văn phòng HĐND và UBND huyện', ['Phòng Nội vụ', 'Văn phòng HĐND và UBND huyện']],
    ['các sở, ngành tỉnh; Uỷ ban nhân dân các huyện, thành phố; Các Ban QLDA chuyên ngành tỉnh', ['các sở, ngành tỉnh', 'Uỷ ban nhân dân các huyện, thành phố', 'Các Ban QLDA chuyên ngành tỉnh']],
    ['Thủ trưởng các cơ quan, đơn vị trực thuộc UBND huyện; Chủ tịch UBND các xã, thị trấn', ['các cơ quan, đơn vị trực thuộc UBND huyện', 'UBND các xã, thị trấn']],
    ['Phòng Văn hóa và Thông tin, các cơ quan liên quan', ['Phòng Văn hóa và Thông tin', 'các cơ quan liên quan']],
    ['Bộ trưởng Bộ Tài chính', ['Bộ trưởng Bộ Tài chính']],
    // "đơn vị …" after a comma: another kind of body, unless it pairs with "cơ quan" or qualifies the list
    ['các Sở, Ban, ngành, các hội, đoàn thể, đơn vị lực lượng vũ trang cấp tỉnh', ['các Sở, Ban, ngành', 'các hội, đoàn thể', 'đơn vị lực lượng vũ trang cấp tỉnh']],
    ['Cơ quan chuyên môn, đơn vị sự nghiệp công lập thuộc UBND tỉnh', ['Cơ quan chuyên môn', 'đơn vị sự nghiệp công lập thuộc UBND tỉnh']],
    ['Cơ quan, đơn vị trực thuộc', ['Cơ quan, đơn vị trực thuộc']],
    ['các cơ quan, tổ chức, đơn vị sử dụng ngân sách nhà nước', ['các cơ quan, tổ chức, đơn vị sử dụng ngân sách nhà nước']],
    ['Các Sở, ngành, đơn vị liên quan', ['Các Sở, ngành, đơn vị liên quan']],
  ])('%s', (list, names) => {
    expect(splitUnitList(list)).toEqual(names);
  });
});

describe('unitKey', () => {
  it('makes spellings of one unit meet', () => {
    expect(unitKey('Phòng Tài chính – Kế hoạch huyện')).toBe(unitKey('Phòng Tài chính và Kế hoạch huyện'));
    expect(unitKey('Phòng Văn hoá và Thông tin')).toBe(unitKey('Phòng Văn hóa và Thông tin'));
    expect(unitKey('Uỷ ban nhân dân tỉnh')).toBe(unitKey('UBND tỉnh'));
    expect(unitKey('Phòng Nội vụ')).not.toBe(unitKey('Phòng Tư pháp'));
  });
});

describe('sentenceUnits', () => {
  it.each<[string, string[], string[]]>([
    ['Phối hợp với Văn phòng HĐND và UBND huyện tổ chức Toạ đàm.', [], ['Văn phòng HĐND và UBND huyện']],
    ['UBND các xã, thị trấn trên địa bàn huyện nhanh chóng hoàn thành việc thiết lập sơ đồ.', ['UBND các xã, thị trấn'], []],
    ['Giao Phòng Nội vụ và Văn phòng HĐND và UBND huyện kiểm tra, đôn đốc tiến độ.', ['Phòng Nội vụ', 'Văn phòng HĐND và UBND huyện'], []],
    ['Giao Sở Kế hoạch và Đầu tư chủ trì phối hợp với các đơn vị liên quan tổng hợp chung báo cáo.', ['Sở Kế hoạch và Đầu tư'], ['các đơn vị liên quan']],
    ['Riêng các phòng: Phòng Tài chính – Kế hoạch huyện, Phòng Tài nguyên và Môi trường huyện hoàn thành việc lập danh mục.', ['Phòng Tài chính – Kế hoạch huyện', 'Phòng Tài nguyên và Môi trường huyện'], []],
    ['Phối hợp với Phòng Tài chính – Kế hoạch, Ban Quản lý Dự án đầu tư xây dựng và PTQĐ tham mưu UBND huyện.', [], ['Phòng Tài chính – Kế hoạch', 'Ban Quản lý Dự án đầu tư xây dựng và PTQĐ']],
    ['Yêu cầu gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày 23/5/2019.', [], []],
    ['Thực hiện việc đánh giá và gửi kết quả về Phòng Nội vụ trước ngày 15/12/2023.', [], []],
    ['Nhận được công văn này, yêu cầu ông (bà) Hiệu trưởng các đơn vị trực thuộc nghiêm túc thực hiện.', ['Hiệu trưởng các đơn vị trực thuộc'], []],
    // a time clause that runs on over several commas before its subject
    ['Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Tư pháp thẩm định và trình UBND tỉnh.', ['Sở Tư pháp'], []],
    ['- Trong thời hạn 10 ngày, kể từ ngày có kết quả, các Sở, ngành báo cáo UBND tỉnh.', ['các Sở, ngành'], []],
    ['Trong thời hạn 10 ngày, kể từ ngày ký, các loại nước ép được kiểm tra.', [], []],
    // ... but after another opening clause only its first comma is tried
    ['Sau khi nghe báo cáo, ý kiến của các Bộ, Ủy ban nhân dân tỉnh Phú Thọ tại buổi làm việc, Phó Thủ tướng kết luận.', [], []],
    ['Chủ tịch Ủy ban nhân dân tỉnh quyết định thành lập Hội đồng.', ['Chủ tịch Ủy ban nhân dân tỉnh'], []],
    ['Tổ công tác có nhiệm vụ kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính.', ['Tổ công tác'], []],
    ['Tổ chức kiểm tra việc chấp hành kỷ luật hành chính.', [], []],
  ])('%s', (sentence, lead, support) => {
    expect(sentenceUnits(sentence)).toEqual({ lead, support });
  });
});

describe('headingUnits', () => {
  it.each<[string, string[]]>([
    ['2. Phòng Nội vụ huyện', ['Phòng Nội vụ huyện']],
    ['1. Thủ trưởng các cơ quan, đơn vị trực thuộc UBND huyện; Chủ tịch UBND các xã, thị trấn.', ['các cơ quan, đơn vị trực thuộc UBND huyện', 'UBND các xã, thị trấn']],
    ['5. Bộ trưởng Bộ Tài chính chủ trì:', ['Bộ trưởng Bộ Tài chính']],
    ['I. ĐÁNH GIÁ CHUNG', []],
    ['1. Về tình hình kinh tế - xã hội:', []],
  ])('%s', (heading, units) => {
    expect(headingUnits(heading)).toEqual(units);
  });
});

describe('sentences', () => {
  it('splits at sentence ends before a capital letter, not inside abbreviations', () => {
    const s = sentences('Đôn đốc thực hiện. Riêng các phòng hoàn thành. Tại TP. Hồ Chí Minh cũng vậy');
    expect(s.map((x) => x.text.trim())).toEqual(['Đôn đốc thực hiện.', 'Riêng các phòng hoàn thành.', 'Tại TP. Hồ Chí Minh cũng vậy']);
  });
});
