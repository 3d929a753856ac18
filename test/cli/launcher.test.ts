// The real `node bin/cchc.js` (the CommonJS launcher running the bundle with V8's
// code cache), in a copy of bin/ and dist/ so that its cache files stay apart.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = join(ROOT, 'fixtures/tuy-phuoc-cchc-2023.txt');
let home = '';

function cchc(...args: string[]) {
  const r = spawnSync(process.execPath, [join(home, 'bin/cchc.js'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const caches = () => readdirSync(join(home, 'dist')).filter((f) => f.endsWith('.cache'));

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli.cjs'))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
  home = mkdtempSync(join(tmpdir(), 'cchc-launcher-'));
  mkdirSync(join(home, 'bin'));
  mkdirSync(join(home, 'dist'));
  for (const f of ['cchc.js', 'package.json']) copyFileSync(join(ROOT, 'bin', f), join(home, 'bin', f));
  copyFileSync(join(ROOT, 'dist/cli.cjs'), join(home, 'dist/cli.cjs'));
}, 60_000);

describe('node bin/cchc.js', () => {
  it('parses, stores a code cache for this Node version, and prints the same bytes from it', () => {
    const first = cchc('parse', SEED, '--format', 'json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).schemaVersion).toBe(1);
    expect(caches()).toEqual([`cli.cjs.${process.version}.cache`]);
    const second = cchc('parse', SEED, '--format', 'json');
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('rebuilds a cache that V8 rejects, without a word on stderr', () => {
    const path = join(home, 'dist', `cli.cjs.${process.version}.cache`);
    writeFileSync(path, 'not a V8 code cache');
    const r = cchc('parse', SEED, '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(readFileSync(path).length).toBeGreaterThan(1000);
  });

  it.each([
    [['parse', 'khong-co.txt'], 2, /^cchc: Không tìm thấy tệp khong-co\.txt\.\n$/],
    [['parse', 'khong-co.txt', '--lang', 'en'], 2, /^cchc: File not found: khong-co\.txt\.\n$/],
  ])('%j exits %i with one sentence and no stack trace', (args, code, stderr) => {
    const r = cchc(...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(stderr);
    expect(r.stdout).toBe('');
  });

  const many = () => readdirSync(join(ROOT, 'fixtures')).filter((f) => /\.(txt|md)$/.test(f) && !/^[A-Z]/.test(f)).map((f) => join(ROOT, 'fixtures', f));

  it('gives a reader that is slow to start the whole output (a full pipe is waited for)', async () => {
    const files = many();
    const child = spawn(process.execPath, [join(home, 'bin/cchc.js'), 'parse', ...files, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pause();
    const chunks: Buffer[] = [];
    await new Promise((r) => setTimeout(r, 500));
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stdout.resume();
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    const docs = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(docs).toHaveLength(files.length);
    expect(Buffer.concat(chunks).length).toBeGreaterThan(256 * 1024);
  });

  it('stops quietly when the reader goes away (`| head`)', async () => {
    const child = spawn(process.execPath, [join(home, 'bin/cchc.js'), 'parse', ...many(), '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((r) => child.on('close', r));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('says how to build when the bundle is missing', () => {
    const bare = mkdtempSync(join(tmpdir(), 'cchc-unbuilt-'));
    mkdirSync(join(bare, 'bin'));
    for (const f of ['cchc.js', 'package.json']) copyFileSync(join(ROOT, 'bin', f), join(bare, 'bin', f));
    const r = spawnSync(process.execPath, [join(bare, 'bin/cchc.js'), 'parse', SEED], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/npm ci/);
  });
});
