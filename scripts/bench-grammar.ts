// `npm run bench:grammar`: how many of the grammar's test expressions
// (test/grammar/cases.ts) plain chrono-node (`chrono.vi.casual`) and cchc's
// grammar each get fully right, and how fast cchc scans a 15 KB document.
//
// "Fully right" for chrono, which has no notion of deadline: for a dated
// expression, a chrono result overlapping the expected words whose day is the
// expected date (a period's last day, a relative deadline's computed day); for a
// recurrence or a trigger chrono has no way to say it, so it cannot be right; for
// a date that must be refused (impossible dates, negatives) chrono is right only
// if it returns nothing there. For cchc: every field the table states, exactly.
import { readFileSync, writeFileSync } from 'node:fs';
import { casual } from 'chrono-node/vi';
import { scanTime, type TimeExpression } from '../src/grammar/index.js';
import { FAMILIES, NEGATIVES, REF, type Case, type Expect } from '../test/grammar/cases.js';

function iso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function refDate(c: Case): Date {
  const ctx = c.ctx ?? REF;
  return ctx.issueDate ? new Date(`${ctx.issueDate}T12:00:00`) : new Date(ctx.year ?? 2023, 0, 1, 12);
}

/** Expected expressions with their offsets in the input. */
function located(c: Case): Array<Expect & { at: number }> {
  let from = 0;
  return c.expect.map((e) => {
    const at = c.input.indexOf(e.text, from);
    from = at + e.text.length;
    return { ...e, at };
  });
}

function chronoRight(c: Case): number {
  const results = casual.parse(c.input, refDate(c));
  if (c.expect.length === 0) return results.length === 0 ? 1 : 0;
  let right = 0;
  for (const e of located(c)) {
    const over = results.filter((r) => r.index < e.at + e.text.length && r.index + r.text.length > e.at);
    const date = e.date ?? e.due ?? null;
    if (e.kind === 'recurring' || e.kind === 'conditional' || (e.kind === 'relative' && !date)) continue;
    if (date === null) right += over.length === 0 ? 1 : 0;
    else if (over.some((r) => iso(r.start.date()) === date)) right += 1;
  }
  return right;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function cchcRight(c: Case): number {
  const got = scanTime(c.input, c.ctx ?? REF);
  if (c.expect.length === 0) return got.length === 0 ? 1 : 0;
  let right = 0;
  for (const e of located(c)) {
    const g = got.find((x: TimeExpression) => x.index === e.at && x.text === e.text);
    if (!g) continue;
    const { problems, ...fields } = e;
    const ok = Object.entries(fields).every(([k, v]) => k === 'at' || same(g[k as keyof TimeExpression], v))
      && (!problems || same(g.problems.map((p) => p.code), problems));
    if (ok) right += 1;
  }
  return right;
}

function pct(n: number, d: number): string {
  return `${n} (${d ? Math.round((100 * n) / d) : 0}%)`;
}

// Cold: the first call builds the chrono instance and compiles the patterns.
const doc = readFileSync('fixtures/tuy-phuoc-cchc-2023.txt', 'utf8').replace(/\*\*/g, '');
const tFirst = performance.now();
scanTime('hoàn thành trước ngày 20/11/2023', REF);
const firstCall = performance.now() - tFirst;
const tDoc = performance.now();
for (const p of doc.split(/\n\s*\n/)) scanTime(p, { issueDate: null, year: 2023 });
const firstDoc = performance.now() - tDoc;

const rows: string[] = [];
let total = 0;
let chronoTotal = 0;
let cchcTotal = 0;
for (const [family, cases] of Object.entries({ ...FAMILIES, 'negative cases': NEGATIVES })) {
  const n = cases.reduce((s, c) => s + Math.max(1, c.expect.length), 0);
  const ch = cases.reduce((s, c) => s + chronoRight(c), 0);
  const cc = cases.reduce((s, c) => s + cchcRight(c), 0);
  total += n;
  chronoTotal += ch;
  cchcTotal += cc;
  rows.push(`| ${family} | ${n} | ${pct(ch, n)} | ${pct(cc, n)} |`);
}
rows.push(`| **all** | **${total}** | **${pct(chronoTotal, total)}** | **${pct(cchcTotal, total)}** |`);

// Speed: the reference document repeated to 15 KB, paragraph by paragraph, warm.
let text = doc;
while (text.length < 15_000) text += `\n\n${doc}`;
const paragraphs = text.slice(0, 15_000).split(/\n\s*\n/);
const ctx = { issueDate: null, year: 2023 };
const t0 = performance.now();
for (const p of paragraphs) scanTime(p, ctx);
const cold = performance.now() - t0;
for (let i = 0; i < 30; i++) for (const p of paragraphs) scanTime(p, ctx); // JIT warm-up
const runs: number[] = [];
for (let i = 0; i < 50; i++) {
  const t = performance.now();
  for (const p of paragraphs) scanTime(p, ctx);
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);

const table = [
  '| expression family | expressions | chrono.vi.casual fully right | cchc grammar fully right |',
  '| --- | ---: | ---: | ---: |',
  ...rows,
  '',
  `Scanning a 15 KB document (${paragraphs.length} paragraphs): warm median ${runs[25].toFixed(2)} ms (best ${runs[0].toFixed(2)} ms; ${cold.toFixed(1)} ms after the tables above).`,
  `Cold, in a fresh process: first call ${firstCall.toFixed(1)} ms (builds the chrono instance), then the ${(doc.length / 1000).toFixed(0)} KB reference document ${firstDoc.toFixed(1)} ms.`,
].join('\n');
console.log(table);
if (process.argv.includes('--write')) {
  writeFileSync('docs/grammar-bench.md', `# Grammar benchmark\n\nOutput of \`npm run bench:grammar\` (${new Date().toISOString().slice(0, 10)}). An expression is *fully right* for chrono when a result overlapping the expected words has the expected day (chrono cannot state a relation, a recurrence or a trigger, so those count as misses; a date that must be refused counts only if chrono returns nothing there); for cchc when every field its test states matches.\n\n${table}\n`);
}
