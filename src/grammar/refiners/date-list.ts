// A list of dates after one relation word: each is a deadline with that relation.
//   "trước ngày 05/4, 05/7, 05/10" → three `before`; "vào ngày 10/12 và 20/12/2023" → two `on`.
import { defineRefiner } from '../refiner.js';

const JOIN = /^\s*(?:,|;|\/)?\s*(?:và|hoặc)?\s*(?:ngày\s+)?$/u;

export const dateList = defineRefiner((drafts, st) => {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i];
    const p = drafts[i - 1];
    if (!d.bare || p.bare || p.kind !== 'date' || !p.relation || p.granularity !== 'day') continue;
    const gap = st.s.slice(p.end, d.index);
    if (gap.trim() === '' || !JOIN.test(gap)) continue;
    d.bare = false;
    d.relation = p.relation;
    d.source = p.source;
  }
  return drafts;
});
