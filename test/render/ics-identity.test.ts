// Issue #12: calendars that stay right when a directive changes. UIDs from
// content, SEQUENCE/LAST-MODIFIED without history, the --previous round trip,
// recurrences under the due policy, daily rhythms, recurring to-dos with DUE,
// the "Theo dõi" entry, and the smaller points. Every export is read back with
// ical.js and node-ical (readBoth).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { CchcDocument, Task } from '../../src/model/schema.js';
import { parseFile, validateDocument } from '../../src/parse.js';
import { renderIcs } from '../../src/render/ics/index.js';
import { dueRule } from '../../src/render/ics/due-rule.js';
import { morningTrigger } from '../../src/render/ics/alarms.js';
import { renderCsv } from '../../src/render/csv.js';
import type { RenderOptions } from '../../src/render/types.js';
import { deadline, doc, numbered2024, task } from './fixtures/documents.js';
import { readCsv } from './fixtures/csv-reader.js';
import { readBoth } from './fixtures/ics-oracle.js';

const OPTS: RenderOptions = { lang: 'vi', today: '2024-06-01', color: false, todo: false, remind: ['3d', '1d'] };
const render = (docs: CchcDocument[], o: Partial<RenderOptions> = {}) => renderIcs(docs, { ...OPTS, ...o });
const lines = (ics: string): string[] => ics.replace(/\r\n /g, '').split('\r\n');
/** The unfolded lines of each item, by UID. */
function items(ics: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let cur: string[] | null = null;
  for (const l of lines(ics)) {
    if (/^BEGIN:(VEVENT|VTODO)$/.test(l)) cur = [];
    if (cur) cur.push(l);
    if (/^END:(VEVENT|VTODO)$/.test(l) && cur) {
      out.set(cur.find((x) => x.startsWith('UID:'))!.slice(4), cur);
      cur = null;
    }
  }
  return out;
}
/** The raw (folded) bytes of each item, by UID. */
function rawItems(ics: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of ics.matchAll(/BEGIN:(VEVENT|VTODO)\r\n[\s\S]*?END:\1\r\n/g)) {
    const uid = /\r\nUID:(.*)\r\n/.exec(m[0].replace(/\r\n /g, ''))![1];
    out.set(uid, m[0]);
  }
  return out;
}
const prop = (item: string[] | undefined, name: string): string | undefined =>
  item?.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))?.replace(/^[^:]*:/, '');

const HEADER = { type: 'Kế hoạch', issuer: 'UBND HUYỆN A', number: '12/KH-UBND', date: '2024-03-05', year: 2024, subject: 'Cải cách hành chính năm 2024' };
const t = (id: string, text: string, words: string, due: string): Task =>
  task({ id, text, lead: ['Phòng Nội vụ'], deadlines: [deadline({ kind: 'date', date: due, due, relation: 'by', text: words })] });
const A = t('1', 'Quán triệt kế hoạch đến cán bộ', 'chậm nhất ngày 30/4/2024', '2024-04-30');
const B = t('2', 'Rà soát thủ tục hành chính', 'chậm nhất ngày 31/5/2024', '2024-05-31');
const C = t('3', 'Báo cáo kết quả cải cách', 'chậm nhất ngày 30/6/2024', '2024-06-30');
const plan = (tasks: Task[], path = 'fixtures/plan.txt', sha = 'a') => {
  const d = doc({ header: HEADER, tasks, path });
  return { ...d, source: { ...d.source, sha256: sha.repeat(64) } };
};
const uidsOf = (ics: string) => new Map([...items(ics)].map(([uid, it]) => [prop(it, 'SUMMARY')!, uid]));

