// The grammar's expression tables: one table per expression family, shared by
// the tests (test/grammar/*.test.ts) and the benchmark (scripts/bench-grammar.ts).
// Most inputs are phrasing from real directives (fixtures/*.txt|md and
// fixtures/stress/*.md), some shortened; `gold.ts` holds every deadline of the
// annotated fixtures in its own sentence.
import type { GrammarContext, TimeExpression } from '../../src/grammar/index.js';
import { corpusGold } from './gold-cases.js';

/** The fixed reference: a document issued on Monday 6 November 2023. */
export const REF: GrammarContext = { issueDate: '2023-11-06', year: 2023 };

export type Expect = Partial<Omit<TimeExpression, 'problems'>> & { text: string; problems?: string[] };

export interface Case {
  input: string;
  ctx?: GrammarContext;
  /** What scanTime must return, in order (empty for a negative case). */
  expect: Expect[];
}

const one = (input: string, e: Expect, ctx?: GrammarContext): Case => ({ input, expect: [e], ctx });
/** A dated deadline: `date` as written; `due` is checked from the relation. */
const D = (input: string, text: string, relation: TimeExpression['relation'], date: string, more: Partial<Expect> = {}, ctx?: GrammarContext): Case =>
  one(input, { text, kind: 'date', relation, date, ...more }, ctx);
const R = (input: string, text: string, rrule: string, more: Partial<Expect> = {}): Case =>
  one(input, { text, kind: 'recurring', rrule, date: null, due: null, ...more });
const C = (input: string, text: string, trigger: string): Case => one(input, { text, kind: 'conditional', trigger, date: null, due: null });
const N = (input: string, ctx?: GrammarContext): Case => ({ input, expect: [], ctx });

export const absoluteDates: Case[] = [
  D('hoàn thành trước ngày 20/11/2023.', 'trước ngày 20/11/2023', 'before', '2023-11-20', { due: '2023-11-19' }),
  D('báo cáo trước ngày 5/12/23', 'trước ngày 5/12/23', 'before', '2023-12-05'),
  D('gửi trước ngày 20.11.2023 để tổng hợp', 'trước ngày 20.11.2023', 'before', '2023-11-20'),
  D('gửi trước ngày 20-11-2023 để tổng hợp', 'trước ngày 20-11-2023', 'before', '2023-11-20'),
  D('gửi trước ngày 20 / 11/2023 để tổng hợp', 'trước ngày 20 / 11/2023', 'before', '2023-11-20'),
  D('gửi trước ngày 20 / 11 / 2023.', 'trước ngày 20 / 11 / 2023', 'before', '2023-11-20'),
  D('hoàn thành trước ngày 20 tháng 11 năm 2023.', 'trước ngày 20 tháng 11 năm 2023', 'before', '2023-11-20'),
  D('trước ngày 30 tháng 11 năm\n2025', 'trước ngày 30 tháng 11 năm\n2025', 'before', '2025-11-30'),
  D('trước ngày 30 tháng 11\nnăm 2025.', 'trước ngày 30 tháng 11\nnăm 2025', 'before', '2025-11-30'),
  D('số còn lại nộp trước ngày\n20 tháng 11 năm 2022', 'trước ngày\n20 tháng 11 năm 2022', 'before', '2022-11-20', {}, { issueDate: null, year: 2022 }),
  D('hoàn\nthành trước ngày 31/01/2026.', 'trước ngày 31/01/2026', 'before', '2026-01-31'),
  D('trước\nngày 26/11/2025.', 'trước\nngày 26/11/2025', 'before', '2025-11-26'),
  D('báo cáo trước ngày 20/11', 'trước ngày 20/11', 'before', '2023-11-20', { yearInferred: true }),
  D('hoàn thành trước 15/12', 'trước 15/12', 'before', '2023-12-15', { yearInferred: true }),
  D('tổ chức vào ngày 05 tháng 01', 'tổ chức vào ngày 05 tháng 01', 'on', '2023-01-05', { yearInferred: true, problems: ['date/before-issue'] }),
  D('trước ngày 15 tháng 12', 'trước ngày 15 tháng 12', 'before', '2023-12-15', { yearInferred: true }),
  D('hoàn thành trước ngày 01/12/2023', 'trước ngày 01/12/2023', 'before', '2023-12-01', { due: '2023-11-30', granularity: 'day', yearInferred: false }),
  D('trước ngày 01/01/2024', 'trước ngày 01/01/2024', 'before', '2024-01-01', { due: '2023-12-31' }),
  D('trước ngày 01/3/2024', 'trước ngày 01/3/2024', 'before', '2024-03-01', { due: '2024-02-29' }),
  D('Thu, nộp một lần trước ngày 30 tháng 7 năm 2022', 'trước ngày 30 tháng 7 năm 2022', 'before', '2022-07-30', {}, { issueDate: null, year: 2022 }),
  D('gửi về Bộ Tài nguyên và Môi trường trước ngày 15/02/2019 theo địa chỉ', 'trước ngày 15/02/2019', 'before', '2019-02-15', {}, { issueDate: '2019-01-30', year: 2019 }),
  D('trước ngày 01 tháng 12 năm 2025.', 'trước ngày 01 tháng 12 năm 2025', 'before', '2025-12-01'),
  D('trình Chủ tịch UBND tỉnh phê duyệt chậm nhất ngày 21/11/2025.', 'chậm nhất ngày 21/11/2025', 'by', '2025-11-21'),
  D('gửi báo cáo về Bộ Xây dựng chậm nhất ngày 10 tháng 12 năm 2025, trong đó', 'chậm nhất ngày 10 tháng 12 năm 2025', 'by', '2025-12-10'),
  D('hoàn thành trước 10/12/2023', 'trước 10/12/2023', 'before', '2023-12-10'),
  D('(hoàn thành trước ngày 10/12/2023).', 'trước ngày 10/12/2023', 'before', '2023-12-10'),
  D('trước ngày 24/5/2019', 'trước ngày 24/5/2019', 'before', '2019-05-24', {}, { issueDate: '2019-05-21', year: 2019 }),
  D('trước ngày 28/5/2015', 'trước ngày 28/5/2015', 'before', '2015-05-28', {}, { issueDate: '2015-05-26', year: 2015 }),
  D('trước ngày 31 tháng 12 năm 2025.', 'trước ngày 31 tháng 12 năm 2025', 'before', '2025-12-31'),
  D('trước ngày 25 tháng 12 năm 2025.', 'trước ngày 25 tháng 12 năm 2025', 'before', '2025-12-25'),
  D('nộp hồ sơ trước ngày 2023-12-15', 'trước ngày 2023-12-15', 'before', '2023-12-15'),
  D('Lập danh sách trước ngày 20 tháng 12 năm 2023, gửi UBND huyện', 'trước ngày 20 tháng 12 năm 2023', 'before', '2023-12-20'),
  D('hoàn thành trước ngày 31/3/2024', 'trước ngày 31/3/2024', 'before', '2024-03-31'),
  D('trước ngày 29/02/2024', 'trước ngày 29/02/2024', 'before', '2024-02-29', { due: '2024-02-28' }),
  D('trước ngày 9/1/2024', 'trước ngày 9/1/2024', 'before', '2024-01-09'),
  D('trước ngày 30/4/2024 (trước dịp lễ)', 'trước ngày 30/4/2024', 'before', '2024-04-30'),
];

export const lunarNewYear: Case[] = [
  // before the lunar new year: mùng 1 Tết from the lunar calendar, due the day before
  D('hoàn thành trước Tết Nguyên đán Ất Tỵ 2025.', 'trước Tết Nguyên đán Ất Tỵ 2025', 'before', '2025-01-29', { due: '2025-01-28' }),
  D('xong trước Tết Nguyên đán 2024', 'trước Tết Nguyên đán 2024', 'before', '2024-02-10', { due: '2024-02-09' }),
  D('cung ứng hàng hóa trước Tết Ất Tỵ', 'trước Tết Ất Tỵ', 'before', '2025-01-29', {}, { issueDate: '2024-12-02', year: 2024 }),
  D('chậm nhất trước Tết Giáp Thìn', 'chậm nhất trước Tết Giáp Thìn', 'before', '2024-02-10', {}, { issueDate: '2023-11-06', year: 2023 }),
  D('hoàn thành trước Tết Nguyên đán', 'trước Tết Nguyên đán', 'before', '2025-01-29', { yearInferred: true }, { issueDate: '2024-12-02', year: 2024 }),
  D('hoàn thành trước Tết Nguyên đán', 'trước Tết Nguyên đán', 'before', '2026-02-17', { yearInferred: true }, { issueDate: '2025-03-01', year: 2025 }),
];

