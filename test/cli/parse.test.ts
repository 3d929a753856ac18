// `cchc parse` run in-process with an injected Io: exit codes, stderr wording,
// output formats, atomic -o, and inputs left untouched.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CchcDocument } from '../../src/model/schema.js';
import { run, tempDir } from './run.js';

const SEED = 'fixtures/tuy-phuoc-cchc-2023.txt';

// A folder removed when its test ends (test/cli/run.ts).
const tmp = tempDir;

describe('cchc parse: bad input', () => {
  it.each([
    [['parse', 'fixtures/khong-co.txt'], 'Không tìm thấy tệp fixtures/khong-co.txt.'],
    [['parse', 'fixtures/bad/empty.txt'], 'Tệp fixtures/bad/empty.txt rỗng, không có nội dung để đọc.'],
    [['parse', 'fixtures/khong-co.txt', '--lang', 'en'], 'File not found: fixtures/khong-co.txt.'],
  ])('%j → exit 2 and one sentence', async (args, sentence) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`cchc: ${sentence}\n`);
  });

  it('a folder without documents is a usage error', async () => {
    const d = tmp();
    const r = await run(['parse', d]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không có tệp văn bản');
  });

  it('rejects a malformed --today', async () => {
    const r = await run(['parse', SEED, '--today', '25/11/2023']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--today');
  });

  it('refuses a reminder it cannot read before doing any work', async () => {
    const r = await run(['parse', SEED, '--format', 'ics', '--remind', '3 ngày']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--remind 3 ngày');
  });

  it('an unknown format is refused by commander with exit 2', async () => {
    const r = await run(['parse', SEED, '--format', 'xml']);
    expect(r.code).toBe(2);
  });
});

describe('cchc parse: output', () => {
  it('prints one valid JSON object when piped', async () => {
    const r = await run(['parse', SEED]);
    expect(r.code).toBe(0);
    const doc = CchcDocument.parse(JSON.parse(r.stdout));
    expect(doc.schemaVersion).toBe(1);
    expect(doc.source).toMatchObject({ path: SEED, format: 'txt' });
    expect(doc.tasks.length).toBeGreaterThan(20);
  });

  it('prints an array in input order for several inputs', async () => {
    const a = 'fixtures/05-laichau-giai-ngan-dtc-2019.txt';
    const r = await run(['parse', SEED, a, '--format', 'json']);
    const docs = JSON.parse(r.stdout) as Array<{ source: { path: string } }>;
    expect(docs.map((d) => d.source.path)).toEqual([SEED, a]);
  });

  it('gives byte-identical JSON for the same input', async () => {
    const a = await run(['parse', SEED, '--format', 'json']);
    const b = await run(['parse', SEED, '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('defaults to a table on a terminal, without colour under NO_COLOR', async () => {
    const r = await run(['parse', SEED], { tty: true, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Hạn');
    expect(r.stdout).toContain('Phòng Nội vụ huyện');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('colours overdue rows red and near ones yellow on a terminal', async () => {
    const r = await run(['parse', SEED, '--today', '2023-11-25'], { tty: true });
    expect(r.stdout).toContain('\x1b[31m20/11/2023'); // overdue
    expect(r.stdout).toContain('\x1b[33m'); // due within 7 days
  });

  it('labels the table in English with --lang en', async () => {
    const r = await run(['parse', SEED, '--format', 'table', '--lang', 'en']);
    expect(r.stdout).toContain('Due');
    expect(r.stdout).toContain('Every Friday');
  });

  it('writes -o whole and leaves the input untouched', async () => {
    const before = createHash('sha256').update(readFileSync(SEED)).digest('hex');
    const d = tmp();
    const out = join(d, 'out.json');
    writeFileSync(out, 'old');
    const r = await run(['parse', SEED, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(d)).toEqual(['out.json']); // no temporary file left behind
    expect(createHash('sha256').update(readFileSync(SEED)).digest('hex')).toBe(before);
  });

  it('writes -o with the good results and an error record when one input of several fails (exit 1)', async () => {
    const d = tmp();
    const out = join(d, 'out.json');
    const r = await run(['parse', SEED, 'fixtures/khong-co.txt', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('cchc: Không tìm thấy tệp fixtures/khong-co.txt.\n');
    const [doc, failed] = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.source.path).toBe(SEED);
    expect(failed).toEqual({ source: { path: 'fixtures/khong-co.txt' }, error: { code: 'not-found', message: 'Không tìm thấy tệp fixtures/khong-co.txt.' } });
    expect(readdirSync(d)).toEqual(['out.json']);
  });

  it('does not write -o when its one input fails (exit 2)', async () => {
    const d = tmp();
    const out = join(d, 'out.json');
    const r = await run(['parse', 'fixtures/khong-co.txt', '-o', out]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('reads a folder recursively in name order, skipping answer keys', async () => {
    const d = tmp();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(d, 'sub'));
    const text = readFileSync('fixtures/05-laichau-giai-ngan-dtc-2019.txt');
    writeFileSync(join(d, 'sub', 'b.txt'), text);
    writeFileSync(join(d, 'a.md'), text);
    writeFileSync(join(d, 'a.gold.json'), '{}');
    writeFileSync(join(d, 'notes.json'), '{}');
    const r = await run(['parse', d, '--format', 'json']);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout) as Array<{ source: { path: string; format: string } }>;
    expect(docs.map((x) => [x.source.path.slice(d.length + 1), x.source.format])).toEqual([['a.md', 'md'], ['sub/b.txt', 'txt']]);
  });

  it('prints the JSON Schema', async () => {
    const r = await run(['schema']);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.tasks.type).toBe('array');
    expect(schema.properties.schemaVersion.const).toBe(1);
  });
});

describe('cchc parse: a text with no directive structure', () => {
  it('gives valid JSON with no tasks and a warning', async () => {
    const d = tmp();
    const f = join(d, 'thu.txt');
    writeFileSync(f, 'Hôm nay trời đẹp. Chúng tôi đi dạo trong công viên.\n');
    const r = await run(['parse', f, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.tasks).toEqual([]);
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ code: 'structure/none', severity: 'warning' }));
  });
});
