// `cchc lint` end to end, in-process: the seed fixture and small drafts in a temp dir.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { invoke, matchSnapshot } from '../check/cli-harness.js';

const SEED = 'fixtures/tuy-phuoc-cchc-2023.txt';
const dir = mkdtempSync(join(tmpdir(), 'cchc-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tmp: Array<[string, string]> = [[dir, '<tmp>']];

// A draft with one problem of each text-level kind, independent of the pipeline's extraction.
const DRAFT = [
  'ỦY BAN NHÂN DÂN HUYỆN TUY PHƯỚC',
  '',
  'Số: /UBND-VP',
  '',
  'Tuy Phước, ngày    tháng   năm 2023',
  '',
  'Kính gửi: Phòng Nội vụ huyện.',
  '',
  '1. Phòng Nội vụ huyện tổ chức họp vào thứ Sáu, ngày 21/11/2023 và báo cáo trước ngày 31/11/2023.',
  '',
].join('\n');

function draft(name: string, text = DRAFT): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return p;
}

describe('cchc lint', () => {
  it('the seed: findings with file:line:column, exit 0 without errors', async () => {
    const run = await invoke(['lint', SEED]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^fixtures\/tuy-phuoc-cchc-2023\.txt:\d+:\d+: lưu ý: Số văn bản còn để trống/m);
    matchSnapshot('lint/seed', run);
  });

  it('--strict makes warnings fail', async () => {
    const run = await invoke(['lint', '--strict', SEED]);
    expect(run.code).toBe(run.stdout.includes('cảnh báo:') ? 1 : 0);
    matchSnapshot('lint/seed-strict', run);
  });

  it('--lang en and --today', async () => {
    const run = await invoke(['lint', SEED, '--lang', 'en', '--today', '2023-12-05']);
    matchSnapshot('lint/seed-en-today', run);
    expect(run.stdout).toContain('[document/number-blank]');
  });

  it('--format json', async () => {
    const run = await invoke(['lint', SEED, '--format', 'json']);
    const report = JSON.parse(run.stdout) as { schemaVersion: number; ok: boolean; findings: Array<Record<string, unknown>> };
    expect(report.schemaVersion).toBe(1);
    expect(report.findings[0]).toMatchObject({ file: SEED, code: expect.any(String), severity: expect.any(String), line: expect.any(Number), column: expect.any(Number) });
    matchSnapshot('lint/seed-json', run);
  });

  it('GitHub Actions annotations when GITHUB_ACTIONS=true', async () => {
    const run = await invoke(['lint', SEED], { GITHUB_ACTIONS: 'true' });
    expect(run.stdout).toMatch(/^::notice file=fixtures\/tuy-phuoc-cchc-2023\.txt,line=\d+,col=\d+,title=document\/number-blank::/m);
    matchSnapshot('lint/seed-github', run, [], { GITHUB_ACTIONS: 'true' });
    const json = await invoke(['lint', SEED, '--format', 'json'], { GITHUB_ACTIONS: 'true' });
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect(json.stderr).toMatch(/^::notice file=/m);
  });

  it('a draft with an impossible date fails (error), in Vietnamese and English', async () => {
    const p = draft('draft.txt');
    const vi = await invoke(['lint', p]);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain(`${p}:9:`);
    expect(vi.stdout).toMatch(/lỗi: Ngày "31\/11\/2023" không tồn tại\. \[date\/impossible\]/);
    expect(vi.stdout).toMatch(/cảnh báo: Thứ trong "thứ Sáu, ngày 21\/11\/2023" không khớp với ngày \(21\/11\/2023 là thứ Ba\)/);
    matchSnapshot('lint/draft', vi, tmp);
    const en = await invoke(['lint', p, '--lang', 'en', '--format', 'json']);
    expect(en.code).toBe(1);
    matchSnapshot('lint/draft-json-en', en, tmp);
  });

  it('cchc.config.json is found upward; --config overrides it', async () => {
    const p = draft('office/drafts/d1.txt');
    writeFileSync(join(dir, 'office', 'cchc.config.json'), JSON.stringify({ rules: { 'date/impossible': 'off', 'date/weekday-mismatch': 'error' } }));
    const found = await invoke(['lint', p]);
    expect(found.stdout).not.toContain('date/impossible');
    expect(found.stdout).toMatch(/lỗi: Thứ trong/);
    expect(found.code).toBe(1);
    matchSnapshot('lint/config-upward', found, tmp);
    const other = join(dir, 'quiet.json');
    writeFileSync(other, JSON.stringify({ rules: { 'date/impossible': 'off', 'date/weekday-mismatch': 'off' } }));
    const explicit = await invoke(['lint', p, '--config', other]);
    expect(explicit.code).toBe(0);
  });

  it('known units from the config: unknown ones are reported', async () => {
    const config = join(dir, 'tuy-phuoc.config.json');
    writeFileSync(config, JSON.stringify({
      rules: { 'unit/unknown': 'error' },
      units: ['Phòng Nội vụ', { name: 'Phòng Tài chính – Kế hoạch', aliases: ['Phòng TC-KH'] }, 'Văn phòng HĐND và UBND huyện'],
    }));
    const run = await invoke(['lint', SEED, '--config', config, '--lang', 'en']);
    expect(run.stdout).toMatch(/error: Unit "[^"]+" is not in the configured list of known units\. \[unit\/unknown\]/);
    expect(run.stdout).not.toMatch(/Unit "Phòng Nội vụ[^"]*" is not in/);
    expect(run.code).toBe(1);
    matchSnapshot('lint/seed-known-units', run, tmp);
  });

  it('usage and unreadable input exit 2', async () => {
    const missing = await invoke(['lint', SEED, '--config', join(dir, 'missing.json')]);
    expect(missing.code).toBe(2);
    matchSnapshot('lint/config-missing', missing, tmp);
    const badConfig = join(dir, 'bad.json');
    writeFileSync(badConfig, '{"rules": {"no/such-rule": "off"}}');
    const invalid = await invoke(['lint', SEED, '--config', badConfig]);
    expect(invalid.code).toBe(2);
    matchSnapshot('lint/config-invalid', invalid, tmp);
    const badToday = await invoke(['lint', SEED, '--today', '2023-13-01']);
    expect(badToday.code).toBe(2);
    matchSnapshot('lint/bad-today', badToday);
    const empty = await invoke(['lint', 'fixtures/bad/empty.txt']);
    expect(empty.code).toBe(2);
    matchSnapshot('lint/unreadable', empty);
  });

  it('an unreadable file is never called clean; JSON lists it as an error entry', async () => {
    const nope = await invoke(['lint', 'nope.txt']);
    expect(nope.code).toBe(2);
    expect(nope.stderr).toBe('cchc: Không tìm thấy tệp nope.txt.\n');
    expect(nope.stdout).not.toContain('Không có vấn đề nào');
    expect(nope.stdout).toBe('1 tệp không đọc được (xem thông báo ở trên).\n');

    const mixed = await invoke(['lint', SEED, 'nope.txt', '--format', 'json', '--lang', 'en']);
    expect(mixed.code).toBe(2);
    const report = JSON.parse(mixed.stdout);
    expect(report.ok).toBe(false);
    expect(report.files).toEqual([SEED]);
    expect(report.findings[0]).toEqual({ file: 'nope.txt', line: 1, column: 1, code: 'input/not-found', severity: 'error', message: 'File not found: nope.txt.' });
    expect(report.summary.errors).toBeGreaterThanOrEqual(1);
    expect(report.findings.some((f: { file: string }) => f.file === SEED)).toBe(true);

    const human = await invoke(['lint', SEED, 'nope.txt']);
    expect(human.stdout).toMatch(/trong 1 tệp\.\n1 tệp không đọc được/);
  });
});
