// 300 real official texts without answer keys: every one must parse to a valid
// document (no crash, no hang). Speed is measured by `npm run bench`, not here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, validateDocument } from '../src/parse.js';

const DIR = 'fixtures/stress';
const files = readdirSync(DIR).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md').sort();

describe('stress corpus', () => {
  it('holds the 300 texts', () => {
    expect(files.length).toBeGreaterThanOrEqual(300);
  });

  it('parses every text to a valid document', async () => {
    const failures: string[] = [];
    for (const f of files) {
      try {
        validateDocument(await parseFile(join(DIR, f)));
      } catch (err) {
        failures.push(`${f}: ${(err as Error).message.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
