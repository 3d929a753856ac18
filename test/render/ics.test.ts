import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { renderIcs } from '../../src/render/ics/index.js';
import type { RenderOptions } from '../../src/render/types.js';
import { CchcDocument } from '../../src/model/schema.js';
import { ALL, deadline, draft2023, numbered2024, plan2026 } from './fixtures/documents.js';
import { checkCalendar, readBoth } from './fixtures/ics-oracle.js';
import { readWithIcalJs } from './fixtures/ics-readers.js';

const here = dirname(fileURLToPath(import.meta.url));
// `today` is deliberately far away: the calendar must not depend on it.
const OPTS: RenderOptions = { lang: 'vi', today: '2031-07-07', color: false, todo: false, remind: ['3d', '1d'] };
const render = (docs: CchcDocument[], o: Partial<RenderOptions> = {}): string => renderIcs(docs, { ...OPTS, ...o });
const lines = (ics: string): string[] => ics.replace(/\r\n /g, '').split('\r\n');
const byUid = (ics: string) => new Map(readWithIcalJs(ics).map((x) => [x.uid, x]));

test('fixtures are valid documents', () => {
  for (const d of ALL) expect(() => CchcDocument.parse(d)).not.toThrow();
});

describe('default export', () => {
  test('every deadline kind, read identically by ical.js and node-ical', () => {
    checkCalendar(ALL, render(ALL));
  });

  test('byte-identical across runs, and independent of `today`', () => {
    const a = render(ALL);
    expect(render(ALL)).toBe(a);
    expect(render(ALL, { today: '2000-01-01' })).toBe(a);
  });

  test('golden file (UPDATE=1 rewrites it)', () => {
    const file = join(here, 'fixtures', 'expected', 'all.vi.ics');
    const out = render(ALL);
    if (process.env.UPDATE === '1' || !existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, out);
    }
    expect(out).toBe(readFileSync(file, 'utf8'));
  });

  test('calendar header: name from the documents, VTIMEZONE only when a time is used', () => {
    const ics = render(ALL);
    expect(lines(ics)).toContain('X-WR-CALNAME:cchc – 3 văn bản');
    expect(lines(render([numbered2024]))).toContain('X-WR-CALNAME:Thời hạn: 97/KH-UBND');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\n');
    expect(render([plan2026])).not.toContain('VTIMEZONE');
  });

  test('texts: escaped on the wire, exact after parsing; CATEGORIES keep commas inside names', () => {
    const ics = render([draft2023]);
    expect(ics).toContain('C:\\\\DVC\\\\huong-dan');
    const ev = [...byUid(ics).values()].find((x) => x.start?.date === '2023-11-29')!;
    expect(ev.summary).toBe('Hạn: Phòng Nội vụ huyện – Tổ chức Toạ đàm về dịch vụ công trực tuyến, …');
    expect(ev.description).toContain('(đường dẫn C:\\DVC\\huong-dan)');
    expect(ev.description).toContain('\nThời hạn: trước ngày 30/11/2023\nHạn chót: 29/11/2023\nChủ trì: Phòng Nội vụ huyện\n');
    expect(ev.description).toContain('Phối hợp: Văn phòng HĐND và UBND huyện; UBND các xã, thị trấn');
    expect(ev.description).toContain('Mục: 2. Nhiệm vụ cụ thể');
    expect(ev.description).toContain('Văn bản: Công văn (năm 2023) – ỦY BAN NHÂN DÂN HUYỆN TUY PHƯỚC – V/v khẩn trương');
    const timed = [...byUid(ics).values()].find((x) => x.start?.time === '16:00')!;
    expect(timed.categories).toEqual(['UBND các xã, thị trấn']);
  });

  test('a task that opens with its only lead unit is not preceded by the unit again', () => {
    const d = structuredClone(plan2026);
    d.tasks[0] = { ...d.tasks[0], text: 'Sở Công Thương chủ trì tổng hợp, báo cáo kết quả thực hiện Kế hoạch hằng năm' };
    expect(readWithIcalJs(render([d]))[0].summary).toBe('Hạn: Sở Công Thương chủ trì tổng hợp, báo cáo kết quả thực hiện …');
  });

  test('conditional and relative deadlines without a date are listed in one "to watch" entry, not invented', () => {
    const items = readWithIcalJs(render([draft2023]));
    const watch = items.filter((x) => x.summary.startsWith('Theo dõi:'));
    expect(watch).toHaveLength(1);
    expect(watch[0].description).toContain('sau khi UBND tỉnh ban hành các Đề án trên');
    expect(watch[0].description).toContain('trong 05 ngày làm việc kể từ ngày nhận được văn bản');
    // An undated draft: the watch entry sits on its earliest due date.
    expect(watch[0].start).toEqual({ date: '2023-11-29', time: null });
    expect(watch[0].alarms).toBe(0);
  });
});

