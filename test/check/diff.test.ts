import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/check/diff.js';
import { toExpected, type Json } from '../../src/check/expected.js';
import { formatDifference } from '../../src/check/messages.js';
import { deadline, makeDoc, reference, task } from '../lint/doc.js';

const lines = (e: Json, a: Json, lang: 'vi' | 'en' = 'en') => diffDocuments(e, a).map((d) => formatDifference(d, lang));

describe('diffDocuments', () => {
  it('equal documents have no difference, whatever their positions and source', () => {
    const a = makeDoc({ tasks: [task('1')] });
    const b = makeDoc({ tasks: [task('1', {}, 99)], source: { path: 'x.docx', format: 'docx', sha256: 'f'.repeat(64), encoding: null } });
    expect(diffDocuments(toExpected(a), toExpected(b))).toEqual([]);
  });

  it('names the task and the field: "2.3 deadlines[0].date: expected …, got …"', () => {
    const e = makeDoc({ tasks: [task('2.3', { deadlines: [deadline('2023-12-10')] })] });
    const a = makeDoc({ tasks: [task('2.3', { deadlines: [deadline('2023-12-01')] })] });
    const out = lines(toExpected(e), toExpected(a));
    expect(out).toContain('2.3 deadlines[0].date: expected 2023-12-10, got 2023-12-01');
    expect(out).toContain('2.3 deadlines[0].due: expected 2023-12-10, got 2023-12-01');
    expect(lines(toExpected(e), toExpected(a), 'vi')[0]).toBe('2.3 deadlines[0].date: mong đợi 2023-12-10, thực tế 2023-12-01');
  });

  it('matches tasks by id and text, so one inserted task is one difference', () => {
    const tasks = [task('1', { text: 'Một' }), task('2', { text: 'Hai' }), task('3', { text: 'Ba' })];
    const inserted = [tasks[0], task('2', { text: 'Mới' }), { ...tasks[1], id: '3' }, { ...tasks[2], id: '4' }];
    const out = lines(toExpected(makeDoc({ tasks })), toExpected(makeDoc({ tasks: inserted })));
    // Ids that look like numbers are quoted: they are strings in the contract.
    expect(out).toEqual(['2 id: expected "2", got "3"', '3 id: expected "3", got "4"', '2: unexpected task "Mới"']);
  });

  it('reports a missing task by its text', () => {
    const out = lines(toExpected(makeDoc({ tasks: [task('1'), task('2', { text: 'Báo cáo kết quả' })] })), toExpected(makeDoc({ tasks: [task('1')] })));
    expect(out).toEqual(['2: missing task "Báo cáo kết quả"']);
  });

  it('a changed task text with the same id is a text difference', () => {
    const out = lines(toExpected(makeDoc({ tasks: [task('1', { text: 'Cũ' })] })), toExpected(makeDoc({ tasks: [task('1', { text: 'Mới' })] })));
    expect(out).toEqual(['1 text: expected Cũ, got Mới']);
  });

  it('aligns other arrays on equal elements before comparing by position', () => {
    const refs = [reference('1/QĐ-UBND'), reference('2/QĐ-UBND'), reference('3/QĐ-UBND')];
    const out = lines(toExpected(makeDoc({ references: refs })), toExpected(makeDoc({ references: [refs[0], refs[2]] })));
    expect(out).toHaveLength(1);
    expect(out[0]).toBe('references[1]: missing (expected "Quyết định số 2/QĐ-UBND")');
  });

  it('in an unequal stretch, an inserted element is unexpected and a changed one is compared by field', () => {
    const d = (code: string, message: string) => ({ severity: 'info' as const, code, message, position: null });
    const e = makeDoc({ diagnostics: [d('a', 'x'), d('task/no-deadline', 'Nhiệm vụ 2 …'), d('z', 'z')] });
    const a = makeDoc({ diagnostics: [d('a', 'x'), d('task/no-unit', 'Nhiệm vụ 3 …'), d('task/no-deadline', 'Nhiệm vụ 3 …'), d('z', 'z')] });
    expect(lines(toExpected(e), toExpected(a))).toEqual([
      'diagnostics[1]: unexpected task/no-unit "Nhiệm vụ 3 …"',
      'diagnostics[1].message: expected Nhiệm vụ 2 …, got Nhiệm vụ 3 …',
    ]);
  });

  it('reports the header before tasks and diagnostics last', () => {
    const e = makeDoc({ document: { subject: 'A' }, tasks: [task('1', { text: 'x' })], diagnostics: [] });
    const a = makeDoc({ document: { subject: 'B' }, tasks: [task('1', { text: 'y' })], diagnostics: [{ severity: 'info', code: 'c', message: 'm', position: null }] });
    expect(lines(toExpected(e), toExpected(a)).map((l) => l.split(':')[0])).toEqual(['document.subject', '1 text', 'diagnostics[0]']);
  });

  it('header fields, nulls, and keyed units', () => {
    const e = makeDoc({ document: { date: '2023-11-06' }, units: [{ key: 'phòng nội vụ', name: 'Phòng Nội vụ', aliases: [] }] });
    const a = makeDoc({ document: { date: null }, units: [{ key: 'phòng nội vụ', name: 'Phòng Nội vụ', aliases: ['Phòng Nội Vụ'] }] });
    expect(lines(toExpected(e), toExpected(a))).toEqual([
      'document.date: expected 2023-11-06, got null',
      'units[phòng nội vụ].aliases[0]: unexpected Phòng Nội Vụ',
    ]);
  });

  it('quotes strings that could be misread and shows long strings around the change', () => {
    const long = 'Rà soát, đôn đốc, nhắc nhở cán bộ, công chức, viên chức của cơ quan, đơn vị, địa phương mình thực hiện gửi, nhận văn bản điện tử';
    const out = lines(toExpected(makeDoc({ tasks: [task('1', { text: long, lead: ['null'] })] })), toExpected(makeDoc({ tasks: [task('1', { text: long.replace('điện tử', 'giấy'), lead: ['null'] })] })));
    // Matched by id: the text change is shown as a window around the first difference.
    expect(out).toEqual([`1 text: expected "…${long.slice(long.indexOf('điện tử') - 30, long.indexOf('điện tử') + 30)}", got "…${long.replace('điện tử', 'giấy').slice(long.indexOf('điện tử') - 30)}"`]);
  });

  it('missing and unexpected fields', () => {
    expect(lines({ a: 1, b: 2 }, { a: 1, c: 3 })).toEqual(['b: missing (expected 2)', 'c: unexpected 3']);
  });
});

describe('toExpected', () => {
  it('drops source and every position, sorts keys, keeps the rest', () => {
    const doc = makeDoc({ tasks: [task('1')] });
    const out = toExpected(doc) as Record<string, Json>;
    expect(Object.keys(out)).toEqual([...Object.keys(out)].sort());
    expect(out.source).toBeUndefined();
    expect(JSON.stringify(out)).not.toContain('"position"');
    expect((out.tasks as Array<Record<string, Json>>)[0].id).toBe('1');
    expect(doc.tasks[0].position).toEqual({ line: 10, column: 1 }); // input untouched
  });
});
