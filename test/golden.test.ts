// Golden results: every corpus fixture's parse, as NAME.expected.json next to it
// (the same files `cchc check fixtures/` reads). Rewritten only with UPDATE=1.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDocuments, type Difference } from '../src/check/diff.js';
import { serializeExpected, toExpected, type Json } from '../src/check/expected.js';
import { parseFile } from '../src/parse.js';

const DIR = 'fixtures';
const UPDATE = process.env.UPDATE === '1';
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.slice(0, -'.gold.json'.length))
  .sort();

function source(name: string): string {
  for (const ext of ['.txt', '.md']) if (existsSync(join(DIR, name + ext))) return join(DIR, name + ext);
  throw new Error(`no text source for ${name}`);
}

describe('golden JSON per fixture', () => {
  it('has fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(18);
  });

  it.each(names)('%s', async (name) => {
    const doc = await parseFile(source(name));
    const expectedPath = join(DIR, `${name}.expected.json`);
    if (UPDATE) {
      writeFileSync(expectedPath, serializeExpected(doc));
      return;
    }
    expect(existsSync(expectedPath), `${expectedPath} is missing: run UPDATE=1 npx vitest run test/golden.test.ts`).toBe(true);
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Json;
    const diffs: Difference[] = diffDocuments(expected, toExpected(doc));
    expect(diffs).toEqual([]);
  });
});