describe('recurring deadlines', () => {
  const rec = (ics: string, rule: string) => readWithIcalJs(ics).find((x) => x.rrule?.includes(rule))!;

  test('start at the first instance on or after the issue date, end with the document year', () => {
    const ics = render([numbered2024]);
    const monthly = rec(ics, 'BYMONTHDAY=20');
    expect(monthly.start).toEqual({ date: '2024-03-20', time: '09:30' });
    expect(lines(ics)).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=20;UNTIL=20241231T165959Z');
    expect(lines(ics)).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;UNTIL=20241231');
    expect(rec(ics, 'INTERVAL=3').start).toEqual({ date: '2024-03-31', time: null });
  });

  test('an undated draft starts after the latest document it cites from its year', () => {
    const cited = { ...draft2023, references: [{ type: null, number: '1801/UBND-NV', symbol: 'UBND-NV', date: '2023-11-06', issuer: null, text: '', position: { line: 1, column: 1 } }] };
    expect(rec(render([draft2023]), 'BYDAY=FR').start?.date).toBe('2023-01-06');
    expect(rec(render([cited]), 'BYDAY=FR').start?.date).toBe('2023-11-10');
  });

  test('a plan for 2026-2030 recurs until the end of 2030', () => {
    expect(lines(render([plan2026]))).toContain('RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10;UNTIL=20301231');
    expect(rec(render([plan2026]), 'BYMONTH=12').start?.date).toBe('2026-12-10');
  });

  test('a time given only as BYHOUR/BYMINUTE becomes a timed DTSTART; an all-day start never carries BYHOUR', () => {
    const d = structuredClone(plan2026);
    d.tasks[0].deadlines = [deadline({ kind: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=FR;BYHOUR=15;BYMINUTE=0', text: 'trước 15 giờ thứ Sáu hằng tuần' })];
    const ics = render([d]);
    checkCalendar([d], ics);
    expect(rec(ics, 'BYDAY=FR').start).toEqual({ date: '2025-12-26', time: '15:00' });
    d.tasks[0].deadlines = [deadline({ kind: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=FR;BYHOUR=99', text: 'thứ Sáu hằng tuần' })];
    expect(lines(render([d]))).toContain('RRULE:FREQ=WEEKLY;BYDAY=FR;UNTIL=20301231');
  });

  test('--until and --from/--to bound the rule', () => {
    const ics = render([numbered2024], { until: '2024-06-30' });
    expect(lines(ics)).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=20;UNTIL=20240630T165959Z');
    const ranged = render([numbered2024], { from: '2024-05-01', to: '2024-08-31' });
    expect(rec(ranged, 'BYMONTHDAY=20').start?.date).toBe('2024-05-20');
    expect(lines(ranged)).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;UNTIL=20240831');
    // Yearly on 15/12 has no instance in the range: not invented, watched.
    expect(readWithIcalJs(ranged).find((x) => x.rrule?.includes('BYMONTH=12'))).toBeUndefined();
    expect(readWithIcalJs(ranged).find((x) => x.summary.startsWith('Theo dõi'))!.description).toContain('trước ngày 15/12 hằng năm');
  });
});

describe('identity and revisions', () => {
  const edited = (): CchcDocument => {
    const d = structuredClone(draft2023);
    d.tasks[1].deadlines[1] = { ...d.tasks[1].deadlines[1], date: '2023-12-20', due: '2023-12-20', text: 'trước 16 giờ ngày 20/12/2023' };
    for (const t of d.tasks) t.position = { line: t.position.line + 7, column: 1 };
    return d;
  };

  test('UIDs follow content: moved tasks keep theirs; new words are a new deadline, and --previous cancels the old one', () => {
    const before = byUid(render([draft2023]));
    const after = byUid(render([edited()]));
    const moved = [...before.keys()].filter((u) => before.get(u)!.start?.time !== '16:00');
    for (const u of moved) expect(after.has(u)).toBe(true);
    const old = [...before.keys()].find((u) => before.get(u)!.start?.time === '16:00')!;
    expect(after.has(old)).toBe(false);
    const update = render([edited()], { previous: render([draft2023]) });
    expect(update).toContain(`UID:${old}\r\nDTSTAMP:`);
    expect(byUid(update).get(old)!.sequence).toBe(1);
    expect(lines(update).filter((l) => l === 'STATUS:CANCELLED')).toHaveLength(1);
  });

  test('UIDs: document part (slug, year, identity hash) and deadline part (content hash); to-dos have their own', () => {
    const uids = [...byUid(render([numbered2024])).keys()];
    expect(uids[0]).toMatch(/^97-kh-ubnd-2024-[0-9a-z]{10}\.[0-9a-f]{16}@cchc$/);
    expect(new Set(uids).size).toBe(uids.length);
    const todo = [...byUid(render([numbered2024], { todo: true })).keys()];
    expect(todo[0]).toBe(uids[0].replace('@cchc', '.todo@cchc'));
  });

  test('UIDs stay unique: same-looking drafts get their sha, a file given twice is exported once, a repeated task id gets ~2', () => {
    const twin = { ...structuredClone(draft2023), source: { ...draft2023.source, sha256: 'b'.repeat(64) } };
    const uids = [...byUid(render([draft2023, twin])).keys()];
    expect(uids.length).toBe(2 * byUid(render([draft2023])).size);
    expect(uids.filter((u) => u.includes('-aaaaaaaa.')).length).toBe(uids.length / 2);
    expect(render([numbered2024, numbered2024])).toBe(render([numbered2024]));
    const dup = structuredClone(plan2026);
    dup.tasks.push(structuredClone(dup.tasks[0]));
    const ids = [...byUid(render([dup])).keys()];
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0].replace('@cchc', '~2@cchc'));
  });

  test('DTSTAMP: SOURCE_DATE_EPOCH when given, else the issue day; LAST-MODIFIED the same', () => {
    const withEpoch = lines(render(ALL, { sourceDateEpoch: 1_700_000_000 }));
    const stamps = withEpoch.filter((l) => l.startsWith('DTSTAMP:'));
    expect(stamps.length).toBeGreaterThan(0);
    expect(new Set(stamps)).toEqual(new Set(['DTSTAMP:20231114T221320Z']));
    const plain = lines(render(ALL));
    plain.forEach((l, i) => {
      if (l.startsWith('DTSTAMP:')) expect(plain[i + 2]).toBe(`LAST-MODIFIED:${l.slice(8)}`);
    });
  });
});

describe('options', () => {
  test('--todo: VTODO with DUE, without DUE for conditions, DTSTART+RRULE when recurring', () => {
    const ics = render([draft2023], { todo: true });
    const items = readBoth(ics);
    const all = [...items.values()];
    expect(all.every((x) => x.type === 'VTODO')).toBe(true);
    expect(all.find((x) => x.due?.date === '2023-11-29')?.alarms).toBe(2);
    expect(all.find((x) => x.due?.time === '16:00')?.due).toEqual({ date: '2023-12-15', time: '16:00' });
    const watch = all.filter((x) => x.summary.startsWith('Theo dõi:'));
    expect(watch).toHaveLength(2);
    for (const w of watch) expect([w.due, w.start]).toEqual([null, null]);
    expect(all.find((x) => x.rrule)?.start?.date).toBe('2023-01-06');
    expect(ics).toContain('TRIGGER;RELATED=END:-P3D');
  });

  test('--remind: one VALARM per distinct understood offset; none for []', () => {
    expect(render(ALL, { remind: [] })).not.toContain('VALARM');
    const ics = render([plan2026], { remind: ['1w', '2h', 'soon', '30m', '1w', '0d'] });
    expect(lines(ics).filter((l) => l.startsWith('TRIGGER'))).toEqual(['TRIGGER:-P6DT16H', 'TRIGGER:-PT2H', 'TRIGGER:-PT30M', 'TRIGGER:PT8H']);
    checkCalendar([plan2026], render([plan2026], { remind: ['3d'] }), 1);
  });

  test('--unit matches canonical names, aliases, tone placement and diacritics', () => {
    const summaries = (unit: string) => readWithIcalJs(render(ALL, { unit })).map((x) => x.summary);
    const noiVu = summaries('phong noi vu');
    expect(noiVu.length).toBe(5);
    expect(noiVu.filter((s) => !s.startsWith('Theo dõi')).every((s) => /^Hạn: Phòng Nội vụ/.test(s))).toBe(true);
    expect(summaries('Phòng Văn hóa và Thông tin huyện')).toEqual(['Theo dõi: khẩn trương, đôn đốc thực hiện một số …']);
    expect(summaries('UBND các xã - thị trấn')).toHaveLength(2);
    expect(summaries('Sở Tài chính')).toEqual([]);
    expect(lines(render(ALL, { unit: 'phong noi vu' }))).toContain('X-WR-CALNAME:cchc – 3 văn bản – phong noi vu');
  });

  test('--from/--to keep dated deadlines in range', () => {
    const items = readWithIcalJs(render([numbered2024], { from: '2024-03-01', to: '2024-03-31' }));
    const dated = items.filter((x) => !x.rrule && x.summary.startsWith('Hạn'));
    expect(dated.map((x) => x.start?.date)).toEqual(['2024-03-12']);
    // The yearly rule has no instance in March: it goes on the watch entry, on the issue date.
    expect(items.find((x) => x.summary.startsWith('Theo dõi'))?.start?.date).toBe('2024-03-05');
  });

  test("lang 'en': English labels", () => {
    const ics = render([draft2023], { lang: 'en' });
    const items = readWithIcalJs(ics);
    expect(items[0].summary.startsWith('Due: Phòng Nội vụ huyện – ')).toBe(true);
    expect(items[0].description).toContain('\nDeadline: trước ngày 30/11/2023\nDue: 2023-11-29\nLead: Phòng Nội vụ huyện\nPartners: ');
    expect(items.some((x) => x.summary.startsWith('To watch: '))).toBe(true);
    expect(ics).toContain('X-WR-CALNAME:Deadlines: ');
    expect(ics).toContain('PRODID:-//cchc//cchc//EN');
  });

  test('a document with nothing to export is still a valid, empty calendar', () => {
    const empty = { ...numbered2024, tasks: [] };
    const ics = render([empty]);
    expect(readBoth(ics).size).toBe(0);
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(render([])).toContain('X-WR-CALNAME:Thời hạn: cchc');
  });

  test('a deadline with a time but a watched kind is never placed', () => {
    const d = structuredClone(numbered2024);
    d.tasks[0].deadlines = [deadline({ kind: 'conditional', time: '08:00', trigger: 'khi có chỉ đạo', text: 'khi có chỉ đạo' })];
    checkCalendar([d], render([d]));
  });
});