describe('1. UIDs from content', () => {
  test('inserting, removing and reordering tasks keeps the UIDs of untouched deadlines', () => {
    const base = uidsOf(render([plan([A, B, C])]));
    expect(base.size).toBe(3);
    const fresh = t('1', 'Xây dựng kế hoạch tuyên truyền', 'chậm nhất ngày 15/4/2024', '2024-04-15');
    // Inserted before task 1: every later task renumbered.
    const renum = (x: Task, id: string): Task => ({ ...x, id });
    const inserted = uidsOf(render([plan([fresh, renum(A, '2'), renum(B, '3'), renum(C, '4')])]));
    const removed = uidsOf(render([plan([renum(B, '1'), renum(C, '2')])]));
    const reordered = uidsOf(render([plan([renum(C, '1'), renum(A, '2'), renum(B, '3')])]));
    for (const [summary, uid] of base) {
      expect(inserted.get(summary)).toBe(uid);
      if (!summary.includes('Quán triệt')) expect(removed.get(summary)).toBe(uid);
      expect(reordered.get(summary)).toBe(uid);
    }
    expect(inserted.size).toBe(4);
    expect(new Set(inserted.values()).size).toBe(4);
    expect(removed.size).toBe(2);
  });

  test('list markers, bold, tone placement and spacing do not change a UID; the words do', () => {
    const uid = (x: Task) => [...uidsOf(render([plan([x])])).values()][0];
    const base = uid(A);
    expect(uid({ ...A, text: `a) **${A.text}**` })).toBe(base);
    expect(uid({ ...A, text: A.text.replace(' ', '  ') })).toBe(base);
    expect(uid({ ...A, text: 'Quán triệt kế hoạch đến toàn thể cán bộ' })).not.toBe(base);
    expect(uid({ ...A, deadlines: [{ ...A.deadlines[0], text: 'chậm nhất ngày 29/4/2024' }] })).not.toBe(base);
  });

  test('an unnumbered draft: the UIDs do not come from the file bytes', () => {
    const draft = (sha: string) => {
      const d = doc({ header: { ...HEADER, number: null, date: null }, tasks: [A] });
      return { ...d, source: { ...d.source, sha256: sha.repeat(64) } };
    };
    expect([...items(render([draft('b')])).keys()]).toEqual([...items(render([draft('c')])).keys()]);
  });

  const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
  const formats = readdirSync(corpus).filter((f) => /^0[1-3]-.*\.txt$/.test(f)).map((f) => f.replace(/\.txt$/, ''));
  test.each(formats)('%s: .txt, .docx and .pdf give the same UIDs', async (name) => {
    const uids: string[][] = [];
    for (const ext of ['txt', 'docx', 'pdf']) {
      const d = validateDocument(await parseFile(join(corpus, `${name}.${ext}`), { displayPath: `fixtures/${name}.${ext}` }));
      uids.push([...items(render([d])).keys()].sort());
    }
    expect(uids[0].length).toBeGreaterThan(0);
    expect(uids[1]).toEqual(uids[0]);
    expect(uids[2]).toEqual(uids[0]);
  }, 60_000);
});

describe('2. SEQUENCE, LAST-MODIFIED and --previous', () => {
  test('without history: SEQUENCE 0 and LAST-MODIFIED = DTSTAMP (SOURCE_DATE_EPOCH, else the issue day)', () => {
    for (const o of [{}, { sourceDateEpoch: 1_700_000_000 }]) {
      const all = [...items(render([numbered2024], o)).values()];
      for (const it of all) {
        expect(prop(it, 'SEQUENCE')).toBe('0');
        expect(prop(it, 'LAST-MODIFIED')).toBe(prop(it, 'DTSTAMP'));
      }
      expect(prop(all[0], 'DTSTAMP')).toBe('sourceDateEpoch' in o ? '20231114T221320Z' : '20240305T000000Z');
    }
    for (const it of readBoth(render([numbered2024])).values()) expect(it.sequence).toBe(0);
  });

  test('round trip: unchanged → identical bytes, changed → SEQUENCE + 1, removed → CANCELLED with METHOD:PUBLISH', () => {
    const v1 = render([plan([A, B, C])]);
    const Bchanged: Task = { ...B, deadlines: [{ ...B.deadlines[0], date: '2024-06-15', due: '2024-06-15' }] };
    const v2 = render([plan([Bchanged, { ...C, lead: ['Phòng Tư pháp'] }])], { previous: v1, sourceDateEpoch: 1_717_200_000 });
    expect(lines(v2)).toContain('METHOD:PUBLISH');
    const [r1, r2] = [rawItems(v1), rawItems(v2)];
    const [i1, i2] = [items(v1), items(v2)];
    const uidA = [...i1].find(([, it]) => prop(it, 'SUMMARY')!.includes('Quán triệt'))![0];
    const uidB = [...i1].find(([, it]) => prop(it, 'SUMMARY')!.includes('Rà soát'))![0];
    // B: same words, a new date → the same UID, SEQUENCE 1.
    expect(prop(i2.get(uidB), 'SEQUENCE')).toBe('1');
    expect(prop(i2.get(uidB), 'DTSTART')).toBe('20240615');
    expect(prop(i2.get(uidB), 'LAST-MODIFIED')).toBe('20240601T000000Z');
    // A is gone: cancelled, no alarms.
    expect(prop(i2.get(uidA), 'STATUS')).toBe('CANCELLED');
    expect(prop(i2.get(uidA), 'SEQUENCE')).toBe('1');
    expect(i2.get(uidA)!.some((l) => l === 'BEGIN:VALARM')).toBe(false);
    const read = readBoth(v2);
    expect(read.get(uidB)!.sequence).toBe(1);
    expect(read.get(uidA)!.sequence).toBe(1);
    // The next export, from v2: nothing changed → every item byte for byte (the cancelled one too).
    const v3 = render([plan([Bchanged, { ...C, lead: ['Phòng Tư pháp'] }])], { previous: v2, sourceDateEpoch: 1_720_000_000 });
    expect(rawItems(v3)).toEqual(r2);
    // C changed lead units (its summary and categories), so its SEQUENCE rose too; a third change → 2.
    const uidC = [...i2].find(([, it]) => prop(it, 'SUMMARY')!.includes('Tư pháp'))![0];
    expect(prop(i2.get(uidC), 'SEQUENCE')).toBe('1');
    const v4 = render([plan([Bchanged, { ...C, lead: ['Phòng Tài chính'] }])], { previous: v3 });
    expect(prop(items(v4).get(uidC), 'SEQUENCE')).toBe('2');
    // Unchanged from v1 to a rerun: identical bytes.
    const again = render([plan([A, B, C])], { previous: v1 });
    expect(rawItems(again)).toEqual(r1);
    expect(again).toBe(render([plan([A, B, C])], { previous: v1 }));
  });
});

