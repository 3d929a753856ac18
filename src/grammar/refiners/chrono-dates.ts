// chrono's own results → bare dates. We keep what chrono's vi locale reads well
// — absolute dates with a day and a month ("20/11/2023", "20.11.2023",
// "ngày 20 tháng 11 năm 2023", "ngày 05 tháng 01", "5/12/23") — and drop the rest:
// its weekday, year, month-only, time and "N … trước/sau" readings are either
// not deadlines ("năm 2023") or wrong for directives ("trước 17 giờ" read as
// "17 hours ago"); our own parsers read those phrases. A fraction ("2/3 số xã")
// is not a date.
import type { ParsingContext, Refiner } from '../chrono.js';
import { draft, draftOf, toResult } from '../draft.js';
import { E } from '../patterns.js';

/** "từ 2/3 số xã trở lên": a fraction, not 2 March. */
const FRACTION = /^\d\/\d$/u;
const FRACTION_OF = new RegExp(String.raw`^\s+(?:số|tổng|diện|dân|khối|kinh|giá|thời\s+gian|trở|lượng|phần)` + E, 'u');

export const chronoDates: Refiner = {
  refine(context: ParsingContext, results) {
    const out = [];
    for (const r of results) {
      if (draftOf(r)) {
        out.push(r);
        continue;
      }
      const c = r.start;
      if (!c.isCertain('day') || !c.isCertain('month') || r.end) continue;
      if (FRACTION.test(r.text) && FRACTION_OF.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 15))) continue;
      const yearKnown = c.isCertain('year');
      const d = draft(r.index, r.index + r.text.length, 'chrono', {
        year: yearKnown ? c.get('year') : null,
        month: c.get('month'),
        day: c.get('day'),
        granularity: 'day',
        bare: true,
      });
      out.push(toResult(context, d));
    }
    return out;
  },
};
