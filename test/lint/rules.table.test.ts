// Rule by rule: (document and/or text → every finding, as code@line:column).
// All rules run on every row, so a row also proves the other rules stay quiet.
import { describe, expect, it } from 'vitest';
import type { CchcDocument } from '../../src/model/schema.js';
import { DEFAULT_CONFIG, type LintConfig } from '../../src/lint/config.js';
import { lintDocument } from '../../src/lint/lint.js';
import { deadline, makeDoc, reference, section, target, task } from './doc.js';

interface Row {
  name: string;
  doc?: CchcDocument;
  text?: string;
  config?: Partial<LintConfig>;
  today?: string;
  expect: string[];
}

const KINH_GUI = ['Thủ trưởng các phòng chuyên môn huyện', 'Chủ tịch UBND các xã, thị trấn'];

const rows: Row[] = [
  { name: 'a clean document', doc: makeDoc({ tasks: [task('1')] }), expect: [] },
  // task/no-unit
  { name: 'task without lead unit', doc: makeDoc({ tasks: [task('1', { lead: [] })] }), expect: ['task/no-unit@10:1'] },
  { name: 'support unit only is still no lead', doc: makeDoc({ tasks: [task('1', { lead: [], support: ['Phòng Nội vụ'] })] }), expect: ['task/no-unit@10:1'] },
  // task/no-deadline and task/completion-no-deadline
  { name: 'general duty without deadline', doc: makeDoc({ tasks: [task('1', { deadlines: [], text: 'Thường xuyên đôn đốc, nhắc nhở cán bộ.' })] }), expect: ['task/no-deadline@10:1'] },
  { name: '"hoàn thành" without deadline', doc: makeDoc({ tasks: [task('2.1', { deadlines: [], text: 'Hoàn thành việc lập danh mục hồ sơ.' })] }), expect: ['task/completion-no-deadline@10:1'] },
  { name: '"mức độ hoàn thành" is not an order', doc: makeDoc({ tasks: [task('1', { deadlines: [], text: 'Đánh giá mức độ hoàn thành các tiêu chí.' })] }), expect: ['task/no-deadline@10:1'] },
  { name: '"không hoàn thành" is not an order', doc: makeDoc({ tasks: [task('1', { deadlines: [], text: 'Xử lý đơn vị không hoàn thành nhiệm vụ.' })] }), expect: ['task/no-deadline@10:1'] },
  { name: '"hoàn thành vượt mức kế hoạch" is an aim', doc: makeDoc({ tasks: [task('1', { deadlines: [], text: 'Đẩy mạnh sản xuất, hoàn thành vượt mức kế hoạch năm.' })] }), expect: ['task/no-deadline@10:1'] },
  { name: 'conditional deadline counts as a deadline', doc: makeDoc({ tasks: [task('1', { text: 'Hoàn thành sau khi tỉnh ban hành.', deadlines: [deadline(null, { kind: 'conditional', trigger: 'sau khi tỉnh ban hành' })] })] }), expect: [] },
  // date/impossible (text scan)
  { name: '31/11 does not exist', text: 'Báo cáo trước ngày 31/11/2023.', expect: ['date/impossible@1:20'] },
  { name: '29/02 in a common year', text: 'Xong trước 29/02/2023 và 29/02/2024.', expect: ['date/impossible@1:12'] },
  { name: 'no year: 29/02 allowed, 30/02 not', text: 'Chậm nhất ngày 29/02; chậm nhất ngày 30/02.', expect: ['date/impossible@1:38'] },
  { name: 'words: ngày 31 tháng 4 năm 2023', text: 'Tổ chức vào\nngày 31 tháng 4 năm 2023.', expect: ['date/impossible@2:1'] },
  { name: 'a five-digit year', text: 'Nghị định số 118/2025/NĐ-CP ngày 09/6/20205 của Chính phủ', expect: ['date/impossible@1:34'] },
  { name: 'month 13', text: 'hạn chót 12.13.2023', expect: ['date/impossible@1:10'] },
  {
    name: 'negative: numbers that are not dates',
    text: 'Quyết định số 01/2015/QĐ-UBND; 1/2 số xã; mục 1.2.3; tháng 12/2023; tỷ lệ 3/4; Số: 45/2020/NĐ-CP.',
    expect: [],
  },
  {
    name: 'pipeline date/impossible on another line is kept, same line is not repeated',
    text: 'ngày 31/11/2023\nngày ba mươi mốt tháng mười một',
    doc: makeDoc({
      diagnostics: [
        { severity: 'error', code: 'date/impossible', message: 'Ngày "31/11/2023" không tồn tại.', position: { line: 1, column: 6 } },
        { severity: 'error', code: 'date/impossible', message: 'Ngày "ba mươi mốt tháng mười một" không tồn tại.', position: { line: 2, column: 6 } },
      ],
    }),
    expect: ['date/impossible@1:6', 'date/impossible@2:6'],
  },
  // date/weekday-mismatch
  { name: 'thứ Sáu, ngày 21/11/2023 (a Tuesday)', text: 'Họp vào thứ Sáu, ngày 21/11/2023.', expect: ['date/weekday-mismatch@1:9'] },
  { name: 'thứ Ba, ngày 21/11/2023 is right', text: 'Họp vào thứ Ba, ngày 21/11/2023.', expect: [] },
  { name: 'date then weekday in brackets', text: 'ngày 24/11/2023 (thứ Sáu) và ngày 24/11/2023 (thứ 5)', expect: ['date/weekday-mismatch@1:35'] },
  { name: 'no year: the document year', text: 'Chủ nhật, ngày 21/11', doc: makeDoc({ document: { year: 2023 } }), expect: ['date/weekday-mismatch@1:1'] },
  { name: 'no year anywhere: not checked', text: 'thứ Sáu, ngày 21/11', doc: makeDoc({ document: { year: null, date: null } }), expect: [] },
  { name: 'a weekday far from any date', text: 'thứ 6 hàng tuần gửi báo cáo; hạn 21/11/2023', expect: [] },
  // deadline/before-issue, deadline/past
  { name: 'deadline before issue date', doc: makeDoc({ tasks: [task('1', { deadlines: [deadline('2023-11-01')] })] }), expect: ['deadline/before-issue@10:20'] },
  { name: '"từ ngày" before issue is fine', doc: makeDoc({ tasks: [task('1', { deadlines: [deadline('2023-11-01', { relation: 'from' })] })] }), expect: [] },
  { name: 'an inferred year is not "before issue"', doc: makeDoc({ tasks: [task('1', { deadlines: [deadline('2023-03-31', { yearInferred: true, text: 'trong quý I' })] })] }), expect: ['deadline/year-inferred@10:20'] },
  { name: 'no issue date: nothing to compare', doc: makeDoc({ document: { date: null }, tasks: [task('1', { deadlines: [deadline('2020-01-01')] })] }), expect: [] },
  { name: 'past on --today', today: '2023-12-01', doc: makeDoc({ tasks: [task('1'), task('2', { deadlines: [deadline('2023-12-15')] }, 11)] }), expect: ['deadline/past@10:20'] },
  { name: 'not checked without --today', doc: makeDoc({ tasks: [task('1', { deadlines: [deadline('2023-11-30')] })] }), expect: [] },
  // deadline/year-inferred
  { name: 'year missing', doc: makeDoc({ tasks: [task('1', { deadlines: [deadline('2023-11-30', { yearInferred: true, text: 'trước ngày 30/11' })] })] }), expect: ['deadline/year-inferred@10:20'] },
  // document/number-blank, document/date-blank
  { name: 'blank number', text: '**ỦY BAN NHÂN DÂN**\n\nSố: /UBND-NV\n\nKính gửi: Phòng Nội vụ', expect: ['document/number-blank@3:1'] },
  { name: 'dotted blank number', text: 'Số:   ......./KH-UBND\nKính gửi:', expect: ['document/number-blank@1:1'] },
  { name: 'a number is not blank', text: 'Số: 1801/UBND-NV\nKính gửi:', expect: [] },
  { name: 'blank number known only from the model', doc: makeDoc({ document: { number: null, symbol: 'UBND-NV' } }), expect: ['document/number-blank@1:1'] },
  { name: 'blank issue day', text: 'Số: 1801/UBND-NV\n\nTuy Phước, ngày    tháng    năm 2023\n\nKính gửi:', expect: ['document/date-blank@3:12'] },
  { name: 'a full issue date is not blank', text: 'Tuy Phước, ngày 06 tháng 11 năm 2023', expect: [] },
  // unit/spelling
  {
    name: 'Tài chính – Kế hoạch vs Tài chính và Kế hoạch (the seed)',
    text: 'Giao **Phòng Tài chính – Kế hoạch huyện** chủ trì.\n\nPhòng Tài chính và Kế hoạch huyện (92%).',
    doc: makeDoc({ tasks: [task('1', { lead: ['Phòng Tài chính – Kế hoạch huyện'] }, 1)] }),
    expect: ['unit/spelling@3:1'],
  },
  {
    name: 'dash style and case are not a second spelling',
    text: 'Phòng Tài chính – Kế hoạch; phòng Tài chính - Kế hoạch; Phòng Tài chính-Kế hoạch',
    doc: makeDoc({ tasks: [task('1', { lead: ['Phòng Tài chính – Kế hoạch'] }, 1)] }),
    expect: [],
  },
  {
    name: 'old and new tone placement',
    text: 'UBND xã Phước Hòa báo cáo.\nUBND xã Phước Hoà tổng hợp.',
    doc: makeDoc({ tasks: [task('1', { lead: ['UBND xã Phước Hòa'] }, 1)] }),
    expect: ['unit/spelling@2:1'],
  },
  {
    name: 'a header in capitals is not a second spelling',
    text: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nSở Văn hoá, Thể thao và Du lịch chủ trì.',
    doc: makeDoc({ tasks: [task('1', { lead: ['Sở Văn hoá, Thể thao và Du lịch'] }, 3)] }),
    expect: [],
  },
  {
    name: 'names from the config are searched too',
    text: 'Phòng Tài nguyên và Môi trường; Phòng Tài nguyên - Môi trường',
    config: { units: [{ name: 'Phòng Tài nguyên và Môi trường', aliases: [] }] },
    expect: ['unit/spelling@1:33'],
  },
  // unit/unknown
  {
    name: 'unknown unit against the config list',
    doc: makeDoc({ tasks: [task('1', { lead: ['Phòng Nội vụ huyện', 'Phòng Tư pháp'], support: ['UBND các xã, thị trấn', 'Phòng TC-KH'] })] }),
    config: { units: [{ name: 'Phòng Nội vụ', aliases: [] }, { name: 'Phòng Tài chính – Kế hoạch', aliases: ['Phòng TC-KH'] }] },
    expect: ['unit/unknown@10:1'],
  },
  { name: 'no known units: not checked', doc: makeDoc({ tasks: [task('1', { lead: ['Phòng Tư pháp'] })] }), expect: [] },
  // target/over-100
  { name: 'target over 100%', doc: makeDoc({ tasks: [task('1', { targets: [target(120, { text: '120% hồ sơ' }), target(99)] })] }), expect: ['target/over-100@12:5'] },
  { name: 'growth over 100% is fine', doc: makeDoc({ tasks: [task('1', { targets: [target(150, { text: 'tăng 150% so với năm 2022' })] })] }), expect: [] },
  {
    name: 'a ratio to the budget, read from the text beside the figure',
    text: 'Thu ngân sách ước đạt 47,5 nghìn tỷ đồng, bằng 117,6% dự toán.',
    doc: makeDoc({ targets: [{ ...target(117.6, { text: '117,6%' }), position: { line: 1, column: 47 } }] }),
    expect: [],
  },
  { name: 'a target outside any task', doc: makeDoc({ targets: [target(105, { text: '105% số hồ sơ' }, 40)] }), expect: ['target/over-100@40:5'] },
  { name: 'a measured baseline over 100% is fine', doc: makeDoc({ tasks: [task('1', { targets: [target(120, { role: 'baseline' })] })] }), expect: [] },
  // reference/malformed-number
  {
    name: 'well-formed citations',
    doc: makeDoc({ references: [reference('3057/QĐ-UBND'), reference('227/CĐ-TTg'), reference('01/2015/QĐ-UBND', '2015-02-11'), reference('66.4/2025/NQ-CP'), reference('6721/VPCP-V.I'), reference('5786/SNV-XDCQ&TCBC'), reference('838/CCTKV.XII-NVDTPC.HUE'), reference(null)] }),
    expect: [],
  },
  { name: 'long dash in a citation', doc: makeDoc({ references: [reference('3057/QĐ–UBND')] }), expect: ['reference/malformed-number@5:3'] },
  { name: 'space in a citation', doc: makeDoc({ references: [reference('3057/ QĐ-UBND', null, 6)] }), expect: ['reference/malformed-number@6:3'] },
  { name: 'number missing', doc: makeDoc({ references: [reference('/QĐ-UBND')] }), expect: ['reference/malformed-number@5:3'] },
  { name: 'a lower-case symbol, a doubled dot', doc: makeDoc({ references: [reference('3057/qđ-UBND', null, 5), reference('12/QĐ-UB..ND', null, 6)] }), expect: ['reference/malformed-number@5:3', 'reference/malformed-number@6:3'] },
  { name: 'trailing dash, double slash', doc: makeDoc({ references: [reference('3057/QĐ-', null, 5), reference('3057//QĐ-UBND', null, 7)] }), expect: ['reference/malformed-number@5:3', 'reference/malformed-number@7:3'] },
  { name: 'year in number vs date', doc: makeDoc({ references: [reference('12/2019/TT-BTC', '2020-03-01')] }), expect: ['reference/malformed-number@5:3'] },
  // deadline/unit-not-recipient
  {
    name: 'section unit not in Kính gửi',
    doc: makeDoc({
      document: { recipients: KINH_GUI },
      sections: [section('1', ['Phòng Nội vụ huyện'], 8), section('2', ['UBND xã Phước Hưng'], 20), section('3', ['Công an huyện'], 30)],
      tasks: [task('1.1', { section: '1' }, 9), task('2.1', { section: '2' }, 21), task('3.1', { section: '3', deadlines: [deadline('2023-12-01', {}, 31, 40)] }, 31)],
    }),
    expect: ['deadline/unit-not-recipient@31:40'],
  },
  {
    name: '"các cơ quan, đơn vị" covers everyone',
    doc: makeDoc({
      document: { recipients: ['Các cơ quan, đơn vị trực thuộc UBND huyện'] },
      sections: [section('1', ['Công an huyện'])],
      tasks: [task('1.1', { section: '1' })],
    }),
    expect: [],
  },
  {
    name: 'a collective section unit is not checked',
    doc: makeDoc({
      document: { recipients: KINH_GUI },
      sections: [section('1', ['các cơ quan, đơn vị trực thuộc UBND huyện'])],
      tasks: [task('1.1', { section: '1' })],
    }),
    expect: [],
  },
  {
    name: 'no Kính gửi: not checked',
    doc: makeDoc({ sections: [section('1', ['Công an huyện'])], tasks: [task('1.1', { section: '1' })] }),
    expect: [],
  },
  // pipeline diagnostics passed on
  {
    name: 'time/unresolved and structure/none from the pipeline',
    doc: makeDoc({
      diagnostics: [
        { severity: 'warning', code: 'time/unresolved', message: 'x', position: { line: 4, column: 2 } },
        { severity: 'warning', code: 'structure/none', message: 'y', position: null },
        { severity: 'info', code: 'task/no-deadline', message: 'z', position: { line: 9, column: 1 } },
      ],
    }),
    expect: ['structure/none@1:1', 'time/unresolved@4:2'],
  },
];

describe('lint rules (table)', () => {
  for (const row of rows) {
    it(row.name, () => {
      const config: LintConfig = { ...DEFAULT_CONFIG, ...row.config };
      const findings = lintDocument({ file: 't.txt', doc: row.doc ?? makeDoc(), text: row.text ?? '', config, today: row.today ?? null });
      expect(findings.map((f) => `${f.code}@${f.line}:${f.column}`)).toEqual(row.expect);
    });
  }
});
