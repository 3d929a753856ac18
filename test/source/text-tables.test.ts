// The text reader rebuilds the tree's tables from the two forms text files carry.
import { describe, expect, it } from 'vitest';
import { textTables } from '../../src/source/text-tables.js';

const cellsOf = (text: string) => textTables(text).map((t) => t.rows.map((r) => r.cells.map((c) => text.slice(c.start, c.end))));

describe('text tables', () => {
  it('reads the web form: "|" around cells, "|" "|" between rows, empty cells as adjacent bars', () => {
    const text = [
      'Phân công:', '', '|', '**TT**', '|', '**Chỉ tiêu**', '|', '**Chủ trì**', '|', '|', '|', '**I. Kinh', 'tế số**', '|', '|', '|',
      '1', '|', 'Kinh tế số chiếm 45% GRDP tỉnh.', '|', 'Sở Tài chính', '|', '|', '2', '|', 'Phủ sóng 5G', '|', 'Sở Khoa học và Công nghệ', '|', '', 'Sau bảng.',
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      [
        ['**TT**', '**Chỉ tiêu**', '**Chủ trì**'],
        // A heading row merged across the grid: its empty cells go to the row short of them.
        ['', '**I. Kinh\ntế số**', ''],
        ['1', 'Kinh tế số chiếm 45% GRDP tỉnh.', 'Sở Tài chính'],
        ['2', 'Phủ sóng 5G', 'Sở Khoa học và Công nghệ'],
      ],
    ]);
  });

  it('reads Markdown pipe tables', () => {
    const text = 'Bảng:\n\n| TT | Nhiệm vụ | Thời hạn |\n|---|---|---|\n| 1 | Rà soát | Quý IV/2025 |\n| 2 | Báo cáo \\| tổng hợp | Tháng 12/2025 |\n\nHết.';
    expect(cellsOf(text)).toEqual([
      [
        ['TT', 'Nhiệm vụ', 'Thời hạn'],
        ['1', 'Rà soát', 'Quý IV/2025'],
        ['2', 'Báo cáo \\| tổng hợp', 'Tháng 12/2025'],
      ],
    ]);
  });

  it('a single column of bars is not a table, and prose with a pipe is not either', () => {
    expect(textTables('|\nchỉ một ô\n|\n\nA | B')).toEqual([]);
  });
});