export const relations: Case[] = [
  D('hoàn thành việc lập danh mục hồ sơ chậm nhất ngày 20/11/2023.', 'chậm nhất ngày 20/11/2023', 'by', '2023-11-20'),
  D('chậm nhất là ngày 4 tháng 3 năm 2021 để công bố', 'chậm nhất là ngày 4 tháng 3 năm 2021', 'by', '2021-03-04', {}, { issueDate: '2021-02-24', year: 2021 }),
  D('đại biểu Hội đồng nhân dânchậm nhất là ngày 14 tháng 3 năm 2021.', 'chậm nhất là ngày 14 tháng 3 năm 2021', 'by', '2021-03-14', {}, { issueDate: '2021-02-24', year: 2021 }),
  D('gửi Sở Nội vụ chậm nhất vào ngày 25/11/2023', 'chậm nhất vào ngày 25/11/2023', 'by', '2023-11-25'),
  D('hạn chót ngày 30/11/2023', 'hạn chót ngày 30/11/2023', 'by', '2023-11-30'),
  D('Hạn chót nộp hồ sơ: hạn chót là ngày 15/12/2023', 'hạn chót là ngày 15/12/2023', 'by', '2023-12-15'),
  D('hạn cuối ngày 10/12/2023', 'hạn cuối ngày 10/12/2023', 'by', '2023-12-10'),
  D('Thời hạn: 30/11/2023', 'Thời hạn: 30/11/2023', 'by', '2023-11-30'),
  D('Thời gian hoàn thành: ngày 15/12/2023', 'Thời gian hoàn thành: ngày 15/12/2023', 'by', '2023-12-15'),
  D('thời gian hoàn thành trước ngày 30/11/2023.', 'trước ngày 30/11/2023', 'before', '2023-11-30'),
  D('đảm bảo đến ngày 15/11/2023 phải thực hiện đạt trên 95%', 'đến ngày 15/11/2023', 'by', '2023-11-15'),
  D('thực hiện đến hết ngày 31/12/2023', 'đến hết ngày 31/12/2023', 'by', '2023-12-31'),
  D('hoàn thành xong trong ngày 20/11/2023', 'xong trong ngày 20/11/2023', 'by', '2023-11-20'),
  D('xong trước hoặc trong ngày 20/11/2023', 'trước hoặc trong ngày 20/11/2023', 'by', '2023-11-20'),
  D('gửi báo cáo trong ngày 08/11/2023', 'trong ngày 08/11/2023', 'by', '2023-11-08'),
  D('thời gian nộp không quá ngày 25/11/2023', 'không quá ngày 25/11/2023', 'by', '2023-11-25'),
  D('không muộn hơn ngày 25/11/2023', 'không muộn hơn ngày 25/11/2023', 'by', '2023-11-25'),
  D('muộn nhất là ngày 01/12/2023', 'muộn nhất là ngày 01/12/2023', 'by', '2023-12-01'),
  D('trễ nhất ngày 01/12/2023', 'trễ nhất ngày 01/12/2023', 'by', '2023-12-01'),
  D('Hội nghị tổ chức vào ngày 24/11/2023 tại hội trường', 'tổ chức vào ngày 24/11/2023', 'on', '2023-11-24'),
  D('tổ chức ngày 24/11/2023', 'tổ chức ngày 24/11/2023', 'on', '2023-11-24'),
  D('Hội thi diễn ra vào ngày 24/11/2023', 'diễn ra vào ngày 24/11/2023', 'on', '2023-11-24'),
  D('khai mạc vào ngày 24/11/2023', 'khai mạc vào ngày 24/11/2023', 'on', '2023-11-24'),
  D('thực hiện từ ngày 01/12/2023', 'từ ngày 01/12/2023', 'from', '2023-12-01'),
  D('áp dụng kể từ ngày 01/01/2024', 'kể từ ngày 01/01/2024', 'from', '2024-01-01'),
  D('bắt đầu từ ngày 15/11/2023', 'bắt đầu từ ngày 15/11/2023', 'from', '2023-11-15'),
  D('gửi kết quả về Phòng Nội vụ trước ngày 15/12/2023.', 'trước ngày 15/12/2023', 'before', '2023-12-15'),
  D('Thời hạn hoàn thành 30/12/2023', 'Thời hạn hoàn thành 30/12/2023', 'by', '2023-12-30'),
  D('HOÀN THÀNH TRƯỚC NGÀY 10/12/2023', 'TRƯỚC NGÀY 10/12/2023', 'before', '2023-12-10'),
  D('Hoàn thành Trước Ngày 10/12/2023', 'Trước Ngày 10/12/2023', 'before', '2023-12-10'),
  D('chậm nhất ngày 21/01/2021', 'chậm nhất ngày 21/01/2021', 'by', '2021-01-21', {}, { issueDate: null, year: 2021 }),
  D('nộp chậm nhất trước ngày 15/12/2023', 'chậm nhất trước ngày 15/12/2023', 'before', '2023-12-15'),
  D('báo cáo tới ngày 30/11/2023', 'tới ngày 30/11/2023', 'by', '2023-11-30'),
  D('hoàn thành ngày 30/11/2023', 'hoàn thành ngày 30/11/2023', 'by', '2023-11-30'),
  D('Thời gian: 8h00 ngày 24/11/2023', 'Thời gian: 8h00 ngày 24/11/2023', 'on', '2023-11-24', { time: '08:00' }),
  D('Thời gian: ngày 24/11/2023', 'Thời gian: ngày 24/11/2023', 'by', '2023-11-24'),
];

