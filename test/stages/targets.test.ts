import { describe, expect, it } from 'vitest';
import { findTargets } from '../../src/stages/targets.js';

describe('findTargets', () => {
  it.each<[string, Array<[number, string, string, string]>]>([
    ['đảm bảo 100% văn bản được trao đổi dưới dạng điện tử', [[100, '=', '%', 'target']]],
    ['đảm bảo trên 99% hồ sơ được giải quyết đúng hạn', [[99, '>', '%', 'target']]],
    ['Nộp tối thiểu 50% số phải nộp', [[50, '>=', '%', 'target']]],
    ['tỷ lệ hộ nghèo dưới 3%', [[3, '<', '%', 'target']]],
    ['chi phí không quá 5% tổng vốn', [[5, '<=', '%', 'target']]],
    ['tăng trưởng bình quân đạt 10 - 13%/năm', [[10, '>=', '%/năm', 'target']]],
    ['Phòng Giáo dục và Đào tạo huyện (98%); UBND xã Phước Hiệp (80%)', [[98, '=', '%', 'baseline'], [80, '=', '%', 'baseline']]],
    ['Tăng trưởng kinh tế 9 tháng của Tỉnh ước đạt 8,19%', [[8.19, '=', '%', 'baseline']]],
    ['xuất khẩu tăng 18,3% (bình quân cả nước tăng 16,2%)', [[18.3, '=', '%', 'baseline'], [16.2, '=', '%', 'baseline']]],
    ['kim ngạch xuất khẩu đạt trên 46.200 tấn', [[46200, '>', 'tấn', 'target']]],
    ['phấn đấu đạt 400 triệu USD', [[400, '=', 'triệu USD', 'target']]],
    ['Các cơ quan ký số chưa đạt 100%:', []],
    ['cắt giảm 01 thành phần hồ sơ đối với ít nhất 01 TTHC', []],
    // a range of a measured quantity is its lower bound; a figure in parentheses explains (baseline)
    ['được đầu tư, nâng cấp (2,5 - 5,5 tỷ đồng/xã, phường).', [[2.5, '>=', 'tỷ đồng/xã', 'baseline']]],
    ['cán bộ được bố trí hợp lý (trung bình 64 người/xã), đáp ứng yêu cầu', [[64, '=', 'người/xã', 'baseline']]],
    ['Lựa chọn ít nhất 01 doanh\nnghiệp, hợp tác xã tham gia', [[1, '>=', 'doanh nghiệp', 'target']]],
    ['hỗ trợ 05 doanh nghiệp tham gia hội chợ', []],
    // the part done of a whole, and a rank: present facts unless aimed at
    ['đã hoàn thành 56/93 nhiệm vụ giao trên Hệ thống', [[56, '=', 'nhiệm vụ', 'baseline']]],
    ['phấn đấu 15/19 xã đạt chuẩn nông thôn mới', [[15, '=', 'xã', 'target']]],
    ['năm 2024 xếp thứ 05 cả nước về Chỉ số chuyển đổi số', [[5, '=', 'thứ hạng', 'baseline']]],
    ['phấn đấu xếp thứ 10 cả nước về Chỉ số PCI', [[10, '=', 'thứ hạng', 'target']]],
    // not fractions: a day and month, a document number, round the clock, a map scale
    ['ngày 5/12 năm 2023 các đơn vị báo cáo', []],
    ['trước 20/11 các xã gửi báo cáo', []],
    ['theo Công văn số 56/93 ngày 2/3', []],
    ['trực 24/24 giờ trong dịp Tết', []],
    ['bản đồ 1/500 theo hệ tọa độ', []],
  ])('%s', (text, expected) => {
    expect(findTargets(text).map((t) => [t.value, t.comparator, t.unit, t.role])).toEqual(expected);
  });

  it('attaches a baseline in parentheses to the unit named before it', () => {
    const [t] = findTargets('Các cơ quan: Phòng Giáo dục và Đào tạo huyện (98%)');
    expect(t.units).toEqual(['Phòng Giáo dục và Đào tạo huyện']);
  });
});
