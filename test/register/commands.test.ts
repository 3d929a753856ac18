// Every register command against a real SQLite file in a temporary folder.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { copyText, dump, register, SEED } from './helpers.js';

const dueJson = async (r: ReturnType<typeof register>, ...args: string[]) => {
  const res = await r.cchc('due', '--format', 'json', ...args);
  expect(res.code).toBe(0);
  return JSON.parse(res.stdout) as { from: string; to: string; occurrences: Array<{ id: string; day: string; state: string; lead: string[]; daysLate: number; text: string }>; waiting: Array<{ id: string; trigger: string }> };
};

describe('cchc add', () => {
  it('records a document once: the same bytes again change nothing', async () => {
    const r = register();
    const first = await r.cchc('add', SEED);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^thêm mới {2}\w{8} {2}/);
    expect(first.stdout).toContain('Thêm mới 1, cập nhật 0, không đổi 0, lỗi 0.');
    const before = dump(r.db);
    const again = await r.cchc('add', SEED, '--lang', 'en');
    expect(again.stdout).toMatch(/^unchanged/);
    expect(again.stdout).toContain('Added 0, updated 0, unchanged 1, failed 0.');
    expect(dump(r.db)).toEqual(before);
  });

  it('says which files failed and still records the others (exit 2)', async () => {
    const r = register();
    const res = await r.cchc('add', SEED, join(r.dir, 'khong-co.txt'));
    expect(res.code).toBe(2);
    expect(res.stdout).toContain('lỗi  ');
    expect(res.stderr).toContain('Không tìm thấy tệp');
    expect(res.stdout).toContain('Thêm mới 1, cập nhật 0, không đổi 0, lỗi 1.');
  });

  it('uses --db, and cchc.db in the current folder by default', async () => {
    const r = register();
    const other = join(r.dir, 'khac.db');
    const res = await r.cchc('add', SEED, '--db', other);
    expect(res.code).toBe(0);
    expect(existsSync(other)).toBe(true);
    expect(existsSync(r.db)).toBe(false);
  });

  it('refuses a register made by a newer cchc, and leaves it as it was', async () => {
    const r = register();
    await r.cchc('add', SEED);
    const d = new Database(r.db);
    d.prepare('UPDATE schema_version SET version = 99').run();
    d.close();
    const before = dump(r.db);
    const res = await r.cchc('add', SEED);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^cchc: Sổ theo dõi .* do một phiên bản cchc mới hơn tạo \(lược đồ 99\); hãy cập nhật cchc, sổ không bị thay đổi\.\n$/);
    expect(dump(r.db)).toEqual(before);
    expect((await r.cchc('due', '--lang', 'en')).stderr).toMatch(/made by a newer cchc/);
  });

  it('refuses a file that is not a register', async () => {
    const r = register();
    writeFileSync(r.db, 'not a database at all, just text '.repeat(100));
    const res = await r.cchc('add', SEED);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/không phải là sổ theo dõi của cchc/);
  });
});

