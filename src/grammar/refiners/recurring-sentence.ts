// A sentence that sets a reporting rhythm ("Định kỳ hàng tháng (trước ngày 16
// hàng tháng), 6 tháng (trước ngày 16/6), tổng kết năm (trước ngày 20/11 hàng
// năm)"; "hàng năm … gửi báo cáo trước ngày 15 tháng 01"):
//  - a date without a year in it recurs every year → FREQ=YEARLY;BYMONTH;BYMONTHDAY;
//  - a bare frequency ("hàng tháng") next to a dated one of the same rhythm
//    ("trước ngày 16 hàng tháng") is the same deadline and is dropped.
import { defineRefiner } from '../refiner.js';
import type { Draft } from '../draft.js';
import { B, E } from '../patterns.js';

const BOUNDARY = /[.;!?](?=\s|$)|\n[ \t]*\n/gu;
const RHYTHM = new RegExp(B + String.raw`(?:định\s+kỳ|(?:hàng|hằng|mỗi)\s+(?:tháng|quý|năm))` + E, 'u');

function freqKey(rrule: string): string {
  return rrule.split(';').filter((p) => p.startsWith('FREQ=') || p.startsWith('INTERVAL=')).join(';');
}

export const recurringSentence = defineRefiner((drafts, st) => {
  if (!drafts.some((d) => d.kind === 'recurring' || (d.kind === 'date' && d.year === null))) return drafts;
  const cuts = [0];
  for (const m of st.s.matchAll(BOUNDARY)) cuts.push(m.index + m[0].length);
  cuts.push(st.s.length);
  const sentenceOf = (i: number) => {
    let k = 0;
    while (k + 1 < cuts.length && cuts[k + 1] <= i) k++;
    return k;
  };
  const groups = new Map<number, Draft[]>();
  for (const d of drafts) {
    const k = sentenceOf(d.index);
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  const drop = new Set<Draft>();
  for (const [k, ds] of groups) {
    const text = st.s.slice(cuts[k], cuts[k + 1] ?? st.s.length);
    if (!RHYTHM.test(text) && !ds.some((d) => d.kind === 'recurring')) continue;
    for (const d of ds) {
      if (d.kind === 'date' && d.granularity === 'day' && d.year === null && d.month !== null && d.day !== null && RHYTHM.test(text)) {
        Object.assign(d, { kind: 'recurring', rrule: `FREQ=YEARLY;BYMONTH=${d.month};BYMONTHDAY=${d.day}` });
      }
    }
    for (const d of ds) {
      if (d.kind !== 'recurring' || !d.rrule || d.rrule.includes('BY')) continue;
      const key = freqKey(d.rrule);
      if (ds.some((o) => o !== d && o.kind === 'recurring' && o.rrule?.includes('BY') && freqKey(o.rrule) === key)) drop.add(d);
    }
  }
  return drafts.filter((d) => !drop.has(d));
});
