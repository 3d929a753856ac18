import { describe, expect, it } from 'vitest';
import { findTargets, MAX_VALUE } from '../../src/stages/targets.js';

const read = (text: string) => findTargets(text).map((t) => [t.value, t.comparator, t.unit, t.role]);

describe('findTargets: limits and quotas', () => {
  it.each<[string, Array<[number, string, string, string]>]>([
    ['Dung lượng tối thiểu 500MB/hộp thư', [[500, '>=', 'MB/hộp thư', 'target']]],
    ['tệp đính kèm tối đa 20 MB', [[20, '<=', 'MB', 'target']]],
    ['đề nghị khen thưởng không quá 05 cá nhân', [[5, '<=', 'cá nhân', 'target']]],
    ['mỗi đơn vị cử 01 cá nhân/01 ban', [[1, '=', 'cá nhân/01 ban', 'target']]],
    ['mật khẩu có độ dài tối thiểu 08 ký tự', [[8, '>=', 'ký tự', 'target']]],
    ['Việc hẹn lại ngày trả kết quả được thực hiện không quá một lần.', [[1, '<=', 'lần', 'target']]],
    ['bố trí ít nhất 01 (một) điểm thu gom', [[1, '>=', 'điểm thu gom', 'target']]],
    ['đặt cách khu dân cư ≥ 20m.', [[20, '>=', 'm', 'target']]],
    ['diện tích tối thiểu là\n35m2', [[35, '>=', 'm2', 'target']]],
    ['thu gom tối thiểu 03 lần/tuần', [[3, '>=', 'lần/tuần', 'target']]],
    ['Có tổng số điểm từ 50 điểm đến 80 điểm.', [[50, '>=', 'điểm', 'target']]],
    ['Có tổng số điểm trên 90 điểm trở lên', [[90, '>', 'điểm', 'target']]],
    ['Phấn đấu mỗi năm phát triển từ\n05 bộ dữ liệu mở; có tối\nthiểu 05 kịch bản', [[5, '>=', 'bộ dữ liệu mở', 'target'], [5, '>=', 'kịch bản', 'target']]],
    ['- Số điểm quan trắc: 08 điểm, trong đó: 06 điểm vùng nước cấp', [[8, '=', 'điểm', 'target']]],
    ['- Thời gian: 01 ngày/hội nghị.', [[1, '=', 'ngày/hội nghị', 'target']]],
    ['Mức 2, không quá 30.000.000 đồng/tháng áp dụng đối với chuyên gia', [[30000000, '<=', 'đồng/tháng', 'target']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findTargets: ranges, changes and reported counts', () => {
  it.each<[string, Array<[number, string, string, string]>]>([
    ['tỷ lệ vốn ngân sách nhà nước dự kiến: 85%-90% tổng vốn đầu tư', [[85, '>=', '%', 'target']]],
    ['dự kiến khoảng 91.299 tỷ đồng - 97.386 tỷ đồng', [[91299, '>=', 'tỷ đồng', 'target']]],
    // the figure in parentheses restates the one before it, and shares its role
    ['chiếm khoảng 75%-80% tổng vốn đầu tư (khoảng 91.299 tỷ đồng - 97.386 tỷ đồng).', [[75, '>=', '%', 'target'], [91299, '>=', 'tỷ đồng', 'target']]],
    ['tăng số lượng cấp phó của cấp xã từ 2 lên 3\nphó trưởng phòng', [[2, '=', 'phó trưởng phòng', 'baseline'], [3, '=', 'phó trưởng phòng', 'target']]],
    ['tạo thế để thực hiện mục tiêu tăng trưởng 2 con số', [[10, '>=', '%', 'target']]],
    [
      'Theo thống kê, đợt mưa lũ đã làm 102 người chết, mất tích, 221 nhà bị sập, đổ, trôi; trên 80.000 ha lúa bị thiệt hại. Ước tính thiệt hại 9.035 tỷ đồng.',
      [[102, '=', 'người', 'baseline'], [221, '=', 'nhà', 'baseline'], [80000, '>', 'ha', 'baseline'], [9035, '=', 'tỷ đồng', 'baseline']],
    ],
    ['Thu ngân sách nhà nước thuộc nhóm 10 địa phương có số thu cao nhất', [[10, '=', 'địa phương', 'baseline']]],
    // an aim opens the sentence; a list after "cụ thể:" shares it
    ['Phấn đấu, cụ thể: tổng tỷ suất sinh đạt 2,1 con/phụ nữ; tỷ lệ phụ thuộc chung đạt khoảng 51%; giảm 50% số cặp tảo hôn', [[2.1, '=', 'con/phụ', 'target'], [51, '=', '%', 'target'], [50, '=', '%', 'target']]],
    ['Hằng năm, số vụ phạm tội được phát hiện tăng trên 03%', [[3, '>', '%', 'target']]],
    ['xuất khẩu tăng trên 10% so với cùng kỳ', [[10, '>', '%', 'baseline']]],
    // a measured rate keeps its cue even in a sentence that "bảo đảm" something
    ['hoạt động của chính quyền địa phương bảo đảm thông suốt, liên tục, sát dân, gần dân, phục vụ Nhân dân tốt nhất (giải quyết hồ sơ đạt tỷ lệ 91,67%)', [[91.67, '=', '%', 'baseline']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findTargets: how long a state lasts', () => {
  it.each<[string, Array<[number, string, string, string]>]>([
    ['đăng tải trên cổng thông tin điện tử của tỉnh trong thời gian 07 ngày liên tục;', [[7, '=', 'ngày', 'target']]],
    ['niêm yết kết quả tại trụ sở. Thời gian niêm yết là 30 ngày.', [[30, '=', 'ngày', 'target']]],
    ['tập kết trong thời gian không quá 48 giờ trước khi chuyển giao', [[48, '<=', 'giờ', 'target']]],
    ['thời gian vận hành không quá 45 phút/ca và không quá 3h/ngày', [[45, '<=', 'phút/ca', 'target'], [3, '<=', 'h/ngày', 'target']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findTargets: not targets', () => {
  it.each<string>([
    'trong 05 ngày làm việc kể từ ngày nhận được kiến nghị',
    'giải quyết không quá 02 ngày làm việc',
    'Kế hoạch gồm 03 nội dung sau:',
    'tập trung thực hiện tối thiểu 03 nội dung sau đây',
    'theo quy định tại Điều 5, khoản 2 Quy định này',
    'áp dụng từ ngày 01/01/2026',
    'bắt đầu từ 01/01/2026',
    'làm việc từ 7 giờ đến 11 giờ',
    'quân nhân có dưới 20 năm công tác',
    'trẻ em từ 06 tháng đến 36 tháng tuổi',
    'quan trắc 02 đợt/tháng, 18 đợt/năm',
    'Nộp Quỹ 01 lần/năm.',
    'truy cập băng rộng với tốc độ 01 Gb/s',
    'Giải khát giữa giờ (50 người/lớp x 02 lớp)',
    'Số lượng công việc hoàn thành / Số lượng công việc được giao x 100% x 5',
    'thực hiện Đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội”',
    'Bán kính phục vụ tối đa 10 km thì diện tích trạm được bố trí hợp lý',
    // a score's condition in a rubric, and how an entitlement is computed
    'Tỷ lệ đạt từ 95% trở\nlên: 2,5',
    'Tỷ lệ đạt dưới 95%:\n0',
    'sau đó cứ thêm một năm (đủ 12 tháng) được tính thêm 5% trên mức trợ cấp khởi điểm.',
    'trong thời gian nghỉ được hưởng 100% lương',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('findTargets: every value is a finite number', () => {
  it('drops a run of 400 digits instead of reporting Infinity (issue #10)', () => {
    expect(read(`đảm bảo ${'9'.repeat(400)}% hồ sơ`)).toEqual([]);
    expect(read(`tối thiểu ${'9'.repeat(400)} cá nhân`)).toEqual([]);
  });

  it('keeps figures up to the bound and drops those past it', () => {
    expect(read('đạt 999.999.999.999.999 tỷ đồng')).toEqual([[999999999999999, '=', 'tỷ đồng', 'target']]);
    expect(read('đạt 9.999.999.999.999.999 tỷ đồng')).toEqual([]);
    expect(MAX_VALUE).toBe(1e15);
  });

  it('stays linear on long runs of digits and limit words', () => {
    const inputs = ['9'.repeat(100_000), 'tối thiểu 5 '.repeat(20_000), '1 - '.repeat(30_000) + '%', 'từ 2 '.repeat(30_000)];
    for (const text of inputs) {
      const t0 = performance.now();
      for (const t of findTargets(text)) expect(Number.isFinite(t.value)).toBe(true);
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  });
});

describe('findTargets: a condition keeps the requirement after it', () => {
  it('reads the requirement after "thì", not the condition before it', () => {
    expect(read('Bán kính phục vụ tối đa 0,5km thì diện tích trạm tối thiểu là 20m2')).toEqual([[20, '>=', 'm2', 'target']]);
  });
});

describe('findTargets: limit words that do not set a limit', () => {
  it.each<string>([
    'hạn chế lưu thông trên một số tuyến đường tại khu vực nguy hiểm',
    'công chức mang theo con dưới ba mươi sáu tháng tuổi',
    'Chủ trì triển khai Nền tảng số trên 04 loại hình báo chí',
    'dừng hệ thống từ 18h00 tối Thứ Bảy',
    'theo Quyết định số 930e/QĐ-UBND',
    'Phạt tiền từ 15.000.000 đồng đến 30.000.000 đồng',
    '*Đơn vị: 01 km/lần*',
    'Phòng có từ 16 biên chế công chức trở lên được bố trí không quá 02 cấp phó',
    'Đối với nhà công nghiệp cao từ 03 tầng trở lên: bổ sung',
    'Cơ quan có tổng khối lượng dưới 300 kg/ngày được lựa chọn hình thức quản lý',
  ])('%s', (text) => {
    expect(read(text).filter(([, , unit]) => unit !== 'cấp phó')).toEqual([]);
  });

  it('keeps the requirement of a rule that defines its class', () => {
    expect(read('phải bố trí từ 30 biên chế công chức trở lên.')).toEqual([[30, '>=', 'biên chế công chức', 'target']]);
    expect(read('Phòng có từ 16 biên chế công chức trở lên được bố trí không quá 02 cấp phó')).toEqual([[2, '<=', 'cấp phó', 'target']]);
  });
});
