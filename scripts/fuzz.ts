// npm run fuzz [-- --seconds 300 --seed 1]: the fuzz test's properties
// (test/fuzz) for as long as asked, over the corpus .txt, .docx and .pdf in
// turn, with counts at the end: documents read, InputErrors by code, anything
// else (a bug: the seed, file and mutations are printed to replay it), the
// slowest run and the largest memory seen.
import { join } from 'node:path';
import fc from 'fast-check';
import { check, mutate, mutations, seeds, type Mutation } from '../test/fuzz/mutate.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seconds = option('seconds', 180);
const seed = option('seed', Date.now() % 2 ** 31);
// Run from the project folder (npm run fuzz): the bundle itself lives under node_modules/.cache.
const corpus = seeds(join(process.cwd(), 'fixtures'));

const counts = { runs: 0, read: 0, slow: 0, failures: 0 };
const codes = new Map<string, number>();
const byFormat = new Map<string, number>();
let slowest = { ms: 0, what: '' };
let maxRss = 0;
const failures: string[] = [];

const started = performance.now();
const gen = fc.tuple(fc.constantFrom(...corpus), mutations);
let batch = 0;
while ((performance.now() - started) / 1000 < seconds) {
  for (const [doc, steps] of fc.sample(gen, { seed: seed + batch, numRuns: 50 })) {
    if ((performance.now() - started) / 1000 >= seconds) break;
    const ext = doc.name.slice(doc.name.lastIndexOf('.'));
    byFormat.set(ext, (byFormat.get(ext) ?? 0) + 1);
    counts.runs++;
    const t = performance.now();
    try {
      const outcome = await check(mutate(doc.bytes, steps), doc.name);
      if (outcome.ok) counts.read++;
      else codes.set(outcome.code, (codes.get(outcome.code) ?? 0) + 1);
    } catch (err) {
      counts.failures++;
      if (failures.length < 20) failures.push(`${doc.name} ${JSON.stringify(steps satisfies Mutation[])}: ${(err as Error).stack ?? String(err)}`);
    }
    const ms = performance.now() - t;
    if (ms > 2000) counts.slow++;
    if (ms > slowest.ms) slowest = { ms, what: `${doc.name} ${JSON.stringify(steps)}` };
    maxRss = Math.max(maxRss, process.memoryUsage().rss);
  }
  batch++;
}

const lines = [
  `seed ${seed}, ${Math.round((performance.now() - started) / 1000)} s, ${counts.runs} damaged copies of ${corpus.length} documents (${[...byFormat].map(([e, n]) => `${e} ${n}`).join(', ')})`,
  `read: ${counts.read}`,
  `InputError: ${[...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`,
  `other exceptions (bugs): ${counts.failures}`,
  `over 2 s: ${counts.slow}; slowest ${Math.round(slowest.ms)} ms (${slowest.what.slice(0, 160)})`,
  `largest resident memory: ${Math.round(maxRss / 1e6)} MB`,
];
console.log(lines.join('\n'));
for (const f of failures) console.log(`\n${f}`);
process.exitCode = counts.failures > 0 ? 1 : 0;
