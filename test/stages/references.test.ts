import { describe, expect, it } from 'vitest';
import { findReferences } from '../../src/stages/references.js';

describe('findReferences', () => {
  it.each<[string, Array<[string | null, string, string | null]>]>([
    ['tại Quyết định số 3057/QĐ-UBND ngày 21/9/2023 thì vẫn', [['Quyết định', '3057/QĐ-UBND', '2023-09-21']]],
    ['Thực hiện Văn bản số 1801/UBND-NV ngày 6/11/2023 của UBND huyện Về việc', [['Văn bản', '1801/UBND-NV', '2023-11-06']]],
    ['theo Quyết định số 01/2015/QĐ-UBND ngày 11/02/2015', [['Quyết định', '01/2015/QĐ-UBND', '2015-02-11']]],
    ['các Nghị quyết số 347/NQ-CP ngày 24 tháng 10 năm 2025, số 380/NQ-CP ngày 25 tháng 11 năm 2025 của Chính phủ', [['Nghị quyết', '347/NQ-CP', '2025-10-24'], ['Nghị quyết', '380/NQ-CP', '2025-11-25']]],
    ['Công văn số 11554/VPCP-V.I ngày 25/11/2025', [['Công văn', '11554/VPCP-V.I', '2025-11-25']]],
    ['Luật số 37/2021/QH15 ngày 13/11/2021', [['Luật', '37/2021/QH15', '2021-11-13']]],
    ['Chỉ thị số 13/CT- TTg ngày 17 tháng 5 năm 2025', [['Chỉ thị', '13/CT-TTg', '2025-05-17']]],
    // the Party's numbering: the type before the slash
    ['Thực hiện Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy', [['Kế hoạch', '14-KH/TU', '2025-07-29']]],
    ['Căn cứ Chỉ thị 42-CT/TW ngày 24/3/2020 của Ban Bí thư', [['Chỉ thị', '42-CT/TW', '2020-03-24']]],
    ['Chương trình số 144-CTr/TU ngày 22/01/2018', [['Chương trình', '144-CTr/TU', '2018-01-22']]],
    // a joint resolution chains its bodies after slashes
    ['Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 20 tháng 02 năm 2025', [['Nghị quyết', '72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN', '2025-02-20']]],
    // a space before the hyphen is a slip inside the symbol; a spaced dash ends it
    ['Nghị định số 78/2021/NĐ -CP ngày 01 tháng 8 năm 2021', [['Nghị định', '78/2021/NĐ-CP', '2021-08-01']]],
    ['theo Quyết định số 12/QĐ-UBND - Sở Tài chính chủ trì', [['Quyết định', '12/QĐ-UBND', null]]],
    ['giai đoạn 2021-2025/năm', []],
    // a number without a symbol, named by its type and followed by its issuer or date
    ['Quy định chuẩn theo QĐ 05 của UBND tỉnh', [['Quyết định', '05', null]]],
    ['theo Quyết định số 12 ngày 03/4/2018 của UBND huyện', [['Quyết định', '12', '2018-04-03']]],
    ['tại Điều 5 của Quyết định', []],
    ['Kế hoạch số 12 nhiệm vụ', []],
    ['hoàn thành trước ngày 30/11/2023', []],
    ['tỷ lệ 56/93 nhiệm vụ', []],
  ])('%s', (text, expected) => {
    expect(findReferences(text).map((r) => [r.type, r.number, r.date])).toEqual(expected);
  });

  it.each([
    ['Kế hoạch số 153/KH-UBND ngày 07/9/2023 của UBND tỉnh về triển khai', 'UBND tỉnh'],
    // names in lower case after the head word, up to the predicate or the clause's end
    ['Công văn số 12/BTC-NSNN ngày 02/10/2024 của Bộ Tài chính về việc', 'Bộ Tài chính'],
    ['Công văn số 3456/SYT-NVY ngày 25/9/2024 của Sở Y tế về việc triển khai', 'Sở Y tế'],
    ['Quyết định số 34/QĐ-TTg ngày 03/10/2024 của Thủ tướng Chính phủ phê duyệt', 'Thủ tướng Chính phủ'],
    ['Văn bản số 5/BNV-CCVC ngày 1/10/2024 của Bộ Nội vụ, Chỉ thị số 7/CT-UBND', 'Bộ Nội vụ'],
    ['Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung', 'Chính phủ'],
    ['Nghị quyết số 09/2021/NQ-HĐND ngày 13/11/2021 của Quốc hội cho tỉnh Thanh Hóa', 'Quốc hội'],
    ['Nghị quyết số 380/NQ-CP ngày 25/11/2025 của Chính phủ và các Công điện của Thủ tướng', 'Chính phủ'],
    // a comma or dash inside a name
    ['Quyết định số 5/QĐ-BVHTTDL của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch phê duyệt', 'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch'],
    ['Thông tư số 7/2016/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội hướng dẫn', 'Bộ Lao động - Thương binh và Xã hội'],
    ['Công văn số 1801/UBND-NV ngày 6/11/2023 của UBND huyện Về việc đôn đốc', 'UBND huyện'],
    ['Quyết định số 2/QĐ-UBND của Ủy ban nhân dân tỉnh Kon Tum Ban hành tiêu chuẩn', 'Ủy ban nhân dân tỉnh Kon Tum'],
  ])('reads the issuer after "của": %s', (text, issuer) => {
    const [r] = findReferences(text);
    expect(r.issuer).toBe(issuer);
    expect(r.text.endsWith(issuer)).toBe(true);
  });

  it.each([
    ['Quyết định số 3057/QĐ-UBND', 'QĐ-UBND'],
    ['Quyết định số 01/2015/QĐ-UBND', 'QĐ-UBND'],
    ['Kế hoạch số 14-KH/TU', 'KH/TU'],
    ['Nghị quyết số 72/2025/NQLT/UBTVQH15-CP', 'NQLT/UBTVQH15-CP'],
  ])('the symbol of %s', (text, symbol) => {
    expect(findReferences(text)[0].symbol).toBe(symbol);
  });

  it('lists a document cited twice once, with the date from either mention', () => {
    const refs = findReferences('theo Chỉ thị số 08/CT-TTg, … thực hiện Chỉ thị số 08/CT-TTg ngày 20/5/2015 của Thủ tướng');
    expect(refs.map((r) => [r.number, r.date])).toEqual([['08/CT-TTg', '2015-05-20']]);
  });

  it('skips the document\'s own number', () => {
    expect(findReferences('Công văn số 846/UBND-TH về việc', new Set(['846/UBND-TH']))).toEqual([]);
  });
});
