// Overlapping expressions: the longer one wins ("trong 10 ngày kể từ ngày
// 01/12/2023" over the date inside it); at equal length, one with a relation
// over a bare date, then the one found first. Output sorted by position.
import { defineRefiner } from '../refiner.js';
import type { Draft } from '../draft.js';

function better(a: Draft, b: Draft): boolean {
  const la = a.end - a.index;
  const lb = b.end - b.index;
  if (la !== lb) return la > lb;
  return !a.bare && b.bare;
}

export const overlap = defineRefiner((drafts) => {
  let kept: Draft[] = [];
  for (const d of drafts) {
    const clashes = kept.filter((k) => d.index < k.end && k.index < d.end);
    if (clashes.length === 0) kept.push(d);
    else if (clashes.every((k) => better(d, k))) kept = kept.filter((k) => !clashes.includes(k)).concat(d);
  }
  return kept.sort((a, b) => a.index - b.index);
});
