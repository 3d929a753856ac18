// A chrono `Refiner` over our drafts. Every result has a draft by then
// (refiners/chrono-dates.ts, the first refiner, gives chrono's own dates one).
import type { ParsingContext, Refiner } from './chrono.js';
import { draftOf, stateOf, toResult, type Draft, type ScanState } from './draft.js';

export function defineRefiner(refine: (drafts: Draft[], st: ScanState) => Draft[]): Refiner {
  return {
    refine(context: ParsingContext, results) {
      const drafts: Draft[] = [];
      for (const r of results) {
        const d = draftOf(r);
        if (d) drafts.push(d);
      }
      return refine(drafts, stateOf(context)).map((d) => toResult(context, d));
    },
  };
}
