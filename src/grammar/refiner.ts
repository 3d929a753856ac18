// A refiner over our drafts. Each one is also a plain chrono `Refiner`, but
// index.ts runs them all through `chain`: one conversion from chrono's results to
// drafts and back instead of one per refiner (a third of the grammar's time went
// into building ParsingResults nobody read).
import type { ParsingContext, Refiner } from './chrono.js';
import { draftOf, stateOf, toResult, type Draft, type ScanState } from './draft.js';

export type RefineDrafts = (drafts: Draft[], st: ScanState) => Draft[];

export interface DraftRefiner extends Refiner {
  refineDrafts: RefineDrafts;
}

function draftsOf(results: readonly object[]): Draft[] {
  const drafts: Draft[] = [];
  for (const r of results) {
    const d = draftOf(r);
    if (d) drafts.push(d);
  }
  return drafts;
}

export function defineRefiner(refineDrafts: RefineDrafts): DraftRefiner {
  return {
    refineDrafts,
    refine: (context: ParsingContext, results) =>
      refineDrafts(draftsOf(results), stateOf(context)).map((d) => toResult(context, d)),
  };
}

/** The draft refiners in order, as one chrono refiner. */
export function chain(refiners: readonly DraftRefiner[]): Refiner {
  return {
    refine(context: ParsingContext, results) {
      const st = stateOf(context);
      let drafts = draftsOf(results);
      for (const r of refiners) drafts = r.refineDrafts(drafts, st);
      return drafts.map((d) => toResult(context, d));
    },
  };
}