describe('3. recurrences follow the due policy', () => {
  const rec = (rrule: string, text: string, relation: 'before' | null = null): CchcDocument => {
    const d = plan([task({ id: '1', text: 'Báo cáo định kỳ', lead: ['Phòng Nội vụ'], deadlines: [deadline({ kind: 'recurring', rrule, relation, text })] })]);
    return { ...d, document: { ...d.document, subject: 'Kế hoạch giai đoạn 2024-2025' } };
  };
  const first = (ics: string) => [...readBoth(ics).values()].find((x) => x.rrule)!;

  test.each([
    ['FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15', 'before', 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=14', '2025-01-14'],
    ['FREQ=MONTHLY;BYMONTHDAY=16', 'before', 'FREQ=MONTHLY;BYMONTHDAY=15', '2024-03-15'],
    ['FREQ=MONTHLY;BYMONTHDAY=1', 'before', 'FREQ=MONTHLY;BYMONTHDAY=-1', '2024-03-31'],
    ['FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1', 'before', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1', '2024-12-31'],
    ['FREQ=WEEKLY;BYDAY=FR', 'before', 'FREQ=WEEKLY;BYDAY=TH', '2024-03-07'],
    ['FREQ=MONTHLY', null, 'FREQ=MONTHLY;BYMONTHDAY=-1', '2024-03-31'],
    ['FREQ=MONTHLY;INTERVAL=3', null, 'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1', '2024-03-31'],
    ['FREQ=MONTHLY;INTERVAL=6', null, 'FREQ=MONTHLY;BYMONTH=6,12;BYMONTHDAY=-1', '2024-06-30'],
    ['FREQ=YEARLY', null, 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31', '2024-12-31'],
    ['FREQ=WEEKLY;BYDAY=FR', null, 'FREQ=WEEKLY;BYDAY=FR', '2024-03-08'],
  ] as const)('%s (%s) → %s from %s', (rrule, relation, expected, day) => {
    expect(dueRule({ rrule, relation, time: null }).rrule).toBe(expected);
    const ics = render([rec(rrule, 'x', relation)]);
    const item = first(ics);
    expect(item.start).toEqual({ date: day, time: null });
    expect(item.rrule).toBe(expected.split(';').sort().join(';'));
  });

  test('"before" with a time keeps its day (still met that morning); DESCRIPTION says why the day moved', () => {
    expect(dueRule({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=20', relation: 'before', time: '09:30' }).rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=20');
    const ics = render([rec('FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15', 'trước ngày 15/1 hàng năm', 'before')]);
    expect(first(ics).description).toContain('Mỗi lần hạn là ngày trước ngày ghi');
    expect(first(render([rec('FREQ=MONTHLY', 'hàng tháng')])).description).toContain('hạn là ngày cuối của mỗi kỳ');
    expect(first(ics).description).toContain('Lặp đến: 31/12/2025');
  });

  test('daily rhythms go to the "Theo dõi" entry, not the grid (unless --daily); with --todo one recurring to-do', () => {
    const daily = rec('FREQ=DAILY', 'định kỳ hàng ngày');
    const ics = render([daily]);
    const read = [...readBoth(ics).values()];
    expect(read).toHaveLength(1);
    expect(read[0].summary).toMatch(/^Theo dõi/);
    expect(read[0].description).toContain('định kỳ hàng ngày');
    expect(read[0].rrule).toBeNull();
    expect(first(render([daily], { daily: true })).rrule).toBe('FREQ=DAILY');
    const todo = [...readBoth(render([daily], { todo: true })).values()];
    expect(todo).toHaveLength(1);
    expect(todo[0]).toMatchObject({ type: 'VTODO', rrule: 'FREQ=DAILY' });
  });
});

describe('4. recurring to-dos have DUE', () => {
  test('DTSTART at the start of the due day, DUE at its time (else 23:59), both in Asia/Ho_Chi_Minh', () => {
    const ics = render([numbered2024], { todo: true });
    const read = [...readBoth(ics).values()].filter((x) => x.rrule);
    expect(read.length).toBeGreaterThan(0);
    for (const x of read) {
      expect(x.due).not.toBeNull();
      expect(x.due!.date).toBe(x.start!.date);
      expect(x.start!.time).toBe('00:00');
      expect(x.tzid).toBe('Asia/Ho_Chi_Minh');
    }
    expect(read.map((x) => x.due!.time).sort()).toEqual(['09:30', '23:59', '23:59']);
    expect(lines(ics)).toContain('BEGIN:VTIMEZONE');
    expect(lines(ics).filter((l) => l.startsWith('RRULE:')).every((l) => /UNTIL=\d{8}T\d{6}Z/.test(l))).toBe(true);
  });
});

describe('5. the "Theo dõi" entry', () => {
  const watchDoc = (date: string | null, year: number | null) => plan([
    task({ id: '1', text: 'Triển khai khi có hướng dẫn', lead: ['Phòng Nội vụ'], deadlines: [deadline({ kind: 'conditional', trigger: 'sau khi có hướng dẫn', text: 'sau khi có hướng dẫn của tỉnh' })] }),
    task({ id: '2', text: 'Cập nhật dữ liệu', lead: ['Phòng Tư pháp'], deadlines: [deadline({ kind: 'recurring', rrule: 'FREQ=DAILY', text: 'hằng ngày' })] }),
    t('3', 'Báo cáo sơ kết', 'chậm nhất ngày 20/7/2024', '2024-07-20'),
  ].map((x) => x)).valueOf() as CchcDocument;
  const withHeader = (date: string | null, year: number | null): CchcDocument => {
    const d = watchDoc(date, year);
    return { ...d, document: { ...d.document, date, year, number: null } };
  };
  const watch = (ics: string) => [...readBoth(ics).values()].find((x) => x.summary.startsWith('Theo dõi'))!;

  test('a VEVENT on the issue date, else the first deadline, whatever --unit and --from say; lists undated and daily obligations', () => {
    const d = withHeader('2024-03-05', 2024);
    const w = watch(render([d]));
    expect(w).toMatchObject({ type: 'VEVENT', start: { date: '2024-03-05', time: null } });
    expect(w.description).toContain('sau khi có hướng dẫn của tỉnh');
    expect(w.description).toContain('hằng ngày');
    const filtered = watch(render([d], { from: '2024-06-01', unit: 'Phòng Nội vụ' }));
    expect(filtered.uid).toBe(w.uid);
    expect(filtered.start).toEqual(w.start);
    expect(watch(render([withHeader(null, null)])).start).toEqual({ date: '2024-07-20', time: null });
  });

  test('a document with no date at all still gets a VEVENT (1 January, else SOURCE_DATE_EPOCH, else --today)', () => {
    const bare = plan([task({ id: '1', text: 'Triển khai', lead: [], deadlines: [deadline({ kind: 'conditional', trigger: 'khi có', text: 'khi có hướng dẫn' })] })]);
    const nodate = { ...bare, document: { ...bare.document, date: null, year: null, number: null, subject: null, issuer: null } };
    expect(watch(render([nodate])).start).toEqual({ date: '2024-06-01', time: null });
    expect(watch(render([nodate], { sourceDateEpoch: 1_700_000_000 })).start).toEqual({ date: '2023-11-14', time: null });
    expect(watch(render([{ ...nodate, document: { ...nodate.document, year: 2023 } }])).start).toEqual({ date: '2023-01-01', time: null });
  });
});

describe('6. smaller points', () => {
  test('a timed event lasts 15 minutes (DURATION), read back as an end by both parsers', () => {
    const ics = render([numbered2024]);
    const timed = [...readBoth(ics).values()].filter((x) => x.start?.time && !x.rrule);
    for (const x of readBoth(render([plan([task({ id: '1', text: 'Nộp báo cáo', lead: ['Phòng Y tế'], deadlines: [deadline({ kind: 'date', date: '2024-03-20', due: '2024-03-20', time: '16:00', relation: 'before', text: 'trước 16 giờ ngày 20/3/2024' })] })])])).values()) {
      expect(x.start).toEqual({ date: '2024-03-20', time: '16:00' });
      expect(x.end).toEqual({ date: '2024-03-20', time: '16:15' });
    }
    expect(timed.every((x) => x.end !== null)).toBe(true);
  });

  test('all-day reminders ring at 08:00 local the day(s) before; timed ones count back from the time', () => {
    expect(morningTrigger('-P1D')).toBe('-PT16H');
    expect(morningTrigger('-P3D')).toBe('-P2DT16H');
    expect(morningTrigger('-P1W')).toBe('-P6DT16H');
    expect(morningTrigger('PT0S')).toBe('PT8H');
    expect(morningTrigger('-PT2H')).toBe('-PT2H');
    const it = items(render([plan([A])]));
    const triggers = [...it.values()][0].filter((l) => l.startsWith('TRIGGER'));
    expect(triggers).toEqual(['TRIGGER:-P2DT16H', 'TRIGGER:-PT16H']);
  });

  test('X-WR-CALNAME: the document, or "cchc – N văn bản"; no URL or ATTACH', () => {
    expect(lines(render([plan([A])]))).toContain('X-WR-CALNAME:Thời hạn: 12/KH-UBND');
    const two = render([plan([A]), numbered2024]);
    expect(lines(two)).toContain('X-WR-CALNAME:cchc – 2 văn bản');
    expect(lines(renderIcs([plan([A]), numbered2024], { ...OPTS, lang: 'en' }))).toContain('X-WR-CALNAME:cchc – 2 documents');
    expect(two).not.toMatch(/^(URL|ATTACH)[:;]/m);
  });

  test('every SUMMARY is distinct within a document: the deadline words are added when two would read alike', () => {
    const many = plan([task({
      id: '1', text: 'Báo cáo kết quả thực hiện', lead: ['Phòng Nội vụ'],
      deadlines: [
        deadline({ kind: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=25', text: 'ngày 25 hằng tháng' }),
        deadline({ kind: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=3', text: 'hằng quý' }),
        deadline({ kind: 'date', date: '2024-12-15', due: '2024-12-15', relation: 'by', text: 'chậm nhất ngày 15/12/2024' }),
      ],
    })]);
    const summaries = [...readBoth(render([many])).values()].map((x) => x.summary);
    expect(new Set(summaries).size).toBe(3);
    expect(summaries).toContain('Hạn: Phòng Nội vụ – Báo cáo kết quả thực hiện (hằng quý)');
    // A filter never changes a summary.
    expect([...readBoth(render([many], { from: '2024-12-01' })).values()].map((x) => x.summary).sort()).toEqual([...summaries].sort());
  });

  test('CSV: a recurring row carries its first occurrence and its end', () => {
    const rows = readCsv(renderCsv([numbered2024], OPTS).slice(1));
    const head = rows[0];
    const [due, until, rule] = ['Hạn chót', 'Lặp đến (UNTIL)', 'Lặp lại (RRULE)'].map((h) => head.indexOf(h));
    const monthly = rows.find((r) => r[rule] === 'FREQ=MONTHLY;BYMONTHDAY=20')!;
    expect(monthly[due]).toBe('2024-03-20');
    expect(monthly[until]).toBe('2024-12-31');
    const quarter = rows.find((r) => r[rule] === 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1')!;
    expect(quarter[due]).toBe('2024-03-31');
    const dated = rows.find((r) => r[rule] === '' && r[due] === '2024-01-10')!;
    expect(dated[until]).toBe('');
  });

  test('byte-identical reruns', () => {
    for (const o of [{}, { todo: true }, { daily: true }, { previous: render([plan([A, B])]) }]) {
      expect(render([plan([A, C]), numbered2024], o)).toBe(render([plan([A, C]), numbered2024], o));
    }
  });
});
