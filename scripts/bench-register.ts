// `npm run bench:register`: `cchc add` of the keyed documents plus 1,000
// archive texts into a fresh register, then `cchc due --week` over it (goal
// ≤ 200 ms wall, one process). Runs the built CLI (node bin/cchc.js) as users do.
// The archive is unpacked into /tmp, never into the project.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname ?? '.', '..');
const root = existsSync(join(ROOT, 'bin/cchc.js')) ? ROOT : process.cwd();
const BIN = join(root, 'bin/cchc.js');
const ARCHIVE = join(root, '../shared/corpus/archive.tar.xz');
const UNPACKED = '/tmp/archive-r';

function archiveTexts(n: number): string[] {
  const dir = join(UNPACKED, 'archive');
  if (!existsSync(dir)) {
    mkdirSync(UNPACKED, { recursive: true });
    execFileSync('tar', ['-xJf', ARCHIVE, '-C', UNPACKED]);
  }
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().slice(0, n).map((f) => join(dir, f));
}

const keyed = readdirSync(join(root, 'fixtures'))
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.replace(/\.gold\.json$/, ''))
  .map((base) => ['.txt', '.md'].map((e) => join(root, 'fixtures', base + e)).find(existsSync))
  .filter((f): f is string => f !== undefined);

const work = mkdtempSync(join(tmpdir(), 'cchc-bench-register-'));
const db = join(work, 'cchc.db');
// The archive texts are linked into one folder so that `cchc add` takes a folder, as a clerk would.
const folder = join(work, 'in');
mkdirSync(folder);
for (const f of [...keyed, ...archiveTexts(1000)]) symlinkSync(f, join(folder, f.split('/').pop()!));
const env = { ...process.env, CCHC_DB: db, NO_COLOR: '1' };

const t0 = performance.now();
const add = spawnSync(process.execPath, [BIN, 'add', folder, '--today', '2023-11-25'], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
const addMs = performance.now() - t0;
const summary = add.stdout.trim().split('\n').at(-1);
console.log(`cchc add: ${keyed.length} keyed + 1000 archive texts in ${(addMs / 1000).toFixed(1)} s (${summary}; exit ${add.status})`);

const runs: number[] = [];
let lines = 0;
for (let i = 0; i < 7; i++) {
  const t = performance.now();
  const due = spawnSync(process.execPath, [BIN, 'due', '--week', '--today', '2023-11-25', '--format', 'json'], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  runs.push(performance.now() - t);
  if (due.status !== 0) throw new Error(due.stderr);
  lines = (JSON.parse(due.stdout) as { occurrences: unknown[] }).occurrences.length;
}
runs.sort((a, b) => a - b);
console.log(`cchc due --week: median ${runs[3].toFixed(0)} ms, best ${runs[0].toFixed(0)} ms over 7 runs (${lines} occurrences; goal ≤ 200 ms)`);
rmSync(work, { recursive: true, force: true });
