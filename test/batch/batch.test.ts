// Whole folders in one run, with real files and real worker threads: a broken
// file never sinks the batch (every format), --jobs gives the bytes of --jobs 1
// in input order, symlinked folders are followed without looping, skipped
// .doc/images are named, and JSONL lines read back through the schema.
import { copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CchcDocument } from '../../src/model/schema.js';
import { ErrorRecord, fieldOfIssue } from '../../src/batch/record.js';
import { validateDocument, parseText } from '../../src/parse.js';
import { POOL_MIN_FILES } from '../../src/cli/commands/parse.js';
import { run, tempDir } from '../cli/run.js';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

const FIXTURES = resolve('fixtures');
const texts = readdirSync(FIXTURES).filter((f) => /^\d\d-.*\.txt$/.test(f)).sort();

/** A folder of good documents with one empty file among them (b-… sorts it into the middle). */
function folderWithBrokenFile(count = 4): { dir: string; broken: string } {
  const dir = tempDir();
  for (const f of texts.slice(0, count)) copyFileSync(join(FIXTURES, f), join(dir, f));
  const broken = join(dir, '03-zz-broken.txt');
  writeFileSync(broken, '');
  return { dir, broken };
}

const EMPTY = (path: string) => `Tệp ${path} rỗng, không có nội dung để đọc.`;

