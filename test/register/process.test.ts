// Real processes on one register file: two `cchc add` at once both land, and
// a process killed in the middle of an add leaves the register as it was.
import { spawn } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { installBundle, ROOT, type Install } from '../cli/bundle.js';
import { copyText, dump, FIXTURES, register, SEED } from './helpers.js';

let install: Install;

beforeAll(async () => {
  install = await installBundle('cchc-register-');
  // better-sqlite3 stays out of the bundle: it is found in node_modules, as in an install.
  symlinkSync(join(ROOT, 'node_modules'), join(install.home, 'node_modules'));
}, 60_000);
afterAll(() => install?.remove());

function cchc(db: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [install.bin, ...args], { env: { ...process.env, CCHC_DB: db, NO_COLOR: '1', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b) => (stdout += b));
  child.stderr.on('data', (b) => (stderr += b));
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((res) => child.on('close', (code, signal) => res({ code, signal, stdout, stderr })));
  return { child, done, stderr: () => stderr };
}

it('two adds at the same time both land', async () => {
  const r = register();
  const a = cchc(r.db, ['add', join(FIXTURES, '01-hue-pgddt-tong-ve-sinh-2018.txt'), join(FIXTURES, '03-phutho-ke-hoach-bau-cu-2021.txt')], { CCHC_TEST_PAUSE_IN_ADD: '300' });
  const b = cchc(r.db, ['add', SEED, join(FIXTURES, '06-daknong-bao-cao-covid-2020.txt')], { CCHC_TEST_PAUSE_IN_ADD: '300' });
  const [ra, rb] = await Promise.all([a.done, b.done]);
  expect(ra.code, ra.stderr).toBe(0);
  expect(rb.code, rb.stderr).toBe(0);
  const list = await r.cchc('list', '--format', 'json');
  expect((JSON.parse(list.stdout) as { documents: unknown[] }).documents).toHaveLength(4);
}, 60_000);

it('a process killed in the middle of an add leaves the register as it was', async () => {
  const r = register();
  expect((await r.cchc('add', SEED)).code).toBe(0);
  const before = dump(r.db);
  const v2 = copyText(r.dir, 'tuy-phuoc-cchc-2023.txt', 'v2.txt', (s) => s.replace('20/11/2023', '22/11/2023'));
  const p = cchc(r.db, ['add', v2, join(FIXTURES, '01-hue-pgddt-tong-ve-sinh-2018.txt')], { CCHC_TEST_PAUSE_IN_ADD: '20000' });
  // "paused" comes inside the first document's transaction, its rows written, before the commit.
  await new Promise<void>((res) => {
    const t = setInterval(() => {
      if (p.stderr().includes('paused')) {
        clearInterval(t);
        res();
      }
    }, 20);
  });
  p.child.kill('SIGKILL');
  const end = await p.done;
  expect(end.signal).toBe('SIGKILL');
  expect(dump(r.db)).toEqual(before);
  const check = await r.cchc('add', v2);
  expect(check.stdout).toMatch(/^cập nhật/);
}, 60_000);
