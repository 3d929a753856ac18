// A date that does not exist: "31/11/2023", "29/02/2023", "ngày 32 tháng 1", "09/6/20205".
// Found in the text itself, plus any the pipeline reported on other lines.
import { isValidDate } from '../../text/dates.js';
import { findDates } from '../scan.js';
import type { RawFinding, Rule } from '../types.js';
import { liftDiagnostics } from './lift.js';

export const dateImpossible: Rule = {
  code: 'date/impossible',
  severity: 'error',
  description: 'a written date that does not exist',
  check: ({ doc, text, lines }) => {
    const found: RawFinding[] = [];
    for (const d of findDates(text)) {
      // Without a year, 29/02 may be fine: check against a leap year.
      const plausibleYear = d.year === null || (d.year >= 1900 && d.year <= 2199);
      if (plausibleYear && isValidDate(d.year ?? 2024, d.month, d.day)) continue;
      found.push({ position: lines.position(d.start), vars: { text: d.text } });
    }
    return [...found, ...liftDiagnostics(doc, 'date/impossible', found)];
  },
};
