// Adding the same documents in any order, or twice, gives the same register.
// The documents: keyed fixtures, the same text as .docx and .pdf, and a later
// version of one (a later issue date) — so versions, shared content and
// superseding are all in play.
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { parseFile, parseText } from '../../src/parse.js';
import { versionRecord, type VersionRecord } from '../../src/register/record.js';
import { openSqliteStore } from '../../src/register/sqlite.js';
import { tempDir } from '../cli/run.js';
import { dump, FIXTURES, SEED } from './helpers.js';
import { readFileSync, statSync } from 'node:fs';
import type { CchcDocument } from '../../src/model/schema.js';

let records: VersionRecord[] = [];

beforeAll(async () => {
  const files = [
    SEED,
    '01-hue-pgddt-tong-ve-sinh-2018.txt', '01-hue-pgddt-tong-ve-sinh-2018.docx', '01-hue-pgddt-tong-ve-sinh-2018.pdf',
    '03-phutho-ke-hoach-bau-cu-2021.txt', '06-daknong-bao-cao-covid-2020.txt', '13-dongnai-cong-dien-mua-lu-2025.md',
  ].map((f) => (f.startsWith('/') ? f : join(FIXTURES, f)));
  const docs: Array<readonly [CchcDocument, string]> = [];
  for (const f of files) {
    try {
      docs.push([await parseFile(f), statSync(f).mtime.toISOString()] as const);
    } catch {
      // a fixture another engineer renamed: the property needs only a few
    }
  }
  // A later version of the seed: the day filled in (so it is newer whatever the order) and one deadline moved.
  const seed = readFileSync(SEED, 'utf8');
  docs.push([parseText(seed.replace(/ngày\s+tháng 11 năm 2023/, 'ngày 10 tháng 11 năm 2023').replace('20/11/2023', '21/11/2023'), { path: 'v2.txt' }), '']);
  records = docs.map(([doc, modified]) => versionRecord(doc, modified));
}, 60_000);

async function registerOf(order: readonly number[]): Promise<unknown> {
  const db = join(tempDir(), 'cchc.db');
  const store = openSqliteStore(db, { create: true });
  try {
    for (const i of order) await store.add(records[i], '2023-11-25');
  } finally {
    store.close();
  }
  return dump(db);
}

it('the same register whatever the order, and whatever is added twice', async () => {
  expect(records.length).toBeGreaterThanOrEqual(6);
  const all = records.map((_, i) => i);
  const reference = await registerOf(all);
  await fc.assert(
    fc.asyncProperty(fc.shuffledSubarray(all, { minLength: all.length }), fc.subarray(all), async (order, again) => {
      const seq = [...order, ...again];
      expect(await registerOf(seq)).toEqual(reference);
    }),
    { numRuns: 25 },
  );
}, 120_000);
