// The corpus .txt, .docx and .pdf, damaged at random (fast-check, seeded, a
// bounded number of runs): each copy gives a valid document or an InputError
// (one sentence in the CLI), never another exception, and its bytes stay as
// they were. `npm run fuzz` runs the same properties far longer.
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { check, mutate, mutations, seeds, type Seed } from './mutate.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const SEED = 20231125;

/** Runs per format: the PDFs go through pdf.js (~0.1–0.5 s each), the rest are quick. */
const RUNS: Record<string, number> = { '.txt': 100, '.docx': 150, '.pdf': 60 };

describe.each(Object.keys(RUNS))('%s, damaged', (ext) => {
  const corpus: Seed[] = seeds(FIXTURES, [ext]);

  it('reads or fails with an InputError, and leaves the bytes as they were', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...corpus), mutations, async (seed, steps) => {
        await check(mutate(seed.bytes, steps), seed.name);
      }),
      { seed: SEED, numRuns: RUNS[ext], endOnFailure: true },
    );
  }, 120_000);
});
