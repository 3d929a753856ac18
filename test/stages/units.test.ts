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

describe('units in regulations', () => {
  it.each<[string, string[]]>([
    // duty titles name the body whole: no predicate to stop at
    ['Điều 12. Trách nhiệm của Sở Khoa học và Công nghệ', ['Sở Khoa học và Công nghệ']],
    ['Điều 8. Trách nhiệm của Văn phòng đăng ký đất đai', ['Văn phòng đăng ký đất đai']],
    ['Điều 7. Trách nhiệm của Cơ quan có chức năng quản lý đất đai cấp xã', ['Cơ quan có chức năng quản lý đất đai cấp xã']],
    ['2. Nhiệm vụ, quyền hạn của Ủy ban nhân dân cấp xã', ['Ủy ban nhân dân cấp xã']],
    ['Điều 6. Trách nhiệm Văn phòng UBND tỉnh', ['Văn phòng UBND tỉnh']],
    ['Điều 14. Trách nhiệm các phòng, ban, đơn vị thuộc UBND cấp xã', ['các phòng, ban, đơn vị thuộc UBND cấp xã']],
    ['Điều 3. Trách nhiệm thi hành', []],
    // a heading that says who leads in a sentence
    ['Điều 5. Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì', ['Sở Dân tộc và Tôn giáo']],
    // a class of actors owing a duty
    ['1. Tổ chức, cá nhân quản lý khu vực công cộng có trách nhiệm sau:', ['Tổ chức, cá nhân quản lý khu vực công cộng']],
  ])('heading %s', (heading, units) => {
    expect(headingUnits(heading)).toEqual(units);
  });

  it.each<[string, string[]]>([
    ['Hàng năm, Văn phòng UBND tỉnh rà soát, tổng hợp, tham mưu Chủ tịch UBND tỉnh khen thưởng.', ['Văn phòng UBND tỉnh']],
    ['Chậm nhất trong 20 ngày làm việc, kể từ ngày nhận được kiến nghị, các cơ quan, đơn vị phải có trách nhiệm trả lời cử tri.', ['các cơ quan, đơn vị']],
    ['Trong 03 ngày làm việc, kể từ ngày nhận được kiến nghị, sở, ban, ngành được giao chủ trì phải có văn bản gửi các cơ quan liên quan.', ['sở, ban, ngành được giao chủ trì']],
    ['Trong 05 ngày làm việc, kể từ ngày nhận được đề nghị phối hợp thì cơ quan, đơn vị có liên quan phải có văn bản giải quyết.', ['cơ quan, đơn vị có liên quan']],
    ['Các cơ sở cung cấp dịch vụ thu gom, vận chuyển chất thải rắn sinh hoạt phải thu gom tối thiểu 03 lần/tuần.', ['Các cơ sở cung cấp dịch vụ thu gom, vận chuyển chất thải rắn sinh hoạt']],
    ['Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch và tại Phụ lục kèm theo có trách nhiệm chủ động tổ chức thực hiện.', ['Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch và tại Phụ lục kèm theo']],
    // the names after "gửi … đến" are the objects of an unsaid subject
    ['Trong thời hạn 02 ngày làm việc, gửi kết quả đến Thường trực HĐND tỉnh, Ban Thường trực MTTQ Việt Nam tỉnh, Văn phòng UBND tỉnh để thông báo.', []],
    // a time inside the subject's phrase is no part of the name
    ['Đối với các kiến nghị cấp thiết, các cơ quan, đơn vị ngay sau khi tiếp nhận kiến nghị phải khẩn trương kiểm tra.', ['các cơ quan, đơn vị']],
    // once the duty went by with no subject, a body after a later comma is its object
    ['Trong thời hạn 10 ngày làm việc, kể từ ngày nhận được kiến nghị phải tham mưu cho UBND tỉnh, Chủ tịch UBND tỉnh có văn bản thông báo.', []],
    // a plural that names no bodies is not a subject
    ['Trong thời hạn 05 ngày, các công việc không đúng với cam kết phải được xử lý.', []],
    // a role named by "chủ trì" / "phối hợp" is the body, also right before its duty
    ['Cơ quan chủ trì tổ chức cuộc họp hoặc kiểm tra thực địa có trách nhiệm gửi hồ sơ cho các cơ quan phối hợp trong thời gian 03 ngày làm việc.', ['Cơ quan chủ trì']],
    ['Trường hợp có ý kiến khác với ý kiến của cán bộ tham gia phối hợp, cơ quan phối hợp phải có văn bản phản hồi trong thời gian tối đa 01 ngày.', ['cơ quan phối hợp']],
    ['Kiến nghị liên quan đến nhiều cơ quan được giao cho một cơ quan chủ trì giải quyết thì trong thời hạn 03 ngày làm việc, cơ quan chủ trì phải có văn bản đề nghị.', ['cơ quan chủ trì']],
    // a competence names the body: its verbs are no predicate
    ['Đối với hồ sơ dự kiến quá hạn giải quyết, chậm nhất 01 ngày trước ngày hết hạn, cơ quan, đơn vị có thẩm quyền giải quyết hồ sơ phải thông báo bằng văn bản.', ['cơ quan, đơn vị có thẩm quyền giải quyết hồ sơ']],
    // after a condition, "thì" opens the main clause and its subject
    ['Đối với kiến nghị thuộc thẩm quyền của UBND tỉnh, Chủ tịch UBND tỉnh mà cử tri vẫn tiếp tục kiến nghị thì Văn phòng UBND tỉnh chủ trì, phối hợp với cơ quan liên quan rà soát.', ['Văn phòng UBND tỉnh']],
    ['Trường hợp kiến nghị được chuyển trực tiếp đến các sở, ban, ngành, UBND cấp xã, nếu thuộc thẩm quyền thì sở, ban, ngành, UBND cấp xã chủ động giải quyết.', ['sở, ban, ngành', 'UBND cấp xã']],
    ['Trường hợp hồ sơ chưa đầy đủ thì các quy định có liên quan được áp dụng.', []],
    ['Đối với cán bộ là đảng viên thì cơ quan có thẩm quyền thông báo cho cấp ủy quản lý đảng viên để thực hiện đánh giá.', ['cơ quan có thẩm quyền']],
    ['Trường hợp có ý kiến khác nhau, cơ quan chủ trì có trách nhiệm làm rõ; nếu vẫn chưa rõ thì cơ quan chủ trì báo cáo UBND tỉnh.', ['cơ quan chủ trì']],
    // "tổ chức" enumerated among bodies is a noun
    ['Đối với công chức chuyển công tác thì cơ quan, tổ chức, đơn vị mới có trách nhiệm đánh giá, xếp loại.', ['cơ quan, tổ chức, đơn vị mới']],
    // a sentence opening with "Chủ trì" leaves its subject unsaid: the ones it directs do not lead
    ['Chủ trì, chỉ đạo các đơn vị trực thuộc xây dựng Kế hoạch quan trắc hàng năm.', []],
    // "có thể", "vẫn" open the predicate
    ['Trường hợp cần thiết, Chủ tịch Hội đồng tuyển dụng có thể gia hạn không quá 30 ngày.', ['Chủ tịch Hội đồng tuyển dụng']],
    // "đóng trên địa bàn" (stationed there) belongs to the name, and the list goes on after it
    ['Sở Y tế, các cơ quan trung ương đóng trên địa bàn tỉnh, UBND các huyện báo cáo kết quả trước ngày 15/12/2025.', ['Sở Y tế', 'các cơ quan trung ương đóng trên địa bàn tỉnh', 'UBND các huyện']],
    ['Các cơ quan báo chí đóng trên địa bàn tăng cường tuyên truyền trong tháng 12/2025.', ['Các cơ quan báo chí đóng trên địa bàn']],
    // a title before a tier is dropped, spelled out or not; before one body it stays
    ['Chủ tịch Ủy ban nhân dân cấp xã báo cáo kết quả hằng năm.', ['Ủy ban nhân dân cấp xã']],
    ['Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo thực hiện trước ngày 30/6/2026.', ['Chủ tịch Ủy ban nhân dân tỉnh']],
    // "kiện toàn", "củng cố" (consolidate) are verbs
    ['Các Sở, ngành, đơn vị liên quan kiện toàn và nâng cao trình độ đội ngũ công chức trong năm 2026.', ['Các Sở, ngành, đơn vị liên quan']],
    ['UBND các xã củng cố lực lượng dân quân trước ngày 30/6/2026.', ['UBND các xã']],
    // elsewhere "trên địa bàn" still ends the name
    ['UBND các xã tổ chức kiểm tra trên địa bàn trước ngày 20/12/2025.', ['UBND các xã']],
  ])('sentence %s', (sentence, lead) => {
    expect(sentenceUnits(sentence).lead).toEqual(lead);
  });
});

describe('subjects after a clause of time', () => {
  it.each<[string, string[]]>([
    // a preposition after the opening clause does not leave the subject unsaid
    ['Chậm nhất là 30 ngày, trước ngày khai mạc kỳ họp thường lệ của HĐND tỉnh, các sở, ban, ngành có Báo cáo tổng hợp.', ['các sở, ban, ngành']],
    // "có" before a named document is the verb; "có liên quan" qualifies the body
    ['UBND cấp xã có Kế hoạch triển khai trước ngày 15/12/2025.', ['UBND cấp xã']],
    ['Các cơ quan có liên quan phải báo cáo trước ngày 20/12/2025.', ['Các cơ quan có liên quan']],
    // a scope of named places after ":" belongs to both titles, in a sentence as in a heading
    ['Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng: (1) Tập trung khắc phục hậu quả.', ['Bí thư tỉnh ủy các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng', 'Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng']],
  ])('%s', (sentence, lead) => {
    expect(sentenceUnits(sentence).lead).toEqual(lead);
  });
});