export const timesOfDay: Case[] = [
  D('gửi về Sở trước 16 giờ 00 ngày 20/11/2023', 'trước 16 giờ 00 ngày 20/11/2023', 'before', '2023-11-20', { time: '16:00' }),
  D('trước 16h30 ngày 20/11/2023', 'trước 16h30 ngày 20/11/2023', 'before', '2023-11-20', { time: '16:30' }),
  D('chậm nhất 10h00\' ngày 27/4/2020', 'chậm nhất 10h00\' ngày 27/4/2020', 'by', '2020-04-27', { time: '10:00' }, { issueDate: null, year: 2020 }),
  D('chậm nhất 10h00’ ngày 27/4/2020', 'chậm nhất 10h00’ ngày 27/4/2020', 'by', '2020-04-27', { time: '10:00' }, { issueDate: null, year: 2020 }),
  D('trước 14h00 ngày 28/4/2020 qua email', 'trước 14h00 ngày 28/4/2020', 'before', '2020-04-28', { time: '14:00' }, { issueDate: null, year: 2020 }),
  D('vào lúc 16h00 ngày thứ Sáu 20/4/2018', 'vào lúc 16h00 ngày thứ Sáu 20/4/2018', 'on', '2018-04-20', { time: '16:00', problems: [] }, { issueDate: null, year: 2018 }),
  // Before 9:00 on 23/4 is still met on 23/4: a time keeps the day as the due day.
  D('trước 9h00 ngày 23/4/2018', 'trước 9h00 ngày 23/4/2018', 'before', '2018-04-23', { time: '09:00', due: '2018-04-23' }, { issueDate: null, year: 2018 }),
  D('07h00’ ngày 06/9, đoàn xuất phát', '07h00’ ngày 06/9', 'on', '2013-09-06', { time: '07:00', yearInferred: true }, { issueDate: '2013-09-03', year: 2013 }),
  D('14h00’ ngày 06/9, làm việc với UBND huyện.', '14h00’ ngày 06/9', 'on', '2013-09-06', { time: '14:00' }, { issueDate: '2013-09-03', year: 2013 }),
  D('trước 24h00 ngày 30/11/2023', 'trước 24h00 ngày 30/11/2023', 'before', '2023-11-30', { time: '24:00' }),
  D('trước 17 giờ ngày 20/11/2023', 'trước 17 giờ ngày 20/11/2023', 'before', '2023-11-20', { time: '17:00' }),
  D('trước 17 giờ 30 phút ngày 20/11/2023', 'trước 17 giờ 30 phút ngày 20/11/2023', 'before', '2023-11-20', { time: '17:30' }),
  D('vào lúc 8 giờ 00, ngày 24/11/2023', 'vào lúc 8 giờ 00, ngày 24/11/2023', 'on', '2023-11-24', { time: '08:00' }),
  D('chậm nhất 15:00 ngày 24/11/2023', 'chậm nhất 15:00 ngày 24/11/2023', 'by', '2023-11-24', { time: '15:00' }),
  D('trước 16g00 ngày 20/11/2023', 'trước 16g00 ngày 20/11/2023', 'before', '2023-11-20', { time: '16:00' }),
  D('vào lúc 14 giờ 00 ngày 20 tháng 11 năm 2023', 'vào lúc 14 giờ 00 ngày 20 tháng 11 năm 2023', 'on', '2023-11-20', { time: '14:00' }),
  D('họp vào ngày 24/11/2023 lúc 14h00', 'vào ngày 24/11/2023 lúc 14h00', 'on', '2023-11-24', { time: '14:00' }),
  one('báo cáo trước 17 giờ', { text: 'trước 17 giờ', kind: 'date', relation: 'before', time: '17:00', date: null, due: null, problems: ['time/unresolved'] }),
  one('gửi trước 16 giờ ngày thứ Sáu', { text: 'trước 16 giờ ngày thứ Sáu', relation: 'before', time: '16:00', date: '2023-11-10', due: '2023-11-10' }),
  one('báo cáo vào 15:00 ngày thứ Sáu', { text: 'vào 15:00 ngày thứ Sáu', relation: 'on', time: '15:00', date: '2023-11-10' }),
  one('họp vào lúc 8h00 thứ Hai', { text: 'vào lúc 8h00 thứ Hai', relation: 'on', time: '08:00', date: '2023-11-13' }),
  one('gửi trước 16 giờ ngày thứ Sáu', { text: 'trước 16 giờ ngày thứ Sáu', date: null, problems: ['time/unresolved'] }, { issueDate: null, year: 2023 }),
  one('chậm nhất 10h00 ngày mai', { text: 'chậm nhất 10h00', time: '10:00', date: null, problems: ['time/unresolved'] }),
  R('cập nhật số liệu trước 16 giờ hằng ngày', 'trước 16 giờ hằng ngày', 'FREQ=DAILY;BYHOUR=16;BYMINUTE=0', { time: '16:00', relation: 'before' }),
  R('báo cáo hằng ngày, trước 16h00 về Sở Y tế', 'hằng ngày, trước 16h00', 'FREQ=DAILY;BYHOUR=16;BYMINUTE=0', { time: '16:00' }),
  R('báo cáo hằng ngày (trước 15h30)', 'hằng ngày (trước 15h30)', 'FREQ=DAILY;BYHOUR=15;BYMINUTE=30', { time: '15:30' }),
  D('họp vào lúc 2 giờ chiều ngày 24/11/2023', 'vào lúc 2 giờ chiều ngày 24/11/2023', 'on', '2023-11-24', { time: '14:00' }),
  D('trước 5 giờ chiều, ngày 24/11/2023', 'trước 5 giờ chiều, ngày 24/11/2023', 'before', '2023-11-24', { time: '17:00' }),
  R('trực vào 8 giờ tối thứ 7 hàng tuần', 'vào 8 giờ tối thứ 7 hàng tuần', 'FREQ=WEEKLY;BYDAY=SA;BYHOUR=20;BYMINUTE=0', { time: '20:00' }),
  R('báo cáo trước 4 giờ chiều hằng ngày', 'trước 4 giờ chiều hằng ngày', 'FREQ=DAILY;BYHOUR=16;BYMINUTE=0', { time: '16:00' }),
  D('vào 8h00 sáng thứ Sáu, ngày 24/11/2023', 'vào 8h00 sáng thứ Sáu, ngày 24/11/2023', 'on', '2023-11-24', { time: '08:00', problems: [] }),
];

export const periods: Case[] = [
  D('báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2025.', 'trong tháng 12 năm 2025', 'by', '2025-12-31', { granularity: 'month' }),
  D('báo cáo Thủ tướng Chính phủ trong tháng\n12 năm 2025.', 'trong tháng\n12 năm 2025', 'by', '2025-12-31', { granularity: 'month' }),
  D('hoàn thành trong tháng 12/2023', 'trong tháng 12/2023', 'by', '2023-12-31', { granularity: 'month' }),
  D('hoàn thành trong tháng 02/2024', 'trong tháng 02/2024', 'by', '2024-02-29', { granularity: 'month' }),
  D('tổ chức trong tháng 12', 'trong tháng 12', 'by', '2023-12-31', { granularity: 'month', yearInferred: true }),
  D('hoàn thành trong tháng 11 và tháng 12/2023', 'trong tháng 11 và tháng 12/2023', 'by', '2023-12-31', { granularity: 'month' }),
  D('triển khai trong tháng 11 - 12/2023', 'trong tháng 11 - 12/2023', 'by', '2023-12-31', { granularity: 'month' }),
  D('hoàn thành trong tháng 11-2023', 'trong tháng 11-2023', 'by', '2023-11-30', { granularity: 'month' }),
  D('hoàn thành cuối tháng 12/2023', 'cuối tháng 12/2023', 'by', '2023-12-31', { granularity: 'month' }),
  D('thực hiện đến hết tháng 6/2024', 'đến hết tháng 6/2024', 'by', '2024-06-30', { granularity: 'month' }),
  D('hoàn thành trước tháng 12/2023', 'trước tháng 12/2023', 'before', '2023-12-01', { due: '2023-11-30', granularity: 'month' }),
  D('Đạt Bổ sung QĐ điều chỉnh QCQLQH Tháng\n3/2018\n15 15', 'Tháng\n3/2018', 'by', '2018-03-31', { granularity: 'month' }, { issueDate: null, year: 2018 }),
  D('bị hỏng do bão số 10 năm 2017 Tháng\n3/2018\nĐ/c:', 'Tháng\n3/2018', 'by', '2018-03-31', { granularity: 'month' }, { issueDate: null, year: 2018 }),
  D('Thời gian thực hiện: tháng 12/2023', 'Thời gian thực hiện: tháng 12/2023', 'by', '2023-12-31', { granularity: 'month' }),
  D('hoàn thành trong Quý I năm 2026.', 'trong Quý I năm 2026', 'by', '2026-03-31', { granularity: 'quarter' }),
  D('hoàn thành trong quý IV/2023', 'trong quý IV/2023', 'by', '2023-12-31', { granularity: 'quarter' }),
  D('hoàn thành trong quý IV năm 2023', 'trong quý IV năm 2023', 'by', '2023-12-31', { granularity: 'quarter' }),
  D('hoàn thành trong quý 1/2024', 'trong quý 1/2024', 'by', '2024-03-31', { granularity: 'quarter' }),
  D('trình trong quý II năm 2024', 'trong quý II năm 2024', 'by', '2024-06-30', { granularity: 'quarter' }),
  D('triển khai trong quý III/2024', 'trong quý III/2024', 'by', '2024-09-30', { granularity: 'quarter' }),
  D('hoàn thành trong quý IV', 'trong quý IV', 'by', '2023-12-31', { granularity: 'quarter', yearInferred: true }),
  D('hoàn thành trước quý II/2024', 'trước quý II/2024', 'before', '2024-04-01', { due: '2024-03-31', granularity: 'quarter' }),
  D('xong cuối quý I năm 2024', 'cuối quý I năm 2024', 'by', '2024-03-31', { granularity: 'quarter' }),
  D('Quý IV/2023\n', 'Quý IV/2023', 'by', '2023-12-31', { granularity: 'quarter' }),
  D('hoàn thành trong 6 tháng đầu năm 2024', 'trong 6 tháng đầu năm 2024', 'by', '2024-06-30', { granularity: 'half-year' }),
  D('thực hiện trong 06 tháng cuối năm 2024', 'trong 06 tháng cuối năm 2024', 'by', '2024-12-31', { granularity: 'half-year' }),
  D('hoàn thành trong sáu tháng đầu năm 2024', 'trong sáu tháng đầu năm 2024', 'by', '2024-06-30', { granularity: 'half-year' }),
  D('hoàn thành trong 6 tháng cuối năm', 'trong 6 tháng cuối năm', 'by', '2023-12-31', { granularity: 'half-year', yearInferred: true }),
  D('xây dựng đề án trong năm 2025', 'trong năm 2025', 'by', '2025-12-31', { granularity: 'year' }),
  D('hoàn thành cuối năm 2023', 'cuối năm 2023', 'by', '2023-12-31', { granularity: 'year' }),
  D('hoàn thành trong năm 2025 – 2026', 'trong năm 2025 – 2026', 'by', '2026-12-31', { granularity: 'year' }),
  D('thực hiện trong các năm 2025-2026', 'trong các năm 2025-2026', 'by', '2026-12-31', { granularity: 'year' }),
  D('duy trì đến hết năm 2024', 'đến hết năm 2024', 'by', '2024-12-31', { granularity: 'year' }),
  D('hoàn thành ngay trong năm 2024', 'ngay trong năm 2024', 'by', '2024-12-31', { granularity: 'year' }),
  D('hoàn thành trước năm 2025', 'trước năm 2025', 'before', '2025-01-01', { due: '2024-12-31', granularity: 'year' }),
  D('hoàn thành trước cuối năm', 'trước cuối năm', 'by', '2023-12-31', { granularity: 'year', yearInferred: true }),
  D('giải ngân hết kế hoạch vốn đến cuối năm 2023', 'đến cuối năm 2023', 'by', '2023-12-31', { granularity: 'year' }),
  D('hoàn thành dứt điểm trong năm 2023', 'trong năm 2023', 'by', '2023-12-31', { granularity: 'year' }),
];

