// npm run bench — speed, measured (never asserted in tests):
//   1. cold start: wall time of `node bin/cchc.js parse <seed>.txt --format json`
//      next to `node -e 0`, the floor for any Node CLI (bar: ≤ 2×);
//   2. in-process parse time of every fixture (bar: the seed ≤ 5 ms), per format;
//   3. the seed as .txt, .docx and .pdf, next to pdftotext and pandoc when installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseBytes } from '../src/parse.js';

const SEED = 'fixtures/tuy-phuoc-cchc-2023';
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function wall(cmd: string, args: string[], runs = RUNS): number {
  const times: number[] = [];
  spawnSync(cmd, args, { stdio: 'ignore' }); // warm the file cache
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { stdio: 'ignore' });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  }
  return median(times);
}

async function inProcess(path: string, runs = 30): Promise<number> {
  const bytes = readFileSync(path);
  await parseBytes(bytes, path); // first run loads lazy modules and warms the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await parseBytes(bytes, path);
    times.push(performance.now() - t);
  }
  return median(times);
}

function has(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

console.log('# Cold start (median of', RUNS, 'runs)');
const floor = wall(process.execPath, ['-e', '0']);
const cli = wall(process.execPath, ['bin/cchc.js', 'parse', `${SEED}.txt`, '--format', 'json']);
console.log(`node -e 0                                   ${ms(floor)}`);
console.log(`node bin/cchc.js parse seed.txt --format json ${ms(cli)}   (${(cli / floor).toFixed(2)}× the floor; bar ≤ 2×)`);

console.log('\n# The seed in each format (in-process, median)');
for (const ext of ['txt', 'docx', 'pdf']) {
  const p = `${SEED}.${ext}`;
  if (existsSync(p)) console.log(`${ext.padEnd(5)} ${ms(await inProcess(p, ext === 'txt' ? 50 : 10))}${ext === 'txt' ? '   (bar ≤ 5 ms)' : ''}`);
}
for (const [tool, args] of [
  ['pdftotext', ['-layout', `${SEED}.pdf`, '-']],
  ['pandoc', [`${SEED}.docx`, '-t', 'plain']],
] as const) {
  if (has(tool)) console.log(`${tool.padEnd(10)} ${ms(wall(tool, [...args], 5))}   (text extraction only, for comparison)`);
  else console.log(`${tool.padEnd(10)} not installed (Debian package ${tool === 'pdftotext' ? 'poppler-utils' : 'pandoc'}): skipped`);
}

console.log('\n# Every fixture (in-process, median of 10)');
const dirs = ['fixtures', 'fixtures/stress'];
let worst = { path: '', t: 0 };
let total = 0;
let count = 0;
for (const dir of dirs) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) {
    if (!/\.(txt|md|docx|pdf)$/.test(f) || /^(README|GOLD|CORPUS)\.md$/.test(f)) continue;
    const p = join(dir, f);
    let t: number;
    try {
      t = await inProcess(p, dir === 'fixtures' ? 10 : 3);
    } catch (err) {
      console.log(`${p}: ${(err as Error).message}`);
      continue;
    }
    total += t;
    count++;
    if (t > worst.t) worst = { path: p, t };
    if (dir === 'fixtures') console.log(`${f.padEnd(58)} ${ms(t)}`);
  }
}
console.log(`\n${count} documents, mean ${ms(total / Math.max(1, count))}, slowest ${worst.path} ${ms(worst.t)}`);
