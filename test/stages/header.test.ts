import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/stages/blocks.js';
import { readHeader } from '../../src/stages/header.js';
import { isBold, stripMarkup } from '../../src/text/markup.js';

function header(marked: string) {
  const p = stripMarkup(marked);
  const blocks = splitBlocks(p.text, { hardWrapped: !marked.includes('\n\n') });
  const r = readHeader(blocks, (s, e) => isBold(p.bold, s, e));
  return { ...r, blocks };
}

const DISPATCH = `**ỦY BAN NHÂN DÂN
HUYỆN TUY PHƯỚC**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc**

Số: /UBND-NV

Tuy Phước, ngày tháng năm 2023

V/v khẩn trương, đôn đốc
thực hiện một số nhiệm vụ

Kính gửi:

- Thủ trưởng các phòng chuyên môn huyện;
- Chủ tịch UBND các xã, thị trấn.

Nội dung văn bản.

Nơi nhận:

- Như trên;
- Lưu: VT, NV.

**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**

Nguyễn Hùng Tân`;

describe('readHeader', () => {
  it('reads a draft dispatch with a blank number and a blank day', () => {
    const { header: h, bodyStart, bodyEnd, blocks } = header(DISPATCH);
    expect(h).toMatchObject({
      type: 'công văn',
      issuer: 'ỦY BAN NHÂN DÂN HUYỆN TUY PHƯỚC',
      parentIssuer: null,
      number: null,
      symbol: 'UBND-NV',
      place: 'Tuy Phước',
      date: null,
      year: 2023,
      subject: 'V/v khẩn trương, đôn đốc thực hiện một số nhiệm vụ',
      recipients: ['Thủ trưởng các phòng chuyên môn huyện', 'Chủ tịch UBND các xã, thị trấn'],
      signer: { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Hùng Tân' },
      distribution: ['Như trên', 'Lưu: VT, NV'],
    });
    expect(blocks.slice(bodyStart, bodyEnd).map((b) => b.text)).toEqual(['Nội dung văn bản.']);
  });

  it.each([
    ['Số: 1801/UBND-NV', '1801/UBND-NV', 'UBND-NV'],
    ['Số: 01/2015/QĐ-UBND', '01/2015/QĐ-UBND', 'QĐ-UBND'],
    ['Số: 11554/VPCP-V.I', '11554/VPCP-V.I', 'VPCP-V.I'],
    ['Số:   /KH-UBND', null, 'KH-UBND'],
    ['Số:\n\n35/2025/NQ-HĐND', '35/2025/NQ-HĐND', 'NQ-HĐND'],
    ['Số 2744/QĐ-UBND', '2744/QĐ-UBND', 'QĐ-UBND'],
  ])('number line %j', (line, number, symbol) => {
    const { header: h } = header(`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n${line}\n\nHà Nội, ngày 25 tháng 11 năm 2025`);
    expect(h.number).toBe(number);
    expect(h.symbol).toBe(symbol);
    expect(h.date).toBe('2025-11-25');
    expect(h.place).toBe('Hà Nội');
  });

  it.each([
    ['a place wrapped onto the line above', 'Số: 2853/QĐ-UBND\n\nThành phố Hồ Chí\n\nMinh, ngày 21 tháng 11 năm 2025', 'Thành phố Hồ Chí Minh'],
    ['the motto right above the date line', 'Độc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 21 tháng 11 năm 2025', 'Hà Nội'],
    ['the number right above the date line', 'Số: 12/UBND-VP\n\nHà Nội, ngày 21 tháng 11 năm 2025', 'Hà Nội'],
  ])('place and date: %s', (_name, lines, place) => {
    const { header: h } = header(`ỦY BAN NHÂN DÂN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n${lines}`);
    expect(h.place).toBe(place);
    expect(h.date).toBe('2025-11-21');
  });

  describe('parts run together, without blank lines between them (issue #10)', () => {
    const WANT = { issuer: 'ỦY BAN NHÂN DÂN HUYỆN TUY PHƯỚC', number: '12/UBND-VP', place: 'Tuy Phước', date: '2023-11-06', subject: 'V/v triển khai nhiệm vụ năm 2024' };
    it.each([
      ['on consecutive lines', 'ỦY BAN NHÂN DÂN\nHUYỆN TUY PHƯỚC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/UBND-VP\nTuy Phước, ngày 06 tháng 11 năm 2023\nV/v triển khai nhiệm vụ năm 2024\nKính gửi: Phòng Nội vụ.\n\nNội dung văn bản.'],
      ['side by side on one line', 'ỦY BAN NHÂN DÂN HUYỆN TUY PHƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 12/UBND-VP Tuy Phước, ngày 06 tháng 11 năm 2023\n\nV/v triển khai nhiệm vụ năm 2024\n\nKính gửi: Phòng Nội vụ.\n\nNội dung văn bản.'],
      ['a table read across: "Số:", the date, then the number', 'ỦY BAN NHÂN DÂN\nHUYỆN TUY PHƯỚC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố:\n\nTuy Phước, ngày 06 tháng 11 năm 2023\n\n12/UBND-VP\n\nV/v triển khai nhiệm vụ năm 2024\n\nKính gửi: Phòng Nội vụ.\n\nNội dung văn bản.'],
    ])('%s', (_name, text) => {
      const { header: h, blocks, bodyStart, bodyEnd } = header(text);
      expect(h).toMatchObject({ ...WANT, recipients: ['Phòng Nội vụ'] });
      expect(blocks.slice(bodyStart, bodyEnd).map((b) => b.text)).toEqual(['Nội dung văn bản.']);
    });

    it('keeps the body that shares a paragraph with the title', () => {
      const text = 'ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố:\n\nNghệ An, ngày 25 tháng 11 năm 2025\n\n98/2025/QĐ-UBND\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ TIẾP NHẬN KIẾN NGHỊ CỦA CỬ TRI\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.';
      const { header: h, blocks, bodyStart, bodyEnd } = header(text);
      expect(h).toMatchObject({ number: '98/2025/QĐ-UBND', type: 'quyết định', subject: 'QUYẾT ĐỊNH BAN HÀNH QUY CHẾ TIẾP NHẬN KIẾN NGHỊ CỦA CỬ TRI', date: '2025-11-25' });
      const body = blocks.slice(bodyStart, bodyEnd).map((b) => b.text).join('\n');
      expect(body).toContain('Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;');
      expect(body).toContain('Điều 1.');
    });
  });

  it('splits a parent body (not bold) from the issuer (bold)', () => {
    const { header: h } = header('BỘ TÀI CHÍNH\n**CỤC THUẾ**\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 5348/CT-CS');
    expect(h.parentIssuer).toBe('BỘ TÀI CHÍNH');
    expect(h.issuer).toBe('CỤC THUẾ');
  });

  it.each([
    ['BỘ\nTÀI CHÍNH\nCỤC THUẾ', 'BỘ TÀI CHÍNH', 'CỤC THUẾ'],
    ['UBND TỈNH LAI CHÂU\nSỞ Y TẾ', 'UBND TỈNH LAI CHÂU', 'SỞ Y TẾ'],
    ['ỦY BAN NHÂN DÂN\nHUYỆN TUY PHƯỚC', null, 'ỦY BAN NHÂN DÂN HUYỆN TUY PHƯỚC'],
    // a name wrapped mid-word is one body
    ['BỘ QUỐC\nPHÒNG', null, 'BỘ QUỐC PHÒNG'],
    ['BỘ TÀI NGUYÊN VÀ MÔI\nTRƯỜNG', null, 'BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG'],
  ])('without bold, a body under a parent body: %j', (lines, parent, issuer) => {
    const { header: h } = header(`${lines}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 5665/CT-CS`);
    expect(h.parentIssuer).toBe(parent);
    expect(h.issuer).toBe(issuer);
  });

  it('takes the capitals above the motto as the issuer, not a web page banner before them', () => {
    const page = [
      'Bản dịch này thuộc quyền sở hữu của **THƯ VIỆN PHÁP LUẬT**. Mọi hành vi sao chép là vi phạm.',
      '**Tình trạng:**\nĐã biết',
      '**ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ**\n-------',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc**',
      'Số: 12/KH-UBND',
    ].join('\n\n');
    const { header: h } = header(page);
    expect(h.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ');
    expect(h.parentIssuer).toBeNull();
  });

  it('takes no issuer from prose before the motto (a question-and-answer page quoting a form)', () => {
    const page = [
      'Căn cứ Điều 54 Nghị định 98/2023/NĐ-CP quy định mức tiền thưởng danh hiệu thi đua như sau:',
      'Quy cách thẻ căn cước như thế nào?',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
    ].join('\n\n');
    expect(header(page).header.issuer).toBeNull();
  });

  it('reads the type word and the subject lines of a typed document', () => {
    const md = `|
**THỦ TƯỚNG CHÍNH
PHỦ**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
|
Số: 229/CĐ-TTg
|
*Hà Nội, ngày 26
tháng 11 năm 2025*
|
**CÔNG ĐIỆN**
VỀ KHẨN TRƯƠNG TRIỂN
KHAI CÁC ĐỢT THI ĐUA
**THỦ TƯỚNG CHÍNH PHỦ điện:**
- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ;
- Chủ tịch Ủy ban nhân dân các tỉnh.
Thiết thực lập thành tích chào mừng Đại hội lần thứ
XIV của Đảng và khắc phục khó khăn nhất là ảnh hưởng của thảm họa thiên tai,
bão lũ vừa qua để tăng tốc, bứt phá hoàn thành thắng lợi các mục tiêu, nhiệm
vụ năm 2025 đã đề ra.
|
**THỦ TƯỚNG**
Phạm Minh Chính
|`;
    const { header: h, blocks, bodyStart, bodyEnd } = header(md);
    expect(h.issuer).toBe('THỦ TƯỚNG CHÍNH PHỦ');
    expect(h.type).toBe('công điện');
    expect(h.subject).toBe('CÔNG ĐIỆN VỀ KHẨN TRƯƠNG TRIỂN KHAI CÁC ĐỢT THI ĐUA');
    expect(h.date).toBe('2025-11-26');
    expect(h.recipients).toEqual(['Bộ trưởng, Thủ trưởng cơ quan ngang Bộ', 'Chủ tịch Ủy ban nhân dân các tỉnh']);
    expect(h.signer).toEqual({ authority: null, title: 'THỦ TƯỚNG', name: 'Phạm Minh Chính' });
    expect(blocks.slice(bodyStart, bodyEnd).map((b) => b.text.slice(0, 25))).toEqual(['Thiết thực lập thành tích']);
  });

  describe('the trích yếu under the type word', () => {
    const HEAD = 'ỦY BAN NHÂN DÂN\nHUYỆN TUY PHƯỚC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 12/KH-UBND\n\nTuy Phước, ngày 06 tháng 11 năm 2023\n\n';
    it.each([
      ['in bold lower case, its own paragraph', 'KẾ HOẠCH\n\n**Thực hiện công tác cải cách hành chính năm 2024**\n\n1. Phòng Nội vụ tham mưu.', 'KẾ HOẠCH Thực hiện công tác cải cách hành chính năm 2024', '1. Phòng Nội vụ tham mưu.'],
      ['on the line under the type word', 'KẾ HOẠCH\nThực hiện công tác cải cách hành chính năm 2024\n\n1. Phòng Nội vụ tham mưu.', 'KẾ HOẠCH Thực hiện công tác cải cách hành chính năm 2024', '1. Phòng Nội vụ tham mưu.'],
      ['absent: the first numbered item stays in the body', 'KẾ HOẠCH\n\n1. Sở Khoa học và Công nghệ: định kỳ 06 tháng báo cáo.', 'KẾ HOẠCH', '1. Sở Khoa học và Công nghệ: định kỳ 06 tháng báo cáo.'],
      ['in capitals, its own paragraph, then a sentence that stays in the body', 'KẾ HOẠCH\n\nTHỰC HIỆN CÔNG TÁC CẢI CÁCH\nHÀNH CHÍNH NĂM 2024\n\nThực hiện Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy, UBND huyện ban hành Kế hoạch như sau:', 'KẾ HOẠCH THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024', 'Thực hiện Kế hoạch số 14-KH/TU ngày 29/7/2025 của Ban Thường vụ Tỉnh ủy, UBND huyện ban hành Kế hoạch như sau:'],
      ['absent: a sentence stays in the body', 'KẾ HOẠCH\n\nThực hiện Quyết định số 12/QĐ-UBND ngày 01/11/2023, UBND huyện ban hành Kế hoạch như sau:', 'KẾ HOẠCH', 'Thực hiện Quyết định số 12/QĐ-UBND ngày 01/11/2023, UBND huyện ban hành Kế hoạch như sau:'],
    ])('%s', (_name, rest, subject, firstBody) => {
      const { header: h, blocks, bodyStart } = header(HEAD + rest);
      expect(h.subject).toBe(subject);
      expect(h.type).toBe('kế hoạch');
      expect(blocks[bodyStart].text).toBe(firstBody);
    });
  });

  describe('the signer after the distribution list', () => {
    const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 88/QĐ-UBND\n\nLai Châu, ngày 21 tháng 11 năm 2025\n\nNội dung văn bản.\n\n';
    it.each<[string, string, { authority: string | null; title: string; name: string }, string[]]>([
      ['an item wrapped onto its own line', 'Nơi nhận:\n- Cục Kiểm tra văn bản - Bộ Tư pháp;\n\n(B/c)\n\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHà Trọng Hải',
        { authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Hà Trọng Hải' }, ['Cục Kiểm tra văn bản - Bộ Tư pháp', 'Lưu: VT']],
      ['sub-items and the typist\'s initials', 'Nơi nhận:\n- VP UBND tỉnh:\n+ LĐVP, KGVX;\n+ Lưu: VT.\n\nMinhHồng/QĐ/20.11.2025\n\nTM. ỦY BAN NHÂN DÂN\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nMai Sơn',
        { authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Mai Sơn' }, ['VP UBND tỉnh:', 'LĐVP, KGVX', 'Lưu: VT']],
      ['a rank before the name', 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nThượng tướng Võ Minh Lương',
        { authority: 'KT. BỘ TRƯỞNG', title: 'THỨ TRƯỞNG', name: 'Võ Minh Lương' }, ['Như trên', 'Lưu: VT']],
      ['the list in one paragraph, title and name on one line', 'Nơi nhận: - Như trên; - Lưu: VT, TCCV.\n\nTHỦ TƯỚNG Phạm Minh Chính',
        { authority: null, title: 'THỦ TƯỚNG', name: 'Phạm Minh Chính' }, ['Như trên', 'Lưu: VT, TCCV']],
    ])('%s', (_name, closing, signer, distribution) => {
      const { header: h, blocks, bodyStart, bodyEnd } = header(HEAD + closing);
      expect(h.signer).toEqual(signer);
      expect(h.distribution).toEqual(distribution);
      expect(blocks.slice(bodyStart, bodyEnd).map((b) => b.text)).toEqual(['Nội dung văn bản.']);
    });

    it.each([
      ['CHỦ TỊCH PHÓ CHỦ TỊCH Nông Quang Nhất', 'Nông Quang Nhất'],
      ['TỊCH Lê Ngọc Châu', 'Lê Ngọc Châu'],
      // a name broken over two lines is not guessed
      ['CHỦ TỊCH PHÓ CHỦ TỊCH Mai\n\nban, ngành; - Lưu: VT.\n\nSơn', null],
    ])('a PDF that interleaves the list with the signature: %j', (tail, name) => {
      const closing = `Nơi nhận: - Bộ Dân tộc và Tôn giáo; - Ban TM. ỦY BAN NHÂN DÂN KT.\n\nTôn giáo Chính phủ; - Lưu: VT.\n\n${tail}`;
      expect(header(HEAD + closing).header.signer.name).toBe(name);
    });
  });

  describe('the title of a decision ends where its issuer speaks', () => {
    const HEAD = 'BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 4385/QĐ-BVHTTDL\n\nHà Nội, ngày 18 tháng 11 năm 2025\n\n';
    const SUBJECT = 'QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN QUY HOẠCH';
    it.each([
      ['the office that signs, its own paragraph', 'QUYẾT ĐỊNH\n\nVỀ VIỆC BAN HÀNH KẾ HOẠCH\nTHỰC HIỆN QUY HOẠCH\n\nBỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nCăn cứ Luật Quy hoạch ngày 24/11/2017;'],
      ['the office that signs, in the title\'s paragraph', 'QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN QUY HOẠCH\nBỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nCăn cứ Luật Quy hoạch ngày 24/11/2017;'],
      ['the issuer restated in the title\'s paragraph', 'QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN QUY HOẠCH\nBỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nCăn cứ Luật Quy hoạch ngày 24/11/2017;'],
    ])('%s', (_name, rest) => {
      const { header: h, blocks, bodyStart } = header(HEAD + rest);
      expect(h.subject).toBe(SUBJECT);
      expect(blocks.slice(bodyStart).map((b) => b.text)).toContain('Căn cứ Luật Quy hoạch ngày 24/11/2017;');
    });

    it('goes on after a line that ends in a dash', () => {
      const { header: h } = header(`${HEAD}KẾ HOẠCH\n\nTHỰC HIỆN CHƯƠNG TRÌNH GIAI ĐOẠN 2025 -\n2035, ĐỊNH HƯỚNG ĐẾN NĂM 2045\n\nThực hiện Quyết định số 2270/QĐ-TTg, Bộ ban hành Kế hoạch.`);
      expect(h.subject).toBe('KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH GIAI ĐOẠN 2025 - 2035, ĐỊNH HƯỚNG ĐẾN NĂM 2045');
    });
  });

  it('gives nulls, not errors, for an excerpt without a header', () => {
    const { header: h, bodyStart } = header('Giao Sở Tài chính báo cáo trước ngày 20/11/2023.\n\nGiao Sở Y tế theo dõi.');
    expect(h.issuer).toBeNull();
    expect(h.number).toBeNull();
    expect(h.signer.name).toBeNull();
    expect(bodyStart).toBe(0);
  });
});
