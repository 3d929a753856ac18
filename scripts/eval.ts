// npm run eval [-- --format txt|docx|pdf,…] [--verbose] [--json] [DIR]   (every format by default)
// Scores the parser on every fixture that has a gold key (fixtures/GOLD.md), per
// document, per genre (from the key itself, so that any keyed folder can be
// scored) and overall, with the false deadlines on documents that set none.
// A benchmark, not a test: it prints figures and always exits 0 unless it cannot run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../src/parse.js';
import { addCounts, emptyCounts, f1, ratio, scoreDocument, type Counts, type GoldKey } from '../src/eval/score.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const asJson = args.includes('--json');
const fmtArg = args.find((a, i) => args[i - 1] === '--format') ?? 'txt,docx,pdf';
const dir = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--format') ?? 'fixtures';
const formats = fmtArg.split(',').map((f) => f.trim()).filter(Boolean);

const names = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();

function sourceFor(name: string, format: string): string | null {
  const exts = format === 'txt' ? ['.txt', '.md'] : [`.${format}`];
  for (const e of exts) if (existsSync(join(dir, name + e))) return join(dir, name + e);
  return null;
}

const pct = (x: number) => x.toFixed(2);
function row(label: string, c: Counts): Record<string, string | number> {
  return {
    document: label,
    'dl P': pct(ratio(c.deadlines.tp, c.deadlines.pred)),
    'dl R': pct(ratio(c.deadlines.tp, c.deadlines.gold)),
    'dl F1': pct(f1(c.deadlines)),
    rel: pct(ratio(c.relation.right, c.relation.total)),
    'unit P': pct(ratio(c.units.tp, c.units.pred)),
    'unit R': pct(ratio(c.units.tp, c.units.gold)),
    'tgt F1': pct(f1(c.targets)),
    'ref F1': pct(f1(c.references)),
    header: pct(ratio(c.header.right, c.header.total)),
  };
}

function printTable(rows: Array<Record<string, string | number>>): void {
  const cols = Object.keys(rows[0]);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (r: Record<string, string | number>) => cols.map((c, i) => (i === 0 ? String(r[c]).padEnd(width[i]) : String(r[c]).padStart(width[i]))).join('  ');
  console.log(line(Object.fromEntries(cols.map((c) => [c, c]))));
  for (const r of rows) console.log(line(r));
}

/**
 * The genre of a keyed document, read from its key: a regulation issued by a decision
 * ("ban hành Quy chế / Quy định / Điều lệ"), a plan ("Kế hoạch", "Chương trình", with its
 * tables), or a letter or dispatch (công văn, công điện, thông báo, chỉ thị …).
 */
function genreOf(gold: GoldKey): 'regulation' | 'plan/table' | 'letter/dispatch' {
  const d = (gold as unknown as { document?: { subject?: string | null; number?: string | null } }).document ?? {};
  const subject = (d.subject ?? '').normalize('NFC');
  if (/ban hành\s+(?:quy chế|quy định|điều lệ)/iu.test(subject)) return 'regulation';
  if (/kế hoạch|chương trình/iu.test(subject) || /\/KH-/u.test(d.number ?? '')) return 'plan/table';
  return 'letter/dispatch';
}

const report: Record<string, unknown> = {};
for (const format of formats) {
  let total = emptyCounts();
  const rows: Array<Record<string, string | number>> = [];
  const genres = new Map<string, Counts>();
  const addTo = (genre: string, c: Counts) => genres.set(genre, addCounts(genres.get(genre) ?? emptyCounts(), c));
  const falseOnNone: string[] = [];
  for (const name of names) {
    const path = sourceFor(name, format);
    if (!path) continue;
    const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as GoldKey;
    let counts: Counts;
    try {
      counts = scoreDocument(await parseFile(path), gold, name);
    } catch (err) {
      console.error(`${path}: ${(err as Error).message}`);
      continue;
    }
    total = addCounts(total, counts);
    rows.push(row(name.slice(0, 34), counts));
    addTo(genreOf(gold), counts);
    if (gold.deadlines.length === 0) {
      addTo('no-deadline', counts);
      if (counts.deadlines.pred > 0) falseOnNone.push(`${name}: ${counts.deadlines.pred}`);
    }
    if (verbose) for (const m of counts.misses) console.log(`  ${m}`);
  }
  const genreRows = [...genres.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([g, c]) => row(`genre: ${g}`, c));
  rows.push(...genreRows);
  rows.push(row(`OVERALL (${format})`, total));
  const noDeadline = genres.get('no-deadline');
  report[format] = rows;
  report[`${format}:false-deadlines-on-no-deadline-documents`] = noDeadline ? noDeadline.deadlines.pred : 0;
  if (!asJson) {
    console.log(`\n# ${format}`);
    printTable(rows);
    console.log(`false deadlines on documents that set none: ${noDeadline ? noDeadline.deadlines.pred : 0} (goal 0)${falseOnNone.length ? ` — ${falseOnNone.join(', ')}` : ''}`);
  }
}
if (asJson) console.log(JSON.stringify(report, null, 2));
