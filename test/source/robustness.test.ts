// Cut-off and corrupted copies of the seed .docx and .pdf: each either reads or
// fails with an InputError (one sentence in the CLI) — never another exception,
// never an unhandled rejection (vitest fails the run on one).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError, readSourceBytes } from '../../src/source/index.js';

const SEEDS = ['tuy-phuoc-cchc-2023.docx', 'tuy-phuoc-cchc-2023.pdf'];
const STEPS = 40;

function variants(bytes: Uint8Array): Array<[string, Uint8Array]> {
  const out: Array<[string, Uint8Array]> = [];
  for (let k = 0; k < STEPS; k++) {
    const at = Math.floor((bytes.length * k) / STEPS);
    out.push([`cut at ${at}`, bytes.slice(0, at)]);
    const flipped = bytes.slice();
    for (let i = at; i < Math.min(flipped.length, at + 64); i++) flipped[i] ^= 0x5a;
    out.push([`64 bytes flipped at ${at}`, flipped]);
  }
  return out;
}

describe.each(SEEDS)('%s, damaged', (seed) => {
  const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${seed}`, import.meta.url))));

  it('reads or fails with an InputError, every time', async () => {
    const unexpected: string[] = [];
    for (const [label, variant] of variants(bytes)) {
      try {
        await readSourceBytes(variant, seed);
      } catch (err) {
        if (!(err instanceof InputError)) unexpected.push(`${label}: ${String(err)}`);
      }
    }
    expect(unexpected).toEqual([]);
  }, 60_000);
});
