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
  // The drafts kept so far never overlap one another: held in order of position
  // (then end), the ones a new draft can clash with are found by binary search,
  // not by a pass over all of them (40,000 dates in a paragraph were quadratic).
  const kept: Draft[] = [];
  const order = new Map<Draft, number>();
  for (const [n, d] of drafts.entries()) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].end <= d.index) lo = mid + 1;
      else hi = mid;
    }
    const clashes: number[] = [];
    for (let k = lo; k < kept.length && kept[k].index < d.end; k++) {
      if (d.index < kept[k].end && kept[k].index < d.end) clashes.push(k);
    }
    if (clashes.length > 0 && !clashes.every((k) => better(d, kept[k]))) continue;
    for (let k = clashes.length - 1; k >= 0; k--) kept.splice(clashes[k], 1);
    let at = lo;
    while (at < kept.length && (kept[at].index < d.index || (kept[at].index === d.index && kept[at].end <= d.end))) at++;
    kept.splice(at, 0, d);
    order.set(d, n);
  }
  // As before: by position, and at one position in the order they were kept.
  return kept.sort((a, b) => a.index - b.index || order.get(a)! - order.get(b)!);
});
