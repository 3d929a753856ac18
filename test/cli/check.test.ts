// `cchc check` end to end, in-process, on a copy of the seed fixture in a temp dir.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke, matchSnapshot } from '../check/cli-harness.js';

const SEED = 'fixtures/tuy-phuoc-cchc-2023';
let dir: string;
let txt: string;
let expectedPath: string;
const tmp = (): Array<[string, string]> => [[dir, '<tmp>']];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-check-'));
  txt = join(dir, 'seed.txt');
  copyFileSync(`${SEED}.txt`, txt);
  expectedPath = join(dir, 'seed.expected.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Obj = Record<string, any>;
const readExpected = (): Obj => JSON.parse(readFileSync(expectedPath, 'utf8')) as Obj;
const writeExpected = (o: Obj) => writeFileSync(expectedPath, `${JSON.stringify(o, null, 2)}\n`);

/** Write the expected file, then change a header field and one task deadline. */
async function mutated(): Promise<{ taskId: string | null }> {
  expect((await invoke(['check', '--update', dir])).code).toBe(0);
  const o = readExpected();
  o.document.date = '2023-12-10';
  const t = (o.tasks as Obj[]).find((x) => x.deadlines.some((d: Obj) => d.date));
  if (t) t.deadlines.find((d: Obj) => d.date).date = '1999-01-01';
  writeExpected(o);
  return { taskId: t ? (t.id as string) : null };
}

describe('cchc check', () => {
  it('lists documents without an expected file as skipped, exit 0', async () => {
    const run = await invoke(['check', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('bỏ qua');
    matchSnapshot('check/skipped', run, tmp());
  });

  it('--update writes a stable expected file without source or positions', async () => {
    const run = await invoke(['check', '--update', dir]);
    expect(run.code).toBe(0);
    matchSnapshot('check/update', run, tmp());
    const text = readFileSync(expectedPath, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain('"position"');
    expect(text).not.toContain('"source"');
    const keys = Object.keys(JSON.parse(text));
    expect(keys).toEqual([...keys].sort());
    // A second run leaves the file alone and says so.
    const again = await invoke(['check', '--update', dir]);
    expect(again.stdout).toContain('không đổi');
    expect(readFileSync(expectedPath, 'utf8')).toBe(text);
    expect((await invoke(['check', dir])).code).toBe(0);
  });

  it('--update takes the .txt even when another format comes first', async () => {
    copyFileSync(`${SEED}.txt`, join(dir, 'seed.md')); // same text, another format
    const run = await invoke(['check', '--update', join(dir, 'seed.md'), txt]);
    expect(run.stdout).toContain(`đã ghi ${expectedPath}`);
    expect(run.code).toBe(0);
  });

  it('shows a field-level diff and exits 1', async () => {
    const { taskId } = await mutated();
    const run = await invoke(['check', dir, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('document.date: expected 2023-12-10, got null');
    if (taskId) expect(run.stdout).toMatch(new RegExp(`${taskId.replace('.', '\\.')} deadlines\\[\\d+\\]\\.date: expected 1999-01-01, got \\d{4}-\\d{2}-\\d{2}`));
    matchSnapshot('check/diff-human-en', run, tmp());
  });

  it('--format json carries the differences and a schema version', async () => {
    await mutated();
    const run = await invoke(['check', dir, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Obj;
    expect(report.schemaVersion).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.summary).toMatchObject({ failed: 1, passed: 0 });
    expect(report.results[0].differences[0]).toMatchObject({ task: null, path: 'document.date', kind: 'changed', expected: '2023-12-10', actual: null });
    matchSnapshot('check/diff-json', run, tmp());
  });

  it('--format junit: one testsuite, one testcase per document, the diff as failure text', async () => {
    await mutated();
    copyFileSync(`${SEED}.txt`, join(dir, 'other.txt')); // no expected file: skipped
    const run = await invoke(['check', dir, '--format', 'junit']);
    expect(run.code).toBe(1);
    const xml = run.stdout;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml.match(/<testsuite /g)).toHaveLength(1);
    expect(xml.match(/<testcase /g)).toHaveLength(2);
    expect(xml).toContain('<skipped message=');
    expect(xml).toMatch(/<failure type="difference" message="[^"]*">document\.date: mong đợi 2023-12-10, thực tế null/);
    expect(wellFormed(xml)).toBe(true);
    matchSnapshot('check/diff-junit', run, tmp());
  });

  it('-o writes the report atomically and still prints the human report', async () => {
    await mutated();
    const out = join(dir, 'report.xml');
    const run = await invoke(['check', dir, '--format', 'junit', '-o', out]);
    expect(run.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('<testsuites');
    expect(run.stdout).toContain('✗');
  });

  it('refuses --update when CI=true, unless --force', async () => {
    const refused = await invoke(['check', '--update', dir], { CI: 'true' });
    expect(refused.code).toBe(2);
    expect(existsSync(expectedPath)).toBe(false);
    matchSnapshot('check/update-in-ci', refused, tmp(), { CI: 'true' });
    const forced = await invoke(['check', '--update', '--force', dir], { CI: 'true' });
    expect(forced.code).toBe(0);
    expect(existsSync(expectedPath)).toBe(true);
  });

  it('an unreadable expected file or document exits 2', async () => {
    writeFileSync(expectedPath, '{ not json');
    const bad = await invoke(['check', dir]);
    expect(bad.code).toBe(2);
    matchSnapshot('check/bad-expected', bad, tmp());
    writeFileSync(join(dir, 'empty.expected.json'), '{}\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    const empty = await invoke(['check', join(dir, 'empty.txt'), '--format', 'json']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/rỗng/);
  });

  it('--update says which documents it could not read (exit 2) and writes the others', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const run = await invoke(['check', '--update', dir]);
    expect(run.code).toBe(2);
    expect(existsSync(expectedPath)).toBe(true);
    expect(existsSync(join(dir, 'empty.expected.json'))).toBe(false);
    matchSnapshot('check/update-unreadable', run, tmp());
  });

  it('names expected files that no document uses, without failing', async () => {
    await invoke(['check', '--update', dir]);
    writeFileSync(join(dir, 'renamed.expected.json'), '{}\n');
    const run = await invoke(['check', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`? ${join(dir, 'renamed.expected.json')}: không có văn bản nào dùng tệp này`);
    expect((JSON.parse((await invoke(['check', dir, '--format', 'json'])).stdout) as { orphans: string[] }).orphans).toEqual([join(dir, 'renamed.expected.json')]);
  });

  it('usage errors exit 2', async () => {
    const none = await invoke(['check', join(dir, 'nothing-here')]);
    expect(none.code).toBe(2);
    const badFormat = await invoke(['check', dir, '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    matchSnapshot('check/bad-format', badFormat, tmp());
  });

  it('the formats of one document share the expected file', async () => {
    copyFileSync(`${SEED}.docx`, join(dir, 'seed.docx'));
    await invoke(['check', '--update', dir]);
    const run = await invoke(['check', dir, '--lang', 'en']);
    // Whatever the readers give today, the report names each format on its own line.
    expect(run.stdout).toMatch(/seed\.docx/);
    expect(run.stdout).toMatch(/✓ .*seed\.txt: pass/);
    matchSnapshot('check/formats', run, tmp());
  });

  it('records a format that disagrees in its own NAME.<ext>.expected.json, and drops it when it agrees again', async () => {
    const md = join(dir, 'seed.md');
    const own = join(dir, 'seed.md.expected.json');
    writeFileSync(md, readFileSync(txt, 'utf8').replace('trước ngày 31/12/2023', 'trước ngày 30/12/2023'));
    expect((await invoke(['check', dir])).code).toBe(0); // nothing expected yet: skipped
    expect((await invoke(['check', '--update', dir])).code).toBe(0);
    expect(existsSync(expectedPath)).toBe(true);
    expect(existsSync(own)).toBe(true);
    expect(readFileSync(own, 'utf8')).toContain('2023-12-30');
    expect(readFileSync(expectedPath, 'utf8')).not.toContain('"date": "2023-12-30"');
    expect((await invoke(['check', dir])).code).toBe(0);
    // The .md now agrees with the .txt: --update removes its own file.
    copyFileSync(txt, md);
    expect((await invoke(['check', dir])).code).toBe(1);
    expect((await invoke(['check', '--update', dir])).code).toBe(0);
    expect(existsSync(own)).toBe(false);
    expect((await invoke(['check', dir])).code).toBe(0);
  });
});

/** Minimal well-formedness: every opened element is closed in order. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w:-]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]);
  }
  return stack.length === 0 && !/&(?!(amp|lt|gt|quot|apos);)/.test(xml);
}

describe('cchc check: issue #10', () => {
  it('passes with an expected file made by `cchc parse X --format json > X.expected.json`', async () => {
    const parsed = await invoke(['parse', txt, '--format', 'json']);
    expect(parsed.code).toBe(0);
    expect(JSON.parse(parsed.stdout).source.path).toBe(txt);
    writeFileSync(expectedPath, parsed.stdout);
    const run = await invoke(['check', txt]);
    expect(run.stdout).toContain('✓');
    expect(run.code).toBe(0);
    // A real difference in such a file is still found, and only it.
    writeFileSync(expectedPath, parsed.stdout.replace('"schemaVersion": 1', '"schemaVersion": 0'));
    const diff = await invoke(['check', txt, '--format', 'json']);
    expect(diff.code).toBe(1);
    expect(JSON.parse(diff.stdout).results[0].differences.map((d: Obj) => d.path)).toEqual(['schemaVersion']);
  });

  it.each([
    [[], {}, 0],
    [['--strict'], {}, 1],
    [[], { CI: 'true' }, 1],
  ])('a folder without any expected file says so on stderr; %j %j exits %i', async (flags, env, code) => {
    const run = await invoke(['check', dir, ...flags], env);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(/^cchc: Không có tệp văn bản nào có tệp NAME\.expected\.json/);
    const json = await invoke(['check', dir, '--format', 'json', ...flags], env);
    expect(json.code).toBe(code);
    expect(JSON.parse(json.stdout).ok).toBe(code === 0);
  });

  it('--strict passes when documents were compared, even if others were skipped', async () => {
    expect((await invoke(['check', '--update', dir])).code).toBe(0);
    copyFileSync(`${SEED}.txt`, join(dir, 'other.txt'));
    const run = await invoke(['check', dir, '--strict']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});
