import { describe, expect, test } from 'vitest';
import { renderCsv } from '../../src/render/csv.js';
import { csvRow, neutralise, quote } from '../../src/render/csv/cells.js';
import type { RenderOptions } from '../../src/render/types.js';
import { readCsv } from './fixtures/csv-reader.js';
import { ALL, draft2023, numbered2024 } from './fixtures/documents.js';

const OPTS: RenderOptions = { lang: 'vi', today: '2031-07-07', color: false };

describe('cells', () => {
  test.each([
    ['=1+1', "'=1+1"], ['+84 912', "'+84 912"], ['-5', "'-5"], ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"], ['\rx', "'\rx"], ['Phòng Nội vụ', 'Phòng Nội vụ'], ['2023-11-30', '2023-11-30'], ['a=b', 'a=b'],
  ])('neutralise %j → %j', (input, expected) => expect(neutralise(input)).toBe(expected));

  test('RFC 4180 quoting', () => {
    expect(quote('a,b')).toBe('"a,b"');
    expect(quote('say "hi"')).toBe('"say ""hi"""');
    expect(quote('x\ny')).toBe('"x\ny"');
    expect(quote('plain; text')).toBe('"plain; text"');
    expect(quote('a\tb')).toBe('"a\tb"');
    expect(csvRow(['=A1,"x"', 'b'])).toBe('"\'=A1,""x""",b');
  });

  test('a cell with ";" is quoted: a sheet that splits on ";" (Vietnamese Windows) finds no formula cell', () => {
    const row = csvRow(['x;=1+1;@SUM(A1)', '=1;2', '-', 'ok']);
    expect(row).toBe(`"x;=1+1;@SUM(A1)","'=1;2",'-,ok`);
    // Split the way such a spreadsheet does: on ";" outside quotes, then on ",".
    const cells = row.split(/[;,](?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(cells).toHaveLength(4);
    for (const c of readCsv(`${row}\r\n`)[0]) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('renderCsv', () => {
  const csv = renderCsv(ALL, OPTS);
  const rows = readCsv(csv.slice(1));

  test('UTF-8 BOM, CRLF rows, one row per deadline, deterministic', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const deadlines = ALL.flatMap((d) => d.tasks.flatMap((t) => t.deadlines));
    expect(rows).toHaveLength(1 + deadlines.length);
    for (const r of rows) expect(r).toHaveLength(16);
    expect(renderCsv(ALL, OPTS)).toBe(csv);
  });

  test('Vietnamese headers by default, English with lang en', () => {
    expect(rows[0]).toEqual(['Văn bản', 'Nhiệm vụ', 'Mục', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Loại thời hạn', 'Quan hệ', 'Ngày ghi', 'Hạn chót', 'Giờ', 'Lặp lại (RRULE)', 'Điều kiện', 'Nguyên văn thời hạn', 'Nội dung nhiệm vụ', 'In đậm', 'Lặp đến (UNTIL)']);
    expect(readCsv(renderCsv(ALL, { ...OPTS, lang: 'en' }).slice(1))[0]).toEqual(['Document', 'Task ID', 'Section', 'Lead units', 'Partner units', 'Kind', 'Relation', 'Date', 'Due', 'Time', 'Recurrence (RRULE)', 'Trigger', 'Deadline words', 'Task text', 'Bold', 'Repeats until (UNTIL)']);
  });

  test('cells: values as in the JSON, unit lists joined by "; ", commas and quotes survive', () => {
    const first = rows[1];
    expect(first[0]).toBe('fixtures/tuy-phuoc-cchc-2023.txt');
    expect(first.slice(1, 13)).toEqual([
      '2.1', '2. Nhiệm vụ cụ thể', 'Phòng Nội vụ huyện', 'Văn phòng HĐND và UBND huyện; UBND các xã, thị trấn',
      'date', 'before', '2023-11-30', '2023-11-29', '', '', '', 'trước ngày 30/11/2023',
    ]);
    expect(first[13]).toBe(draft2023.tasks[0].text);
    expect(first[14]).toBe('true');
    const timed = rows.find((r) => r[9] === '16:00')!;
    expect(timed[3]).toBe('UBND các xã, thị trấn');
    expect(rows.find((r) => r[5] === 'conditional')![11]).toBe('sau khi UBND tỉnh ban hành các Đề án trên');
    expect(rows.find((r) => r[10] === 'FREQ=MONTHLY;BYMONTHDAY=20')![9]).toBe('09:30');
  });

  test('formula injection is neutralised in every column', () => {
    const doc = rows.filter((r) => r[0] === '97/KH-UBND');
    expect(doc[0][3]).toBe("'@Phòng Tư pháp");
    expect(doc[0][4]).toBe("'+84 Trung tâm");
    expect(doc[0][13]).toBe(`'${numbered2024.tasks[0].text}`);
    expect(doc[2][13]).toBe("'- Tổng kết công tác năm, gửi Sở Nội vụ");
    for (const r of rows) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });

  test('--unit and --from/--to filter rows as in the calendar', () => {
    const only = readCsv(renderCsv(ALL, { ...OPTS, unit: 'Phong Noi Vu' }).slice(1)).slice(1);
    expect(only.map((r) => r[3])).toEqual(['Phòng Nội vụ huyện', 'Phòng Nội vụ huyện', 'Phòng Nội vụ', 'Phòng Nội vụ', 'Phòng Nội vụ']);
    const ranged = readCsv(renderCsv([numbered2024], { ...OPTS, from: '2024-03-01', to: '2024-12-31' }).slice(1)).slice(1);
    // Recurring rows: their first occurrence in range, and their end.
    expect(ranged.map((r) => r[8])).toEqual(['2024-03-20', '2024-03-31', '2024-12-15', '2024-03-12']);
    expect(ranged.map((r) => r[15])).toEqual(['2024-12-31', '2024-12-31', '2024-12-31', '']);
  });

  test('no documents: the header alone', () => {
    expect(renderCsv([], OPTS).split('\r\n')).toHaveLength(2);
  });
});
