// The golden comparison itself: documents in, one result per document out.
// No printing here; the command renders the results and picks the exit code.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { CchcDocument } from '../model/schema.js';
import { parseFile, validateDocument } from '../parse.js';
import type { Lang } from '../render/types.js';
import { InputError } from '../source/types.js';
import { inputErrorMessage } from '../cli/messages.js';
import { writeFileAtomic } from '../cli/write.js';
import { deepEqual, diffDocuments, type Difference } from './diff.js';
import { expectedPathFor, formatExpectedPathFor, toExpected, UPDATE_PREFERENCE, type Json } from './expected.js';
import { checkMessage } from './messages.js';
import { jsonErrorPosition } from '../text/location.js';

export type CheckStatus = 'pass' | 'fail' | 'skipped' | 'error';

export interface CheckResult {
  /** The document, as given or found under a folder. */
  file: string;
  expectedPath: string;
  status: CheckStatus;
  differences: Difference[];
  /** One sentence for status "error". */
  error?: string;
}

export interface UpdateResult {
  expectedPath: string;
  /** The document the expected result was taken from. */
  from: string;
  written: boolean;
}

export interface CheckRun {
  results: CheckResult[];
  updates: UpdateResult[];
  /** Expected files under the given folders that no document uses (renamed or deleted documents). */
  orphans?: string[];
  /** --strict or CI=true: a run that compares nothing fails. */
  strict?: boolean;
}

/** NAME.expected.json files under `dirs` whose NAME has no document among `files`. */
export function findOrphans(dirs: string[], files: string[]): string[] {
  const used = new Set(files.flatMap((f) => [resolve(expectedPathFor(f)), resolve(formatExpectedPathFor(f))]));
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return; // a folder that cannot be listed was named already (cli/files.ts)
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.expected.json') && !used.has(resolve(full))) out.push(full);
    }
  };
  for (const d of dirs) walk(d);
  return out;
}

export interface CheckOptions {
  update?: boolean;
  /** Language of error sentences. Documents are always parsed in Vietnamese so that
   * diagnostic messages in expected files do not depend on --lang. */
  lang: Lang;
}

const PARSE_LANG: Lang = 'vi';

export async function runChecks(files: string[], opts: CheckOptions): Promise<CheckRun> {
  const parsed = new Map<string, Json | InputError>();
  const parse = async (file: string): Promise<Json | InputError> => {
    let got = parsed.get(file);
    if (got === undefined) {
      got = await parseOrError(file);
      parsed.set(file, got);
    }
    return got;
  };

  const updates: UpdateResult[] = [];
  if (opts.update) {
    for (const [expectedPath, group] of groupByExpected(files)) {
      const from = pickUpdateSource(group);
      const doc = await parse(from);
      if (doc instanceof InputError) continue; // reported below as an error of that document
      const text = `${JSON.stringify(doc, null, 2)}\n`;
      const before = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : null;
      if (before !== text) writeFileAtomic(expectedPath, text);
      updates.push({ expectedPath, from, written: before !== text });
      // Other formats that disagree get their own file; one that agrees again loses it.
      for (const other of group) {
        if (other === from) continue;
        const own = formatExpectedPathFor(other);
        const result = await parse(other);
        if (result instanceof InputError) continue;
        if (deepEqual(result, doc)) {
          if (existsSync(own)) {
            rmSync(own);
            updates.push({ expectedPath: own, from: other, written: true });
          }
          continue;
        }
        const ownText = `${JSON.stringify(result, null, 2)}\n`;
        const ownBefore = existsSync(own) ? readFileSync(own, 'utf8') : null;
        if (ownBefore !== ownText) writeFileAtomic(own, ownText);
        updates.push({ expectedPath: own, from: other, written: ownBefore !== ownText });
      }
    }
  }

  const results: CheckResult[] = [];
  for (const file of files) {
    const own = formatExpectedPathFor(file);
    const expectedPath = existsSync(own) ? own : expectedPathFor(file);
    const base = { file, expectedPath, differences: [] as Difference[] };
    if (!existsSync(file)) {
      results.push({ ...base, status: 'error', error: inputErrorMessage('not-found', file, opts.lang) });
      continue;
    }
    const failedUpdate = opts.update ? parsed.get(file) : undefined;
    if (failedUpdate instanceof InputError) {
      results.push({ ...base, status: 'error', error: inputErrorMessage(failedUpdate.code, file, opts.lang) });
      continue;
    }
    if (!existsSync(expectedPath)) {
      results.push({ ...base, status: 'skipped' });
      continue;
    }
    let expected: Json;
    let raw = '';
    try {
      raw = readFileSync(expectedPath, 'utf8');
      expected = JSON.parse(raw) as Json;
    } catch (err) {
      const { line, column } = jsonErrorPosition(err, raw);
      results.push({ ...base, status: 'error', error: checkMessage('bad-expected', opts.lang, { path: expectedPath, line, column }) });
      continue;
    }
    const actual = await parse(file);
    if (actual instanceof InputError) {
      results.push({ ...base, status: 'error', error: inputErrorMessage(actual.code, file, opts.lang) });
      continue;
    }
    // An expected file may be a plain `cchc parse X --format json > X.expected.json`:
    // both sides lose `source` and positions the same way before they are compared.
    const differences = diffDocuments(isObject(expected) ? toExpected(expected) : expected, actual);
    results.push({ ...base, status: differences.length === 0 ? 'pass' : 'fail', differences });
  }
  return { results, updates };
}

function isObject(v: Json): v is { [key: string]: Json } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

async function parseOrError(file: string): Promise<Json | InputError> {
  try {
    const doc: CchcDocument = validateDocument(await parseFile(file, { lang: PARSE_LANG }));
    return toExpected(doc);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
}

/** Documents that share one expected file, in input order. */
export function groupByExpected(files: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const f of files) {
    const key = expectedPathFor(f);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return groups;
}

/** .txt, then .md, else the first format found. */
export function pickUpdateSource(group: string[]): string {
  for (const ext of UPDATE_PREFERENCE) {
    const hit = group.find((f) => extname(f).toLowerCase() === ext);
    if (hit) return hit;
  }
  return group[0];
}

/** True when no document had an expected result to compare with (and nothing was written). */
export function nothingCompared(run: CheckRun): boolean {
  return run.updates.length === 0 && run.results.length > 0 && run.results.every((r) => r.status === 'skipped');
}

/**
 * 2 when an input could not be used, 1 on any difference, or (strict: --strict
 * or CI=true) when nothing at all was compared, else 0.
 */
export function checkExitCode(run: CheckRun): 0 | 1 | 2 {
  if (run.results.some((r) => r.status === 'error')) return 2;
  if (run.results.some((r) => r.status === 'fail')) return 1;
  if (run.strict && nothingCompared(run)) return 1;
  return 0;
}

export function summarize(run: CheckRun): Record<CheckStatus | 'updated', number> {
  const count = (s: CheckStatus) => run.results.filter((r) => r.status === s).length;
  return {
    pass: count('pass'),
    fail: count('fail'),
    skipped: count('skipped'),
    error: count('error'),
    updated: run.updates.filter((u) => u.written).length,
  };
}