describe('cchc due', () => {
  it('lists the week, recurring rules expanded, and the deadlines that wait on an event apart', async () => {
    const r = register();
    await r.cchc('add', SEED);
    const week = await dueJson(r);
    expect([week.from, week.to]).toEqual(['2023-11-20', '2023-11-26']);
    // "thứ 6 hàng tuần": Friday 24/11 is an occurrence of the weekly report.
    expect(week.occurrences.some((o) => o.day === '2023-11-24' && /hàng tuần/.test(o.text))).toBe(true);
    expect(week.occurrences.every((o) => o.day >= '2023-11-20' && o.day <= '2023-11-26')).toBe(true);
    expect(week.waiting.length).toBeGreaterThan(0);
    expect(week.waiting.every((w) => w.trigger)).toBe(true);
    const month = await dueJson(r, '--month');
    expect(month.occurrences.filter((o) => /hàng tuần/.test(o.text)).map((o) => o.day)).toEqual(expect.arrayContaining(['2023-11-10', '2023-11-17', '2023-11-24']));
    const range = await dueJson(r, '--from', '2023-12-01', '--to', '2023-12-31');
    expect(range.occurrences.every((o) => o.day.startsWith('2023-12'))).toBe(true);
  });

  it('--unit matches as parse --unit does (accents, case, the "huyện" suffix)', async () => {
    const r = register();
    await r.cchc('add', SEED);
    const all = await dueJson(r, '--month');
    const nv = await dueJson(r, '--month', '--unit', 'phong noi vu');
    expect(nv.occurrences.length).toBeGreaterThan(0);
    expect(nv.occurrences.length).toBeLessThan(all.occurrences.length);
    expect(nv.occurrences.every((o) => o.lead.some((u) => /Nội vụ/.test(u)))).toBe(true);
  });

  it('--overdue: open occurrences past due, with days late; table, csv and ics say the same', async () => {
    const r = register();
    await r.cchc('add', SEED);
    const over = await dueJson(r, '--overdue');
    expect(over.occurrences.length).toBeGreaterThan(0);
    expect(over.occurrences.every((o) => o.state === 'overdue' && o.day < '2023-11-25' && o.daysLate > 0)).toBe(true);
    const table = await r.cchc('due', '--overdue', '--format', 'table');
    expect(table.stdout).toContain('đang thực hiện quá hạn');
    const csv = await r.cchc('due', '--overdue', '--format', 'csv');
    expect(csv.stdout.startsWith('\uFEFF')).toBe(true);
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(over.occurrences.length + 1);
    const ics = await r.cchc('due', '--overdue', '--format', 'ics');
    expect(ics.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(over.occurrences.length);
    for (const o of over.occurrences) expect(ics.stdout).toContain(`UID:${o.id}@cchc`);
  });

  it('says when nothing is due, and that there is no register yet', async () => {
    const r = register();
    expect((await r.cchc('due')).stderr).toMatch(/Chưa có sổ theo dõi .*; hãy ghi văn bản vào bằng cchc add TỆP\./);
    expect(existsSync(r.db)).toBe(false);
    await r.cchc('add', SEED);
    const none = await r.cchc('due', '--format', 'table', '--unit', 'Sở Không Có');
    expect(none.code).toBe(0);
    expect(none.stderr).toMatch(/Không có thời hạn nào/);
  });
});

describe('cchc done / reopen', () => {
  it('moves an occurrence through the four states', async () => {
    const r = register();
    await r.cchc('add', SEED);
    const week = await dueJson(r, '--from', '2023-11-20', '--to', '2023-12-31');
    const late = week.occurrences.find((o) => o.state === 'overdue')!;
    const open = week.occurrences.find((o) => o.state === 'open')!;
    const state = async (id: string) => (await dueJson(r, '--from', '2023-11-20', '--to', '2023-12-31')).occurrences.find((o) => o.id === id)!.state;
    expect((await r.cchc('done', late.id.slice(0, 5))).stdout).toContain('hoàn thành quá hạn');
    expect(await state(late.id)).toBe('done-late');
    expect((await r.cchc('done', late.id, '--on', late.day, '--note', 'đã gửi báo cáo')).code).toBe(0);
    expect(await state(late.id)).toBe('done');
    expect(await state(open.id)).toBe('open');
    await r.cchc('done', open.id);
    expect(await state(open.id)).toBe('done');
    expect((await r.cchc('reopen', late.id)).stdout).toContain('đang thực hiện quá hạn');
    expect(await state(late.id)).toBe('overdue');
    expect((await r.cchc('reopen', late.id)).code).toBe(1);
    const unknown = await r.cchc('done', 'zzzzzzz');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Không có lần thực hiện nào có ID zzzzzzz/);
    expect((await r.cchc('done', late.id, '--on', '30/11/2023')).code).toBe(2);
  });
});

describe('cchc list / show / remove / backup', () => {
  it('lists, shows, backs up and removes documents', async () => {
    const r = register();
    await r.cchc('add', SEED, copyText(r.dir, '01-hue-pgddt-tong-ve-sinh-2018.txt'));
    const list = JSON.parse((await r.cchc('list', '--format', 'json')).stdout) as { documents: Array<{ docId: string; label: string; deadlines: number }> };
    expect(list.documents).toHaveLength(2);
    const table = await r.cchc('list');
    expect(table.stdout).toContain(list.documents[0].docId);
    const hue = list.documents.find((d) => /tổng vệ/.test(d.label))!;
    const show = await r.cchc('show', hue.docId);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Phiên bản');
    expect((await r.cchc('show', '01-hue-pgddt-tong-ve-sinh-2018.txt')).stdout).toBe(show.stdout);
    expect((await r.cchc('show', 'khong-co')).stderr).toMatch(/Không có văn bản khong-co trong sổ/);

    const copy = join(r.dir, 'sao-luu.db');
    const backup = await r.cchc('backup', copy);
    expect(backup.code).toBe(0);
    expect(dump(copy)).toEqual(dump(r.db));
    expect((await r.cchc('backup', copy)).stderr).toMatch(/tệp đã tồn tại/);

    const removed = await r.cchc('remove', hue.docId);
    expect(removed.stdout).toMatch(/^Đã xóa .* khỏi sổ\./);
    const after = JSON.parse((await r.cchc('list', '--format', 'json')).stdout) as { documents: unknown[] };
    expect(after.documents).toHaveLength(1);
    expect((await r.cchc('remove', hue.docId)).code).toBe(2);
  });
});
