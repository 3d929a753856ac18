// The same unit spelled two ways in one document: "Phòng Tài chính – Kế hoạch"
// and "Phòng Tài chính và Kế hoạch", "Ủy ban" and "Uỷ ban". Every name the
// document (or the config) knows is searched in the text with a pattern that
// accepts all its spellings; two different spellings found are one finding.
// Dash style and spacing ("–" vs "-") are not counted as different spellings.
import { lowerKeepingLength, newStyleTones } from '../../text/normalize.js';
import { unitMentions } from '../names.js';
import type { LintContext, RawFinding, Rule } from '../types.js';

const CONNECTIVE = '(?:\\s*[-–—‐‑]\\s*|\\s+và\\s+|\\s*&\\s*)';

/** Lower case and new-style tone marks, keeping every offset. */
export function foldKeepingOffsets(text: string): string {
  return newStyleTones(lowerKeepingLength(text));
}

function spellingPattern(key: string): RegExp | null {
  const parts = key.split(' - ').map((p) => p.split(' ').filter(Boolean).map(escape).join('\\s+'));
  if (parts.some((p) => p === '')) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join(CONNECTIVE)}(?![\\p{L}\\p{N}])`, 'gu');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** How a spelling is compared: case, spacing and dash style do not count. */
function surfaceKey(s: string): string {
  return s.toLowerCase().replace(/\s*[-–—‐‑]\s*/g, '-').replace(/\s+/g, ' ');
}

export function findSpellingVariants(ctx: LintContext): RawFinding[] {
  const { text, lines } = ctx;
  const folded = foldKeepingOffsets(text);
  const names = [...unitMentions(ctx.doc).map((u) => u.name), ...ctx.config.units.flatMap((u) => [u.name, ...u.aliases])];
  // A key written without the unabbreviated form would not be found: search the name as written, folded.
  const keys = [...new Set(names.map((n) => foldKeepingOffsets(n).replace(/\*\*/g, '').replace(/\s*[-–—‐‑]\s*|\s+và\s+|\s*&\s*/gu, ' - ').replace(/\s+/g, ' ').trim()))];
  const byOffset = new Map<number, RawFinding & { length: number }>();
  for (const key of keys.sort((a, b) => b.length - a.length)) {
    const re = spellingPattern(key);
    if (!re) continue;
    const forms = new Map<string, { start: number; surface: string }>();
    for (const m of folded.matchAll(re)) {
      const surface = text.slice(m.index, m.index + m[0].length);
      // Capitals in a header ("SỞ VĂN HÓA…") follow the template, not the drafter.
      if (surface === surface.toUpperCase()) continue;
      const k = surfaceKey(surface);
      if (!forms.has(k)) forms.set(k, { start: m.index, surface });
    }
    if (forms.size < 2) continue;
    const [first, ...others] = [...forms.values()];
    for (const o of others) {
      if (byOffset.has(o.start)) continue; // a longer name already reported here
      byOffset.set(o.start, {
        position: lines.position(o.start),
        vars: { name: squash(o.surface), other: squash(first.surface), line: lines.position(first.start).line },
        length: o.surface.length,
      });
    }
  }
  return [...byOffset.values()].map(({ position, vars }) => ({ position, vars }));
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export const unitSpelling: Rule = {
  code: 'unit/spelling',
  severity: 'warning',
  description: 'one unit written two ways in the same document',
  check: findSpellingVariants,
};
