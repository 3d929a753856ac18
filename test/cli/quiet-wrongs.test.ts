// Commands that used to do the wrong thing quietly (issue #10): filters that were
// ignored, the shape of the JSON, "-" as stdin, `cchc` alone, CCHC_DEBUG,
// FORCE_COLOR, usage errors and help in the asked language, unreadable folders.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { installBundle } from './bundle.js';
import { run, tempDir } from './run.js';

const SEED = 'fixtures/tuy-phuoc-cchc-2023.txt';

const dueDays = (doc: { tasks: Array<{ deadlines: Array<{ due: string | null }> }> }) => doc.tasks.flatMap((t) => t.deadlines.map((d) => d.due));

describe('--unit, --from, --to everywhere', () => {
  it('filter the JSON: only the deadlines kept, tasks left without one dropped', async () => {
    const all = JSON.parse((await run(['parse', SEED, '--format', 'json'])).stdout);
    const r = await run(['parse', SEED, '--format', 'json', '--from', '2023-12-01', '--to', '2023-12-31']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const days = dueDays(doc).filter((d) => d !== null);
    expect(days.length).toBeGreaterThan(0);
    expect(days.length).toBeLessThan(dueDays(all).filter((d) => d !== null).length);
    for (const d of days) expect(d >= '2023-12-01' && d <= '2023-12-31').toBe(true);
    for (const t of doc.tasks) expect(t.deadlines.length).toBeGreaterThan(0);
    expect(doc.document).toEqual(all.document);
  });

  it('filter the table the same way as the CSV', async () => {
    const args = ['parse', SEED, '--unit', 'Phòng Nội vụ'];
    const table = await run([...args, '--format', 'table']);
    const csv = await run([...args, '--format', 'csv']);
    const full = await run(['parse', SEED, '--format', 'table']);
    const count = (s: string) => Number(s.match(/^(\d+) thời hạn$/m)?.[1]);
    expect(count(table.stdout)).toBe(csv.stdout.trim().split('\r\n').length - 1);
    expect(count(table.stdout)).toBeLessThan(count(full.stdout));
  });

  it.each([['json'], ['table'], ['csv'], ['ics']])('a filter that leaves nothing says so on stderr (%s)', async (format) => {
    const r = await run(['parse', SEED, '--format', format, '--unit', 'Sở Không Có']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('cchc: Không có thời hạn nào khớp với --unit "Sở Không Có".\n');
  });
});

describe('the shape of the JSON', () => {
  it('one file gives an object; a folder, even of one document, or several files an array', async () => {
    const d = tempDir();
    copyFileSync(SEED, join(d, 'a.txt'));
    expect(Array.isArray(JSON.parse((await run(['parse', SEED, '--format', 'json'])).stdout))).toBe(false);
    const folder = JSON.parse((await run(['parse', d, '--format', 'json'])).stdout);
    expect(Array.isArray(folder)).toBe(true);
    expect(folder).toHaveLength(1);
    expect(JSON.parse((await run(['parse', SEED, join(d, 'a.txt'), '--format', 'json'])).stdout)).toHaveLength(2);
  });
});

describe('"-" reads standard input', () => {
  it('parse - gives the same document as the file, named <stdin>', async () => {
    const bytes = readFileSync(SEED);
    const fromFile = JSON.parse((await run(['parse', SEED, '--format', 'json'])).stdout);
    const r = await run(['parse', '-', '--format', 'json'], { stdin: bytes });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source.path).toBe('<stdin>');
    expect({ ...doc, source: null }).toEqual({ ...fromFile, source: null });
    expect(doc.source.sha256).toBe(fromFile.source.sha256);
  });

  it('empty stdin is one sentence and exit 2; lint - works; check refuses -', async () => {
    const empty = await run(['parse', '-']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('cchc: Tệp <stdin> rỗng, không có nội dung để đọc.\n');
    const lint = await run(['lint', '-'], { stdin: readFileSync(SEED) });
    expect(lint.stdout).toMatch(/^<stdin>:\d+:\d+: /m);
    const check = await run(['check', '-']);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/^cchc: cchc check cần tệp văn bản thật/);
  });
});

describe('usage', () => {
  it('`cchc` alone prints the help and exits 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Cách dùng: cchc/);
  });

  it.each([
    [['parse', SEED, '--frmat', 'json'], 'Không có tùy chọn --frmat (có phải --format?); xem cchc --help.', 'Unknown option --frmat (did you mean --format?); see cchc --help.'],
    [['parse', SEED, '-f', 'xml'], 'Giá trị xml không hợp lệ cho -f, --format; chọn một trong: json, jsonl, table, ics, csv.', 'Invalid value xml for -f, --format; choose one of: json, jsonl, table, ics, csv.'],
    [['parse'], 'Thiếu tệp hoặc thư mục cần đọc.', 'Missing the files or folders to read.'],
    [['pars', SEED], 'Không có lệnh pars (có phải parse?); các lệnh: parse, schema, check, lint, add, due, done, reopen, report, list, show, remove, backup.', 'Unknown command pars (did you mean parse?); the commands are parse, schema, check, lint, add, due, done, reopen, report, list, show, remove, backup.'],
    [['parse', SEED, '-o'], 'Tùy chọn -o, --output cần một giá trị.', 'Option -o, --output needs a value.'],
  ])('%j: one sentence in the asked language, exit 2', async (args, vi, en) => {
    const inVi = await run(args);
    expect(inVi.code).toBe(2);
    expect(inVi.stderr).toBe(`cchc: ${vi}\n`);
    const inEn = await run([args[0], '--lang', 'en', ...args.slice(1)]);
    expect(inEn.code).toBe(2);
    expect(inEn.stderr).toBe(`cchc: ${en}\n`);
  });

  it('--help follows --lang, headings and option help alike', async () => {
    const vi = await run(['parse', '--help']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Cách dùng: cchc parse [tùy chọn] <paths...>');
    expect(vi.stdout).toContain('chỉ giữ thời hạn của đơn vị này');
    expect(vi.stdout).not.toMatch(/display help|Options:|keep only/);
    const en = await run(['parse', '--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: cchc parse [options] <paths...>');
    expect(en.stdout).toContain('keep only the deadlines of this unit');
    expect(en.stdout).not.toMatch(/chỉ giữ|Tùy chọn/);
  });
});

describe('CCHC_DEBUG and FORCE_COLOR', () => {
  it('CCHC_DEBUG=1 adds the stack of a read error after the sentence', async () => {
    const plain = await run(['parse', 'khong-co.txt']);
    expect(plain.stderr).toBe('cchc: Không tìm thấy tệp khong-co.txt.\n');
    const debug = await run(['parse', 'khong-co.txt'], { env: { CCHC_DEBUG: '1' } });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^cchc: Không tìm thấy tệp khong-co\.txt\.\nInputError: not-found: khong-co\.txt\n\s+at /);
  });

  it.each<[boolean, Record<string, string>, boolean]>([
    [false, {}, false],
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [false, { FORCE_COLOR: '1' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: 'false' }, false],
    [false, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
  ])('table on a terminal: %s, env %j → colour %s', async (tty, env, colour) => {
    const r = await run(['parse', SEED, '--format', 'table', '--today', '2023-11-25'], { tty, env });
    expect(r.code).toBe(0);
    expect(r.stdout.includes('\x1b[')).toBe(colour);
  });
});

describe('an unreadable folder', () => {
  const sentence = (dir: string) => `cchc: Không đọc được thư mục ${dir} (không có quyền truy cập); các tệp khác vẫn được xử lý.\n`;

  function folderWithLockedPart(): { d: string; locked: string } {
    const d = tempDir();
    chmodSync(d, 0o755);
    const locked = join(d, 'khoa');
    mkdirSync(locked);
    copyFileSync(SEED, join(d, 'a.txt'));
    copyFileSync(SEED, join(locked, 'b.txt'));
    chmodSync(locked, 0o000);
    onTestFinished(() => chmodSync(locked, 0o755));
    return { d, locked };
  }

  // Permissions bind an ordinary user only: as one, in-process.
  it.skipIf(process.getuid?.() === 0)('is named in one sentence; the other documents are still read (parse, check, lint)', async () => {
    const { d, locked } = folderWithLockedPart();
    const lint = await run(['lint', d]);
    expect(lint.code).toBe(2);
    expect(lint.stderr).toBe(sentence(locked));
    expect(lint.stdout).toContain(join(d, 'a.txt'));
    const check = await run(['check', d, '--update']);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain(sentence(locked));
    expect(check.stdout).toContain(join(d, 'a.txt'));
    // parse: the readable documents and an error record for the folder, exit 1.
    const parse = await run(['parse', d, '--format', 'json']);
    expect(parse.code).toBe(1);
    expect(parse.stderr).toBe(sentence(locked));
    expect(JSON.parse(parse.stdout).map((x: { source: { path: string } }) => x.source.path)).toEqual([locked, join(d, 'a.txt')]);
  });

  // As root (CI containers), the real launcher run as the unprivileged user "nobody".
  it.runIf(process.getuid?.() === 0)('is named in one sentence; the other documents are still read (as nobody, via bin/cchc.js)', async () => {
    const { d, locked } = folderWithLockedPart();
    const install = await installBundle();
    onTestFinished(install.remove);
    chmodSync(install.home, 0o755);
    const cacheDir = join(install.home, 'tmp');
    mkdirSync(cacheDir);
    chmodSync(cacheDir, 0o777);
    const cchc = (...args: string[]) =>
      spawnSync(process.execPath, [install.bin, ...args], { uid: 65534, gid: 65534, cwd: d, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TMPDIR: cacheDir, NO_COLOR: '1' } });
    const lint = cchc('lint', d);
    expect(lint.stderr).toBe(sentence(locked));
    expect(lint.status).toBe(2);
    expect(lint.stdout).toContain(join(d, 'a.txt'));
    const check = cchc('check', d);
    // (and, as there is no expected file yet, that nothing was compared)
    expect(check.stderr.startsWith(sentence(locked))).toBe(true);
    expect(check.stderr).not.toMatch(/EACCES|internal|nội bộ/);
    expect(check.status).toBe(2);
    expect(check.stdout).toContain(join(d, 'a.txt'));
    const parse = cchc('parse', d, '--format', 'json');
    expect(parse.stderr).toBe(sentence(locked));
    expect(parse.status).toBe(1);
    const records = JSON.parse(parse.stdout) as Array<{ source: { path: string }; error?: { code: string } }>;
    expect(records.map((x) => [x.source.path, x.error?.code])).toEqual([[locked, 'folder-unreadable'], [join(d, 'a.txt'), undefined]]);
  }, 60_000);
});
