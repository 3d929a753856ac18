import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a build script in plain JavaScript, without declarations
import { fastCalls, inlineFast } from '../../scripts/inline-letters.mjs';
import { fast } from '../../src/text/letters.js';

interface Call {
  literal: string;
  inlined: string;
}
const asRegExp = (literal: string): RegExp => {
  const slash = literal.lastIndexOf('/');
  return new RegExp(literal.slice(1, slash), literal.slice(slash + 1));
};
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('the build inlines fast(/…/) as the expression it returns', () => {
  const files = sources('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('finds every call with a literal in the sources, and each inlined literal is what fast() returns', () => {
    let written = 0;
    let found = 0;
    for (const { path, text } of files) {
      written += (text.match(/(?<![\w.])fast\(\s*\//g) ?? []).length;
      const calls: Call[] = fastCalls(text, path, fast);
      found += calls.length;
      for (const c of calls) {
        const expected = fast(asRegExp(c.literal));
        const inlined = asRegExp(c.inlined);
        expect([inlined.source, inlined.flags], `${path}: ${c.literal}`).toEqual([expected.source, expected.flags]);
        expect(inlined.source).not.toMatch(/\\p\{/);
      }
    }
    expect(found).toBe(written);
    expect(found).toBeGreaterThan(50);
  });

  it('leaves other calls and other text alone', () => {
    const text = "const A = fast(/^\\p{Lu}a\\/b/u);\nconst B = fast(SOME);\nconst C = /\\p{L}/u; // fast(/x/)\n";
    const out: string = inlineFast(text, 'x.ts', fast);
    expect(out).toContain('const B = fast(SOME);');
    expect(out).toContain('const C = /\\p{L}/u; // fast(/x/)');
    const a = /const A = (\/.*\/u);/.exec(out)![1]!;
    expect(asRegExp(a).test('Ảa/b')).toBe(true);
    expect(a).not.toContain('\\p{');
  });
});