export const recurring: Case[] = [
  R('Báo cáo kết quả thực hiện về UBND huyện vào thứ 6 hàng tuần.', 'vào thứ 6 hàng tuần', 'FREQ=WEEKLY;BYDAY=FR', { relation: 'on' }),
  R('báo cáo thứ 6 hàng tuần', 'thứ 6 hàng tuần', 'FREQ=WEEKLY;BYDAY=FR'),
  R('báo cáo thứ Sáu hằng tuần', 'thứ Sáu hằng tuần', 'FREQ=WEEKLY;BYDAY=FR'),
  R('báo cáo vào T6 hàng tuần', 'vào T6 hàng tuần', 'FREQ=WEEKLY;BYDAY=FR'),
  R('giao ban thứ Hai hàng tuần', 'thứ Hai hàng tuần', 'FREQ=WEEKLY;BYDAY=MO'),
  R('họp vào thứ 2 hằng tuần', 'vào thứ 2 hằng tuần', 'FREQ=WEEKLY;BYDAY=MO'),
  R('tổng hợp vào thứ năm hàng tuần', 'vào thứ năm hàng tuần', 'FREQ=WEEKLY;BYDAY=TH'),
  R('trực vào Chủ nhật hàng tuần', 'vào Chủ nhật hàng tuần', 'FREQ=WEEKLY;BYDAY=SU'),
  R('trực vào các ngày thứ 2 và thứ 5 hàng tuần', 'vào các ngày thứ 2 và thứ 5 hàng tuần', 'FREQ=WEEKLY;BYDAY=MO,TH'),
  R('tiếp công dân thứ 3, 5 hằng tuần', 'thứ 3, 5 hằng tuần', 'FREQ=WEEKLY;BYDAY=TU,TH'),
  R('báo cáo vào thứ 5 mỗi tuần', 'vào thứ 5 mỗi tuần', 'FREQ=WEEKLY;BYDAY=TH'),
  R('gửi Bộ Nội vụ trước 15:00 ngày thứ Sáu hàng tuần để tổng hợp', 'trước 15:00 ngày thứ Sáu hàng tuần', 'FREQ=WEEKLY;BYDAY=FR;BYHOUR=15;BYMINUTE=0', { time: '15:00', relation: 'before' }),
  R('báo cáo vào 15:00 ngày Chủ nhật hàng tuần', 'vào 15:00 ngày Chủ nhật hàng tuần', 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=15;BYMINUTE=0', { time: '15:00' }),
  R('báo cáo hàng tuần trước 15:00 ngày thứ Sáu', 'hàng tuần trước 15:00 ngày thứ Sáu', 'FREQ=WEEKLY;BYDAY=FR;BYHOUR=15;BYMINUTE=0', { time: '15:00' }),
  R('hằng tuần, vào thứ Hai', 'hằng tuần, vào thứ Hai', 'FREQ=WEEKLY;BYDAY=MO'),
  R('trước 16h30 chiều thứ 6 hàng tuần', 'trước 16h30 chiều thứ 6 hàng tuần', 'FREQ=WEEKLY;BYDAY=FR;BYHOUR=16;BYMINUTE=30', { time: '16:30' }),
  R('báo cáo trước ngày 20 hằng tháng', 'trước ngày 20 hằng tháng', 'FREQ=MONTHLY;BYMONTHDAY=20', { relation: 'before' }),
  R('Định kỳ hàng tháng (trước ngày 16 hàng tháng), gửi Sở Công thương', 'trước ngày 16 hàng tháng', 'FREQ=MONTHLY;BYMONTHDAY=16'),
  R('Hàng tháng vào ngày 20, giao Cục thống kê chủ trì', 'Hàng tháng vào ngày 20', 'FREQ=MONTHLY;BYMONTHDAY=20'),
  R('định kỳ hằng tháng trước ngày 25', 'định kỳ hằng tháng trước ngày 25', 'FREQ=MONTHLY;BYMONTHDAY=25'),
  R('Hằng tháng (trước ngày 25), các đơn vị gửi báo cáo', 'Hằng tháng (trước ngày 25)', 'FREQ=MONTHLY;BYMONTHDAY=25'),
  R('báo cáo hằng tháng, trước ngày 5) gửi', 'hằng tháng, trước ngày 5', 'FREQ=MONTHLY;BYMONTHDAY=5'),
  R('gửi vào ngày 25 mỗi tháng', 'vào ngày 25 mỗi tháng', 'FREQ=MONTHLY;BYMONTHDAY=25'),
  R('chậm nhất ngày 05 hằng tháng', 'chậm nhất ngày 05 hằng tháng', 'FREQ=MONTHLY;BYMONTHDAY=5'),
  R('báo cáo hằng quý (trước ngày 15 của tháng cuối quý)', 'hằng quý (trước ngày 15 của tháng cuối quý)', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15'),
  R('hàng quý, trước ngày 20', 'hàng quý, trước ngày 20', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=20'),
  R('hằng quý, trước ngày 20 gửi Sở Tài chính', 'hằng quý, trước ngày 20', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=20'),
  R('gửi báo cáo hằng quý về Sở', 'hằng quý', 'FREQ=MONTHLY;INTERVAL=3'),
  R('định kỳ trước ngày 15 tháng cuối của quý đối với dự án', 'trước ngày 15 tháng cuối của quý', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15'),
  R('gửi Sở Nội vụ trước ngày 15/1 hàng năm', 'trước ngày 15/1 hàng năm', 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15'),
  R('tổng kết năm (trước ngày 20/11 hàng năm)', 'trước ngày 20/11 hàng năm', 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20'),
  R('gửi Ủy ban nhân dân tỉnh trước ngày 25/12 hàng năm.', 'trước ngày 25/12 hàng năm', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25'),
  R('được tiến hành trước ngày 15 tháng 12 hàng năm, trước khi', 'trước ngày 15 tháng 12 hàng năm', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15'),
  R('Trước ngày 20 tháng 12 hằng năm, Ủy ban nhân dân xã lập danh sách', 'Trước ngày 20 tháng 12 hằng năm', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20'),
  R('Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả', 'trước ngày 30 tháng 11', 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30'),
  R('Định kỳ (trước ngày 30 tháng 6 hằng năm), Ủy ban nhân dân', 'trước ngày 30 tháng 6 hằng năm', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30'),
  R('hàng năm các Bộ, ngành có trách nhiệm gửi báo cáo trước ngày 15 tháng 01. Tuy nhiên', 'trước ngày 15 tháng 01', 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15'),
  R('Hàng năm, xây dựng kế hoạch xúc tiến thương mại', 'Hàng năm', 'FREQ=YEARLY'),
  R('Nguồn ngân sách: Hàng\nnăm, căn cứ vào nội dung kế hoạch', 'Hàng\nnăm', 'FREQ=YEARLY'),
  R('cập nhật số liệu hằng ngày', 'hằng ngày', 'FREQ=DAILY'),
  R('báo cáo hàng ngày về Ban Chỉ đạo', 'hàng ngày', 'FREQ=DAILY'),
  R('báo cáo định kỳ hàng tháng về UBND tỉnh', 'định kỳ hàng tháng', 'FREQ=MONTHLY'),
  R('báo cáo mỗi tháng một lần', 'mỗi tháng', 'FREQ=MONTHLY'),
  R('giao ban hàng tuần', 'hàng tuần', 'FREQ=WEEKLY'),
  {
    input: 'UBND các huyện hàng tháng, quý gửi Cục Thống kê số liệu',
    expect: [
      { text: 'hàng tháng', kind: 'recurring', rrule: 'FREQ=MONTHLY' },
      { text: 'quý', kind: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=3' },
    ],
  },
  {
    input: 'Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước\nngày 16/6), tổng kết năm (trước ngày 20/11 hàng năm) hoặc khi có yêu\ncầu báo cáo tình hình thực hiện Kế hoạch, gửi Sở Công thương',
    ctx: { issueDate: '2025-11-20', year: 2025 },
    expect: [
      { text: 'trước ngày 16 hàng tháng', rrule: 'FREQ=MONTHLY;BYMONTHDAY=16' },
      { text: 'trước\nngày 16/6', rrule: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=16' },
      { text: 'trước ngày 20/11 hàng năm', rrule: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20' },
      { text: 'khi có yêu\ncầu báo cáo tình hình thực hiện Kế hoạch', kind: 'conditional', trigger: 'khi có yêu cầu báo cáo tình hình thực hiện Kế hoạch' },
    ],
  },
  {
    input: 'Kế hoạch hằng năm (trước ngày 15 tháng 11) hoặc theo đề nghị',
    expect: [{ text: 'trước ngày 15 tháng 11', rrule: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15' }],
  },
  // a rhythm counted in months or years; a count a day with its times
  R('Định kỳ 06 tháng các cơ quan báo cáo kết quả', 'Định kỳ 06 tháng', 'FREQ=MONTHLY;INTERVAL=6'),
  R('kiểm tra 3 tháng một lần', '3 tháng một lần', 'FREQ=MONTHLY;INTERVAL=3'),
  R('đánh giá lại 06 tháng/lần', '06 tháng/lần', 'FREQ=MONTHLY;INTERVAL=6'),
  R('sao lưu định kỳ 03 năm một lần', 'định kỳ 03 năm một lần', 'FREQ=YEARLY;INTERVAL=3'),
  R('rà soát định kỳ 12 tháng', 'định kỳ 12 tháng', 'FREQ=YEARLY'),
  R('báo cáo 02 lần/ngày về Sở Y tế', '02 lần/ngày', 'FREQ=DAILY'),
  {
    input: 'báo cáo 02 lần/ngày (trước 9h00 và 16h00) về tình hình tiếp nhận',
    expect: [
      { text: '02 lần/ngày (trước 9h00', kind: 'recurring', rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0', time: '09:00', relation: 'before' },
      { text: '16h00', kind: 'recurring', rrule: 'FREQ=DAILY;BYHOUR=16;BYMINUTE=0', time: '16:00', relation: 'before' },
    ],
  },
  {
    input: 'Sở Y tế định kỳ 6 tháng, hằng năm báo cáo UBND tỉnh',
    expect: [
      { text: 'định kỳ 6 tháng', kind: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=6' },
      { text: 'hằng năm', kind: 'recurring', rrule: 'FREQ=YEARLY' },
    ],
  },
  {
    input: 'báo cáo định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)',
    expect: [
      { text: 'trước ngày 15/6', rrule: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15' },
      { text: 'trước ngày 15/12', rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15' },
    ],
  },
  {
    input: 'báo cáo 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)',
    expect: [
      { text: 'trước ngày 15/6', rrule: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15' },
      { text: 'trước ngày 15/12', rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15' },
    ],
  },
];

export const relatives: Case[] = [
  one('trả lời trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản.', {
    text: 'trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản', kind: 'relative', relation: 'by',
    offset: { amount: 5, unit: 'working-day' }, trigger: 'kể từ ngày nhận được văn bản', date: null,
  }),
  one('trong thời hạn 10 ngày kể từ ngày ký.', {
    text: 'trong thời hạn 10 ngày kể từ ngày ký', kind: 'relative', offset: { amount: 10, unit: 'day' },
    trigger: 'kể từ ngày ký', date: '2023-11-16', due: '2023-11-16',
  }),
  one('trong thời hạn 05 ngày làm việc kể từ ngày ký', {
    text: 'trong thời hạn 05 ngày làm việc kể từ ngày ký', offset: { amount: 5, unit: 'working-day' }, due: '2023-11-13',
  }),
  one('trong 10 ngày làm việc kể từ ngày ban hành Kế hoạch này.', {
    text: 'trong 10 ngày làm việc kể từ ngày ban hành Kế hoạch này', due: '2023-11-20', trigger: 'kể từ ngày ban hành Kế hoạch này',
  }),
  one('mười (10) ngày làm việc kể từ ngày ký', {
    text: 'mười (10) ngày làm việc kể từ ngày ký', offset: { amount: 10, unit: 'working-day' }, due: '2023-11-20',
  }),
  one('trong vòng mười lăm ngày kể từ ngày ký', { text: 'trong vòng mười lăm ngày kể từ ngày ký', offset: { amount: 15, unit: 'day' }, due: '2023-11-21' }),
  one('trong 05 ngày làm việc kể từ ngày ký', { text: 'trong 05 ngày làm việc kể từ ngày ký', due: '2024-02-19' }, { issueDate: '2024-02-05', year: 2024 }),
  one('trong 03 ngày làm việc kể từ ngày ký', { text: 'trong 03 ngày làm việc kể từ ngày ký', due: '2024-04-22' }, { issueDate: '2024-04-16', year: 2024 }),
  one('trong 02 ngày làm việc kể từ ngày ký', { text: 'trong 02 ngày làm việc kể từ ngày ký', due: '2024-05-02' }, { issueDate: '2024-04-26', year: 2024 }),
  one('trong 02 ngày làm việc kể từ ngày ký', { text: 'trong 02 ngày làm việc kể từ ngày ký', due: '2023-09-06' }, { issueDate: '2023-08-31', year: 2023 }),
  one('không quá 30 ngày kể từ ngày 01/12/2023', { text: 'không quá 30 ngày kể từ ngày 01/12/2023', offset: { amount: 30, unit: 'day' }, due: '2023-12-31', trigger: 'kể từ ngày 01/12/2023' }),
  one('trong 02 tuần kể từ ngày ký', { text: 'trong 02 tuần kể từ ngày ký', offset: { amount: 2, unit: 'week' }, due: '2023-11-20' }),
  one('trong 03 tháng kể từ ngày ký', { text: 'trong 03 tháng kể từ ngày ký', offset: { amount: 3, unit: 'month' }, due: '2024-02-06' }),
  one('thì chậm nhất 05 ngày làm việc kể từ ngày nhận được kiến nghị', {
    text: 'chậm nhất 05 ngày làm việc kể từ ngày nhận được kiến nghị', relation: 'by', offset: { amount: 5, unit: 'working-day' }, trigger: 'kể từ ngày nhận được kiến nghị', due: null,
  }),
  one('chậm nhất là 10 ngày làm việc kể từ ngày nhận được văn bản', { text: 'chậm nhất là 10 ngày làm việc kể từ ngày nhận được văn bản', offset: { amount: 10, unit: 'working-day' } }),
  one('Chậm nhất là 30 ngày kể từ ngày có quyết định tuyển dụng', { text: 'Chậm nhất là 30 ngày kể từ ngày có quyết định tuyển dụng', trigger: 'kể từ ngày có quyết định tuyển dụng' }),
  one('Chậm nhất là 15 ngày, trước ngày khai mạc kỳ họp', {
    text: 'Chậm nhất là 15 ngày, trước ngày khai mạc kỳ họp', relation: 'before', offset: { amount: -15, unit: 'day' }, trigger: 'trước ngày khai mạc kỳ họp',
  }),
  one('Chậm nhất 90 ngày trước ngày hết thời hạn bổ nhiệm', { text: 'Chậm nhất 90 ngày trước ngày hết thời hạn bổ nhiệm', offset: { amount: -90, unit: 'day' } }),
  one('Trong thời hạn 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ, Sở Khoa học', { text: 'Trong thời hạn 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ', trigger: 'kể từ ngày tiếp nhận hồ sơ' }),
  one('Trong vòng 30 ngày làm việc kể từ ngày nhận đủ báo cáo', { text: 'Trong vòng 30 ngày làm việc kể từ ngày nhận đủ báo cáo', offset: { amount: 30, unit: 'working-day' } }),
  one('Chậm nhất trong thời hạn 120 ngày kể từ ngày nhận được', { text: 'trong thời hạn 120 ngày kể từ ngày nhận được', offset: { amount: 120, unit: 'day' } }),
  one('thời hạn trả lời cử tri chậm nhất là 30 ngày làm việc, kê từ ngày nhận được', {
    text: 'chậm nhất là 30 ngày làm việc, kê từ ngày nhận được', trigger: 'kê từ ngày nhận được',
  }),
  one('tổ chức sơ kết sau 03 tháng', { text: 'sau 03 tháng', kind: 'relative', offset: { amount: 3, unit: 'month' }, trigger: null, date: null }),
  one('gửi giấy mời trước 10 ngày', { text: 'trước 10 ngày', kind: 'relative', relation: 'before', offset: { amount: -10, unit: 'day' } }),
  one('phản hồi trong 05 ngày', { text: 'trong 05 ngày', kind: 'relative', offset: { amount: 5, unit: 'day' }, trigger: null }),
  one('trong vòng 07 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ', { text: 'trong vòng 07 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ', trigger: 'kể từ ngày nhận đủ hồ sơ hợp lệ' }),
];

export const conditionals: Case[] = [
  C('Triển khai Đề án cấp xã sau khi UBND tỉnh ban hành các Đề án trên.', 'sau khi UBND tỉnh ban hành các Đề án trên', 'sau khi UBND tỉnh ban hành các Đề án trên'),
  C('Kế hoạch thực hiện mô hình sau khi UBND tỉnh ban hành Kế hoạch', 'sau khi UBND tỉnh ban hành Kế hoạch', 'sau khi UBND tỉnh ban hành Kế hoạch'),
  C('báo cáo UBND tỉnh cho ý kiến trước khi cung cấp cho Tổng Cục Thống kê.', 'trước khi cung cấp cho Tổng Cục Thống kê', 'trước khi cung cấp cho Tổng Cục Thống kê'),
  C('báo cáo khi có yêu cầu.', 'khi có yêu cầu', 'khi có yêu cầu'),
  C('tổng kết năm hoặc khi có yêu cầu báo cáo đột\nxuất.', 'khi có yêu cầu báo cáo đột\nxuất', 'khi có yêu cầu báo cáo đột xuất'),
  C('cung cấp thông tin khi được yêu cầu', 'khi được yêu cầu', 'khi được yêu cầu'),
  C('triển khai ngay khi nhận được văn bản này; báo cáo kết quả', 'ngay khi nhận được văn bản này', 'ngay khi nhận được văn bản này'),
  C('báo cáo ngay sau khi có kết quả kiểm tra', 'ngay sau khi có kết quả kiểm tra', 'ngay sau khi có kết quả kiểm tra'),
  C('triển khai khi có văn bản chỉ đạo của cấp trên', 'khi có văn bản chỉ đạo của cấp trên', 'khi có văn bản chỉ đạo của cấp trên'),
  C('ban hành quy chế sau khi được Hội đồng nhân dân thông qua; c) Tổ chức', 'sau khi được Hội đồng nhân dân thông qua', 'sau khi được Hội đồng nhân dân thông qua'),
  C('Sau khi được Quốc hội thông qua, các Bộ, cơ quan ngang Bộ', 'Sau khi được Quốc hội thông qua', 'Sau khi được Quốc hội thông qua'),
  C('Kiểm tra hồ sơ trước khi trình Lãnh đạo Sở phê duyệt\n|\nLãnh đạo Phòng\n|\n0,5 ngày làm việc', 'trước khi trình Lãnh đạo Sở phê duyệt', 'trước khi trình Lãnh đạo Sở phê duyệt'),
  one('gửi báo cáo trước ngày khai mạc kỳ họp.', { text: 'trước ngày khai mạc kỳ họp', kind: 'conditional', relation: 'before', trigger: 'trước ngày khai mạc kỳ họp', date: null }),
  one('hoàn thành chậm nhất trước ngày bầu cử; báo cáo', { text: 'chậm nhất trước ngày bầu cử', kind: 'conditional', trigger: 'trước ngày bầu cử' }),
  C('gửi Sở Tài chính sau khi hoàn thành nghĩa vụ thuế', 'sau khi hoàn thành nghĩa vụ thuế', 'sau khi hoàn thành nghĩa vụ thuế'),
  C('SAU KHI UBND TỈNH BAN HÀNH KẾ HOẠCH.', 'SAU KHI UBND TỈNH BAN HÀNH KẾ HOẠCH', 'SAU KHI UBND TỈNH BAN HÀNH KẾ HOẠCH'),
  C('trình phê duyệt sau khi có ý kiến thẩm định (nếu có)', 'sau khi có ý kiến thẩm định', 'sau khi có ý kiến thẩm định'),
  C('Sau khi thành lập Ban Tổ chức Lễ tang và việc tổ chức', 'Sau khi thành lập Ban Tổ chức Lễ tang và việc tổ chức', 'Sau khi thành lập Ban Tổ chức Lễ tang và việc tổ chức'),
];

export const rangesAndLists: Case[] = [
  {
    input: 'tổ chức kiểm tra từ ngày 01/12 đến ngày 15/12/2023',
    expect: [
      { text: 'từ ngày 01/12', relation: 'from', date: '2023-12-01', yearInferred: false },
      { text: 'đến ngày 15/12/2023', relation: 'by', date: '2023-12-15' },
    ],
  },
  {
    input: 'kiểm tra từ 20 - 25/11/2023 tại các xã',
    expect: [
      { text: 'từ 20', relation: 'from', date: '2023-11-20' },
      { text: '25/11/2023', relation: 'by', date: '2023-11-25' },
    ],
  },
  {
    input: 'kiểm tra từ ngày 20 đến 25/11/2023',
    expect: [
      { text: 'từ ngày 20', relation: 'from', date: '2023-11-20' },
      { text: '25/11/2023', relation: 'by', date: '2023-11-25' },
    ],
  },
  {
    input: 'tiếp nhận hồ sơ từ ngày 16 đến ngày 31 tháng 12 năm 2023',
    expect: [
      { text: 'từ ngày 16', relation: 'from', date: '2023-12-16' },
      { text: 'đến ngày 31 tháng 12 năm 2023', relation: 'by', date: '2023-12-31' },
    ],
  },
  {
    input: 'tổ chức từ ngày 20 đến ngày 25 tháng 11',
    expect: [
      { text: 'từ ngày 20', relation: 'from', date: '2023-11-20', yearInferred: true },
      { text: 'đến ngày 25 tháng 11', relation: 'by', date: '2023-11-25', yearInferred: true },
    ],
  },
  {
    input: 'từ ngày 20/12 đến ngày 10/01/2024',
    expect: [
      { text: 'từ ngày 20/12', relation: 'from', date: '2023-12-20' },
      { text: 'đến ngày 10/01/2024', relation: 'by', date: '2024-01-10' },
    ],
  },
  {
    input: 'báo cáo quý trước ngày 05/4, 05/7, 05/10/2024',
    expect: [
      { text: 'trước ngày 05/4', relation: 'before', date: '2024-04-05' },
      { text: '05/7', relation: 'before', date: '2024-07-05' },
      { text: '05/10/2024', relation: 'before', date: '2024-10-05' },
    ],
  },
  {
    input: 'gửi báo cáo quý trước ngày 05/4, 05/7, 05/10',
    ctx: { issueDate: '2024-01-15', year: 2024 },
    expect: [
      { text: 'trước ngày 05/4', relation: 'before', date: '2024-04-05', due: '2024-04-04', yearInferred: true, problems: [] },
      { text: '05/7', relation: 'before', date: '2024-07-05', yearInferred: true },
      { text: '05/10', relation: 'before', date: '2024-10-05', yearInferred: true },
    ],
  },
  {
    input: 'chậm nhất ngày 15/11 và 15/12',
    expect: [
      { text: 'chậm nhất ngày 15/11', relation: 'by', date: '2023-11-15', yearInferred: true },
      { text: '15/12', relation: 'by', date: '2023-12-15', yearInferred: true },
    ],
  },
  {
    input: 'tổ chức vào ngày 10/12 và 20/12/2023',
    expect: [
      { text: 'tổ chức vào ngày 10/12', relation: 'on', date: '2023-12-10' },
      { text: '20/12/2023', relation: 'on', date: '2023-12-20' },
    ],
  },
  {
    input: 'Bảng tiến độ\n\n21/01/2021\n',
    ctx: { issueDate: null, year: 2021 },
    expect: [{ text: '21/01/2021', relation: 'by', date: '2021-01-21' }],
  },
  {
    input: '| Hoàn thành danh sách cử tri |\n| 30/11/2023 |',
    expect: [{ text: '30/11/2023', relation: 'by', date: '2023-11-30' }],
  },
  {
    input: '07/02/2021 (chủ Nhật)',
    ctx: { issueDate: null, year: 2021 },
    expect: [{ text: '07/02/2021 (chủ Nhật)', relation: 'by', date: '2021-02-07', problems: [] }],
  },
  {
    input: 'chậm nhất là ngày 4 tháng 3 năm 2021 (80 ngày trước ngày bầu cử).',
    ctx: { issueDate: '2021-02-24', year: 2021 },
    expect: [{ text: 'chậm nhất là ngày 4 tháng 3 năm 2021 (80 ngày trước ngày bầu cử)', relation: 'by', date: '2021-03-04' }],
  },
  {
    input: 'hoàn thành trước ngày 30/11/2023; báo cáo trước ngày 10/12/2023.',
    expect: [
      { text: 'trước ngày 30/11/2023', date: '2023-11-30' },
      { text: 'trước ngày 10/12/2023', date: '2023-12-10' },
    ],
  },
];

export const problems: Case[] = [
  one('hoàn thành trước ngày 31/11/2023', { text: 'trước ngày 31/11/2023', date: null, due: null, problems: ['date/impossible'] }),
  one('hoàn thành trước ngày 29/02/2023', { text: 'trước ngày 29/02/2023', date: null, problems: ['date/impossible'] }),
  one('chậm nhất ngày 31 tháng 4 năm 2024', { text: 'chậm nhất ngày 31 tháng 4 năm 2024', date: null, problems: ['date/impossible'] }),
  one('trước ngày 31/11', { text: 'trước ngày 31/11', date: null, problems: ['date/impossible'] }),
  one('tổ chức vào thứ Sáu, ngày 21/11/2023', { text: 'tổ chức vào thứ Sáu, ngày 21/11/2023', date: '2023-11-21', problems: ['date/weekday-mismatch'] }),
  one('vào lúc 8h00 thứ Hai, ngày 20/11/2023', { text: 'vào lúc 8h00 thứ Hai, ngày 20/11/2023', date: '2023-11-20', problems: [] }),
  one('họp vào ngày 24/11/2023 (thứ Năm)', { text: 'vào ngày 24/11/2023 (thứ Năm)', date: '2023-11-24', problems: ['date/weekday-mismatch'] }),
  one('báo cáo trước ngày 15/10', { text: 'trước ngày 15/10', date: '2023-10-15', yearInferred: true, problems: ['date/before-issue'] }),
  one('Giao Phòng Y tế báo cáo trước ngày 01/10/2023.', { text: 'trước ngày 01/10/2023', date: '2023-10-01', yearInferred: false, problems: [] }),
  one('hoàn thành chậm nhất ngày 30/10/2023', { text: 'chậm nhất ngày 30/10/2023', date: '2023-10-30', problems: [] }),
  one('báo cáo trước ngày 15/10', { text: 'trước ngày 15/10', date: null, problems: ['time/unresolved'] }, { issueDate: null, year: null }),
  one('hoàn thành trong tháng 12', { text: 'trong tháng 12', date: null, problems: ['time/unresolved'] }, { issueDate: null, year: null }),
];

export const normalisation: Case[] = [
  D('hoàn thành trước ngày 20/11/2023'.normalize('NFD'), 'trước ngày 20/11/2023'.normalize('NFD'), 'before', '2023-11-20'),
  D('báo cáo chậm nhất ngày 20/11/2023'.normalize('NFD'), 'chậm nhất ngày 20/11/2023'.normalize('NFD'), 'by', '2023-11-20'),
  D('hoàn thành trước ngày\u00a020/11/2023', 'trước ngày\u00a020/11/2023', 'before', '2023-11-20'),
  D('hoàn thành trước ngày ２０/１１/２０２３', 'trước ngày ２０/１１/２０２３', 'before', '2023-11-20'),
  D('hoàn thành trước ２０/１１/２０２３', 'trước ２０/１１/２０２３', 'before', '2023-11-20'),
  D('hoàn thành trướс ngày 20/11/2023', 'trướс ngày 20/11/2023', 'before', '2023-11-20'),
  D('TRƯỚC NGÀY 20 THÁNG 11 NĂM 2023', 'TRƯỚC NGÀY 20 THÁNG 11 NĂM 2023', 'before', '2023-11-20'),
  D('trước ngày 20‑11‑2023', 'trước ngày 20‑11‑2023', 'before', '2023-11-20'),
  R('báo cáo vào thứ sáu hàng tuần', 'vào thứ sáu hàng tuần', 'FREQ=WEEKLY;BYDAY=FR'),
  R('báo cáo vào Thứ Sáu hàng tuần', 'vào Thứ Sáu hàng tuần', 'FREQ=WEEKLY;BYDAY=FR'),
  R('báo cáo vào THỨ 6 HÀNG TUẦN', 'vào THỨ 6 HÀNG TUẦN', 'FREQ=WEEKLY;BYDAY=FR'),
  R('báo cáo vào thứ 6 hàng tuần'.normalize('NFD'), 'vào thứ 6 hàng tuần'.normalize('NFD'), 'FREQ=WEEKLY;BYDAY=FR'),
  R('báo cáo vào thứ\u00a06 hàng\u00a0tuần', 'vào thứ\u00a06 hàng\u00a0tuần', 'FREQ=WEEKLY;BYDAY=FR'),
  C('Phòng Văn hoà triển khai sau khi UBND tỉnh ban hành Kế hoạch', 'sau khi UBND tỉnh ban hành Kế hoạch', 'sau khi UBND tỉnh ban hành Kế hoạch'),
  D('hoàn thành trong tháng 12/2023'.normalize('NFD'), 'trong tháng 12/2023'.normalize('NFD'), 'by', '2023-12-31'),
  D('hoàn thành trong Quý IV năm 2023', 'trong Quý IV năm 2023', 'by', '2023-12-31'),
  D('hoàn thành trong Quý ІV năm 2023', 'trong Quý ІV năm 2023', 'by', '2023-12-31'),
];

export const negatives: Case[] = [
  N('tại Quyết định số 3057/QĐ-UBND ngày 21/9/2023 thì vẫn còn một số nhiệm vụ'),
  N('Thực hiện Văn bản số 1801/UBND-NV ngày 6/11/2023 của UBND huyện'),
  N('theo Nghị quyết số 347/NQ-CP ngày 24 tháng 10 năm 2025, số 380/NQ-CP ngày 25 tháng 11 năm 2025 của Chính phủ', { issueDate: '2025-11-26', year: 2025 }),
  N('theo Kế hoạch số 97/KH-UBND ngày 22/8/2023 của UBND huyện'),
  N('Công văn số 70/UBND-VP ngày 19/01/2023 của UBND huyện'),
  N('(theo Quyết định số 01/2015/QĐ-UBND ngày 11/02/2015 của UBND huyện)'),
  N('Hội nghị Sơ kết công tác cải cách hành chính 09 tháng đầu năm 2023'),
  N('nhiệm vụ 03 tháng cuối năm 2023 của huyện'),
  N('triển khai nhiệm vụ quý IV năm 2023 tại Thông báo số 252/TB-UBND'),
  N('lập danh mục hồ sơ công việc của cơ quan năm 2023'),
  N('nâng cao Chỉ số CCHC của huyện năm 2023'),
  N('thực hiện kế hoạch năm 2023'),
  N('đối với ít nhất 01 TTHC và trình UBND tỉnh'),
  N('chỉ tiêu 05 nội dung liên quan đến dịch vụ công trực tuyến'),
  N('nhân dịp ngày Thống nhất đất nước 30/4, ngày Quốc tế Lao động 1/5'),
  N('tổ chức các hoạt động dịp 30/4, 1/5'),
  N('Quyết định này có hiệu lực từ ngày 01/12/2023.'),
  N('Thông tư này có hiệu lực thi hành kể từ ngày 15/12/2023.'),
  N('Cập nhật lúc : 08:51 17/04/2018', { issueDate: null, year: 2018 }),
  N('Tuy Phước, ngày 06 tháng 11 năm 2023'),
  N('xin lỗi người dân, tổ chức khi để xảy ra trễ hẹn'),
  N('Sau khi xem xét đề nghị của Sở Tài chính, UBND tỉnh có ý kiến như sau', { issueDate: '2019-05-21', year: 2019 }),
  N('Sau khi nghe báo cáo của lãnh đạo Ủy ban nhân dân tỉnh, Phó Thủ tướng kết luận', { issueDate: '2025-11-22', year: 2025 }),
  N('Sau khi Thủ tướng Chính phủ ban hành Chỉ thị số 13/CT-TTg ngày 17 tháng 5 năm 2025 về tăng cường', { issueDate: '2025-11-25', year: 2025 }),
  N('Từ ngày 08 đến ngày 09 tháng 11 năm 2025 tại Thanh Hóa, Phó Thủ tướng đã làm việc', { issueDate: '2025-11-22', year: 2025 }),
  N('Theo báo cáo của Bộ Xây dựng, đến ngày 19 tháng 11 năm 2025 đã có 15 bộ, ngành', { issueDate: '2025-11-22', year: 2025 }),
  N('Tính đến ngày 09 tháng 11 năm 2025, toàn tỉnh có 120 xã', { issueDate: '2025-11-22', year: 2025 }),
  N('thời gian làm việc trong khu vực nhà nước trước ngày 01 tháng 01 năm 1995'),
  N('tăng bình quân hàng năm trong giai đoạn này đạt 10 - 13%/năm'),
  N('mức trợ cấp hằng tháng người lao động đang hưởng'),
  N('“mỗi ngày làm một việc tốt”'),
  N('Rút ngắn thời gian giải quyết TTHC: từ 10 ngày thành 06 ngày làm việc'),
  N('| Lãnh đạo Sở | 0,5 ngày làm việc | | Bước 6 |'),
  N('trong 5 năm qua, kinh tế tỉnh tăng trưởng khá'),
  N('Phấn đấu giá trị hàng hóa tham gia xuất khẩu đến năm 2030 đạt 400 triệu USD'),
  N('hồ sơ đã giải quyết đầu năm 2023 đến nay'),
  N('Theo quy định tại Điều 134 Luật Bảo vệ môi trường năm 2014'),
  N('trước khi'),
  N('Số: 1801/UBND-NV'),
  N('điện thoại: 0243.8229728, thư điện tử: phongtonghop@vea.gov.vn'),
  N('tỷ lệ 1.5 và 3-4 lần'),
  N('Ngày 06/9, Đoàn sẽ xuất phát từ thị xã Lai Châu', { issueDate: '2013-09-03', year: 2013 }),
  N('Báo cáo sơ kết 6 tháng đầu năm 2024 đã nêu'),
  N('tổng hợp báo cáo sơ kết 6 tháng gửi UBND tỉnh'),
  N('nghỉ trước Tết Dương lịch 2025'),
  N('tổ chức vui Tết Trung thu cho thiếu nhi'),
  N('đảm bảo hàng hóa trong dịp Tết Nguyên đán'),
  N('chia làm 2 lần trong năm học'),
  N('các mặt hàng tham gia xuất khẩu chủ yếu'),
  N('trước đây'),
  N('thứ Sáu, ngày 24/11/2023 là ngày làm việc'),
  N('hoàn thành trong 6 tháng đầu năm 2023', { issueDate: '2023-11-06', year: 2023 }),
  N('Luật số 15/2023/QH15 ngày 24/6/2023'),
  N('kéo dài từ năm 2020 đến nay'),
  N('thông báo cho các hộ dân trước 24 giờ'),
  N('chậm nhất 24 giờ kể từ khi nhận được thông tin'),
  N('xử lý trong 2 giờ'),
  N('(chức danh khi nghỉ hưu trước 01/7/2025 và kết thúc hoạt động)'),
  N('cán bộ được tuyển dụng trước ngày 01/7/2020'),
  N('Trồng cây hàng năm'),
  N('đã đầu tư xây dựng hệ thống trước ngày Luật này có hiệu lực thi hành được tiếp tục'),
  N('cán bộ nghỉ hưu trước ngày sáp nhập'),
  N('(chức danh nghỉ hưu trước khi kết thúc hoạt động)'),
  N('(Mức chi tiền thưởng sau khi nhân với hệ số mức tiền lương cơ sở)'),
  N('Chế độ bồi dưỡng hàng tháng đối với cán bộ'),
  N('Cân đối bố trí ngân sách hằng năm để thực hiện'),
  N('Từ đầu năm đến ngày 15/10, toàn huyện đã giải quyết 1.200 hồ sơ'),
  N('từ đầu năm 2023 đến ngày 31/10/2023, đã tiếp nhận'),
  N('trả tiền thuê đất hàng năm'),
  N('+ Có từ 2/3 số xã trở lên là xã đạt chuẩn'),
  N('IV\n|\nTổng dư nợ cuối năm\n|\n305.063'),
  N('04/04/2022\nThực hiện Nghị định số 78/2021/NĐ-CP ngày 01/8/2021 của Chính phủ về Quỹ phòng, chống thiên tai', { issueDate: null, year: 2022 }),
  N('Văn bản liên quan\nBan hành:\n20/11/2025\nHiệu lực: Đã biết\nCập nhật:\n25/11/2025', { issueDate: '2025-06-01', year: 2025 }),
  N('Người ký:\n|\nLê Thành Long\n|\nNgày ban hành:\n|\n20/11/2025\n|\n|', { issueDate: '2025-06-01', year: 2025 }),
  N('TỔNG KIỂM KÊ TÀI SẢN CÔNG TẠI THỜI ĐIỂM 0H00 NGÀY\n01 THÁNG 01 NĂM 2026'),
  N('tối đa không quá 9 tháng/năm.'),
  N('tiếp tục hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng thực hiện theo quy định'),
  N('Điều 13. Mức lương hưu hằng tháng'),
  N('Ủy ban nhân dân tỉnh rà soát, không có khả năng giải\nngân trong năm 2025 (khoảng 1.500 tỷ đồng)', { issueDate: '2025-11-22', year: 2025 }),
  N('báo cáo kết quả thực hiện công tác phòng, chống dịch Covid-19 của đơn vị, địa phương từ ngày 30/01/2020 đến ngày 24/4/2020  (theo Đề cương báo cáo đính kèm).', { issueDate: null, year: 2020 }),
  N('tại Tờ trình số 134/TTr-SKHCN ngày\n16/11/2025.\nQUYẾT ĐỊNH:', { issueDate: '2025-06-01', year: 2025 }),
];

/** Every family, for the tests and the benchmark. */
export const FAMILIES: Record<string, Case[]> = {
  'absolute-dates': absoluteDates,
  'lunar-new-year': lunarNewYear,
  relations,
  'times-of-day': timesOfDay,
  periods,
  recurring,
  relatives,
  conditionals,
  'ranges-and-lists': rangesAndLists,
  problems,
  normalisation,
  'corpus-gold': corpusGold,
};

export const NEGATIVES: Case[] = negatives;