describe('a broken file among good ones', () => {
  it('json: the good results and one error record in input order, one stderr line, exit 1', async () => {
    const { dir, broken } = folderWithBrokenFile();
    const r = await run(['parse', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`cchc: ${EMPTY(broken)}\n`);
    const out = JSON.parse(r.stdout) as unknown[];
    expect(out).toHaveLength(5);
    const errors = out.filter((x) => ErrorRecord.safeParse(x).success && !('schemaVersion' in (x as object)));
    expect(errors).toEqual([{ source: { path: broken }, error: { code: 'empty', message: EMPTY(broken) } }]);
    expect(out.indexOf(errors[0])).toBe(3);
    for (const x of out.filter((y) => y !== errors[0])) expect(CchcDocument.safeParse(x).success).toBe(true);
  });

  it('jsonl: one line each, the error record on its own line', async () => {
    const { dir, broken } = folderWithBrokenFile();
    const r = await run(['parse', dir, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[3]).toEqual({ source: { path: broken }, error: { code: 'empty', message: EMPTY(broken) } });
  });

  it('csv: the good rows and one error row naming the file', async () => {
    const { dir, broken } = folderWithBrokenFile();
    const r = await run(['parse', dir, '--format', 'csv']);
    expect(r.code).toBe(1);
    const rows = r.stdout.split('\r\n').filter((l) => l.includes(broken));
    expect(rows).toHaveLength(1);
    expect(rows[0].startsWith(`${broken},`)).toBe(true);
    expect(rows[0]).toContain(',lỗi,');
    expect(rows[0]).toContain('empty');
    expect(r.stdout.split('\r\n').length).toBeGreaterThan(10);
  });

  it('ics: the good events and an X-CCHC-ERROR line naming the file', async () => {
    const { dir, broken } = folderWithBrokenFile();
    const r = await run(['parse', dir, '--format', 'ics'], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(r.code).toBe(1);
    const unfolded = r.stdout.replace(/\r\n /g, '');
    expect(unfolded.match(/^X-CCHC-ERROR:.*$/gm)).toEqual([`X-CCHC-ERROR:${broken}: empty: ${EMPTY(broken).replace(/,/g, '\\,')}`]);
    expect(unfolded.match(/^BEGIN:VEVENT/gm)?.length).toBeGreaterThan(5);
    expect(unfolded.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('table: the good rows, the sentence on stderr, exit 1', async () => {
    const { dir, broken } = folderWithBrokenFile();
    const r = await run(['parse', dir, '--format', 'table']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`cchc: ${EMPTY(broken)}\n`);
    expect(r.stdout.length).toBeGreaterThan(100);
  });

  it('the same through the worker pool (--jobs 2, a folder large enough for it)', async () => {
    const { dir, broken } = folderWithBrokenFile(texts.length);
    for (const f of texts) copyFileSync(join(FIXTURES, f), join(dir, `copy-${f}`));
    expect(readdirSync(dir).length).toBeGreaterThanOrEqual(POOL_MIN_FILES);
    const r = await run(['parse', dir, '--format', 'jsonl', '--jobs', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`cchc: ${EMPTY(broken)}\n`);
    const errors = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l)).filter((x) => 'error' in x);
    expect(errors).toEqual([{ source: { path: broken }, error: { code: 'empty', message: EMPTY(broken) } }]);
  }, 60_000);
});

describe('--jobs', () => {
  /** Every fixture text and a few stress texts: enough for the pool, of very different sizes, so workers finish out of order. */
  function bigFolder(): string {
    const dir = tempDir();
    for (const f of texts) copyFileSync(join(FIXTURES, f), join(dir, f));
    const stress = readdirSync(join(FIXTURES, 'stress')).filter((f) => f.endsWith('.txt')).sort().slice(0, 24);
    mkdirSync(join(dir, 'stress'));
    for (const f of stress) copyFileSync(join(FIXTURES, 'stress', f), join(dir, 'stress', f));
    return dir;
  }

  it.each(['json', 'jsonl', 'csv', 'ics'])('%s: --jobs 2 and 3 give the bytes of --jobs 1, in input order', async (format) => {
    const dir = bigFolder();
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const one = await run(['parse', dir, '--format', format, '--jobs', '1'], { env });
    const two = await run(['parse', dir, '--format', format, '--jobs', '2'], { env });
    const three = await run(['parse', dir, '--format', format, '--jobs', '3', '--max-seconds', '60'], { env });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    if (format === 'jsonl') {
      const paths = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path);
      expect(paths).toEqual([...paths].sort((a, b) => (a.includes('/stress/') === b.includes('/stress/') ? (a < b ? -1 : 1) : a.includes('/stress/') ? 1 : -1)));
    }
  }, 120_000);

  it('a document past --max-seconds is an error record; the others still come', async () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, texts[0]), join(dir, 'a.txt'));
    copyFileSync(join(FIXTURES, '16-sonla-2954-qd-kh-xuat-khau-2026-2030.pdf'), join(dir, 'b.pdf'));
    const r = await run(['parse', dir, '--format', 'jsonl', '--max-seconds', '0.001', '--lang', 'en']);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toEqual({ source: { path: join(dir, 'b.pdf') }, error: { code: 'timeout', message: `Skipped ${join(dir, 'b.pdf')}: it took more than 0.001 seconds (--max-seconds).` } });
    expect(r.code).toBe(1);
  }, 60_000);

  it('refuses a --jobs that is no whole number above 0', async () => {
    for (const bad of ['0', '-1', '1.5', 'x']) {
      const r = await run(['parse', FIXTURES, '--jobs', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`cchc: Tùy chọn không hợp lệ: --jobs ${bad}.\n`);
    }
  });
});

describe('folders as users keep them', () => {
  it('follows symlinked files and folders, reads a folder once through a loop, skips hidden entries', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    copyFileSync(join(FIXTURES, texts[0]), join(dir, 'a', 'one.txt'));
    symlinkSync(dir, join(dir, 'a', 'loop')); // a → loop → the folder itself
    symlinkSync(join(FIXTURES, texts[1]), join(dir, 'linked.txt'));
    mkdirSync(join(dir, '.hidden'));
    copyFileSync(join(FIXTURES, texts[2]), join(dir, '.hidden', 'x.txt'));
    const r = await run(['parse', dir, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([join(dir, 'a', 'one.txt'), join(dir, 'linked.txt')]);
  });

  it('names the skipped .doc, .odt and images in one line; a folder of .doc files only says so too', async () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, texts[0]), join(dir, 'a.txt'));
    for (const f of ['b.doc', 'c.doc', 'd.odt', 'e.jpg']) writeFileSync(join(dir, f), 'x');
    const r = await run(['parse', dir, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`cchc: Skipped 4 files cchc cannot read (.doc: 2, .jpg: 1, .odt: 1 — ${join(dir, 'b.doc')}, ${join(dir, 'c.doc')}, ${join(dir, 'd.odt')}, …); convert them to .docx, .pdf or .txt.\n`);
    const only = tempDir();
    writeFileSync(join(only, 'x.doc'), 'x');
    const r2 = await run(['parse', only, '--lang', 'en']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('Skipped 1 files');
    expect(r2.stderr).toContain('No document files');
  });

  it('a history text with BCE dates ("năm 43 TCN") parses in a batch, without deadlines from them (exit 0)', async () => {
    const dir = tempDir();
    copyFileSync(join(FIXTURES, texts[0]), join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b.md'), 'Khởi nghĩa Hai Bà Trưng\n\n1. Ngày 27 tháng 11 năm 43 TCN, quân Hán tiến đánh; trước ngày 6 tháng 3 năm 40 TCN.\n');
    const r = await run(['parse', dir, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout.trimEnd().split('\n')[1]);
    expect(CchcDocument.parse(b).tasks.flatMap((t) => t.deadlines)).toEqual([]);
  });
});

describe('JSONL and the schema', () => {
  it('every line is a CchcDocument or an error record, and reads back to the same bytes', async () => {
    const { dir } = folderWithBrokenFile(6);
    const r = await run(['parse', dir, '--format', 'jsonl']);
    for (const line of r.stdout.trimEnd().split('\n')) {
      const value = JSON.parse(line);
      const parsed = 'error' in value ? ErrorRecord.parse(value) : CchcDocument.parse(value);
      expect(JSON.stringify(parsed)).toBe(line);
    }
  });

  it('a validation failure names the field, not the whole zod dump', () => {
    const doc = parseText('1. Phòng Nội vụ hoàn thành trước ngày 01/12/2023.') as unknown as { tasks: Array<{ deadlines: Array<{ due: unknown }> }> };
    doc.tasks[0].deadlines[0].due = 42;
    let err: unknown;
    try {
      validateDocument(doc);
    } catch (e) {
      err = e;
    }
    expect(fieldOfIssue(err)).toMatch(/^tasks\.0\.deadlines\.0\.due: /);
  });
});

describe('a reader that goes away', () => {
  it('stops the batch (pool included) instead of parsing on for nobody', async () => {
    const dir = tempDir();
    const docs = readdirSync(FIXTURES).filter((f) => /^\d\d-.*\.(txt|md)$/.test(f));
    for (const copy of ['a', 'b', 'c']) for (const f of docs) copyFileSync(join(FIXTURES, f), join(dir, `${copy}-${f}`));
    let written = '';
    let closed = false;
    let afterClose = 0;
    const io: Io = {
      stdout: (s) => {
        if (closed) {
          afterClose++;
          return;
        }
        written += typeof s === 'string' ? s : Buffer.from(s).toString('utf8');
        closed = true; // `| head -c …`: the first write is all it reads
      },
      stderr: () => {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: {},
      cwd: process.cwd(),
      today: () => '2023-11-25',
      stdoutClosed: () => closed,
    };
    const code = await main(['parse', dir, '--format', 'jsonl', '--jobs', '2'], io);
    expect(code).toBe(0);
    const lines = written.split('\n').filter(Boolean).length;
    expect(lines).toBeGreaterThan(0);
    // Parsing on would have written every other document's lines (over 1 MB: a dozen or more 64 KB writes); stopped, only the last flush.
    expect(afterClose).toBeLessThanOrEqual(1);
  }, 60_000);
});

describe('progress and summary', () => {
  async function onTerminal(args: string[]) {
    let stderr = '';
    const io: Io = {
      stdout: () => {},
      stderr: (s) => {
        stderr += s;
      },
      stdoutIsTTY: false,
      stderrIsTTY: true,
      env: {},
      cwd: process.cwd(),
      today: () => '2023-11-25',
    };
    return { code: await main(args, io), stderr };
  }

  it('on a terminal: done/total, MB, documents/s, ETA, failures, then one summary line; --quiet: nothing', async () => {
    const { dir } = folderWithBrokenFile(6);
    const r = await onTerminal(['parse', dir, '--format', 'jsonl', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\r7\/7 documents · \d+\.\d MB · \d+ docs\/s · ETA 0 s · 1 failed\x1b\[K/);
    expect(r.stderr).toContain(`cchc: File ${join(dir, '03-zz-broken.txt')} is empty: there is nothing to read.\n`);
    expect(r.stderr).toMatch(/cchc: 7 documents, 1 failed, \d+ deadlines, \d+\.\d s\n$/);
    const quiet = await onTerminal(['parse', dir, '--format', 'jsonl', '--quiet']);
    expect(quiet.stderr).toBe(`cchc: ${EMPTY(join(dir, '03-zz-broken.txt'))}\n`);
  });
});
