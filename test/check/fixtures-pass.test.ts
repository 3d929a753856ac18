// The project checks itself the way its users will: `cchc check fixtures/` must pass,
// and the corpus fixtures must have their expected results (scripts/update-expected.sh).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invoke } from './cli-harness.js';

describe('fixtures', () => {
  it('cchc check fixtures/ exits 0 with every corpus document checked', async () => {
    const keys = readdirSync('fixtures').filter((f) => f.endsWith('.gold.json'));
    for (const k of keys) expect(readdirSync('fixtures')).toContain(k.replace('.gold.json', '.expected.json'));
    const run = await invoke(['check', 'fixtures/']);
    expect(run.stdout).not.toMatch(/^[✗!] /mu);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${keys.length * 3} đạt, 0 khác`, 'mu'));
  }, 300_000);
});
