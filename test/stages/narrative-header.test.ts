// Excerpts relayed by news portals: the issuer, number and subject stated in prose.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse.js';

const issuer = (text: string) => parseText(text).document.issuer;

describe('the issuer of an excerpt without a header', () => {
  it.each([
    [
      'a bare level completed by the one place of that level named',
      'Ngày 15/9, UBND tỉnh ban hành Công văn số 4158/UBND-THNV về việc tăng cường công tác thống kê trên địa bàn tỉnh Trà Vinh.\n\nGiao các sở báo cáo trước ngày 30/9/2022.',
      'UBND tỉnh Trà Vinh',
    ],
    [
      'a bare level left bare when no place is named',
      'Ngày 21/5, UBND tỉnh ban hành Công văn số 846/UBND-TH về việc báo cáo giải ngân.\n\nGiao các sở báo cáo trước ngày 23/5/2019.',
      'UBND tỉnh',
    ],
    [
      'a bare level left bare when two places are named',
      'Ngày 2/3/2022, UBND tỉnh ban hành Công văn số 12/UBND-KT về việc phối hợp giữa tỉnh Gia Lai và tỉnh Kon Tum.',
      'UBND tỉnh',
    ],
    [
      'a place name on the next line is a new sentence, not the name',
      'Ngày 26/5/2015, UBND tỉnh ban hành Công văn số 703/UBND-TN về việc quy hoạch sử dụng đất trên địa bàn tỉnh\nTheo đó, giao các sở, ngành liên quan rà soát.',
      'UBND tỉnh',
    ],
    [
      'the body after a clause break in a long opening sentence',
      'Nhằm đánh giá kết quả phòng, chống dịch; Ủy ban nhân dân tỉnh vừa ban hành Công văn số 1974/UBND-KGVX chỉ đạo các sở báo cáo.',
      'Ủy ban nhân dân tỉnh',
    ],
    [
      'a ministry that "đã có Công văn"',
      'Bộ Tài nguyên và Môi trường đã có Công văn số 508/BTNMT-TCMT ngày 30/01/2019 gửi các Bộ, ngành về việc báo cáo.',
      'Bộ Tài nguyên và Môi trường',
    ],
    [
      'a name with a comma in it, kept whole',
      'Sở Lao động, Thương binh và Xã hội đã có Công văn số 12/SLĐTBXH-VL ngày 03/02/2024 về việc tuyển dụng.',
      'Sở Lao động, Thương binh và Xã hội',
    ],
    [
      'a body that says what it does, without an announcement',
      'Thực hiện Nghị định số 78/2021/NĐ-CP ngày 01/8/2021 của Chính phủ.\nỦy ban nhân dân thị xã Ayun Pa xây dựng kế hoạch thu, nộp Quỹ như sau:\n\n1. Các xã nộp trước ngày 30/6/2022.',
      'Ủy ban nhân dân thị xã Ayun Pa',
    ],
    [
      'a body that speaks after an opening clause',
      'Kính gửi: Hiệu trưởng các đơn vị trực thuộc. Thực hiện Kế hoạch số 1231/KH-UBND ngày 13/4/2018 của UBND thành phố, Phòng Giáo dục và Đào tạo yêu cầu các trường thực hiện.',
      'Phòng Giáo dục và Đào tạo',
    ],
  ])('%s', (_name, text, expected) => {
    expect(issuer(text)).toBe(expected);
  });

  it.each([
    ['no body opens the sentence', 'Theo kế hoạch, các đơn vị ban hành Công văn số 5/UBND-VX về việc kiểm tra.'],
    ['plain tasks', 'Giao Sở Tài chính báo cáo trước ngày 20/11/2023.\n\nGiao Sở Y tế theo dõi.'],
  ])('stays null when %s', (_name, text) => {
    expect(issuer(text)).toBeNull();
  });

  it('never overwrites a real header', () => {
    const text = '**ỦY BAN NHÂN DÂN\nHUYỆN TUY PHƯỚC**\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 1801/UBND-NV\n\nNgày 21/5, UBND tỉnh ban hành Công văn số 846/UBND-TH về việc báo cáo.';
    expect(issuer(text)).toBe('ỦY BAN NHÂN DÂN HUYỆN TUY PHƯỚC');
  });
});

describe('the title of an excerpt', () => {
  it('drops a Markdown heading mark', () => {
    expect(parseText('# Thông báo tổ chức tổng vệ sinh\n\nGiao các trường thực hiện trước ngày 20/4/2018.').document.subject).toBe('Thông báo tổ chức tổng vệ sinh');
  });
});
