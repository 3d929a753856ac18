// A cited number must read Number[/Year]/SYMBOL: "3057/QĐ-UBND", "01/2015/QĐ-UBND",
// "227/CĐ-TTg". Caught: "3057/ QĐ-UBND", "3057/QĐ–UBND", "/QĐ-UBND", "3057/QĐ-",
// "3057//QĐ-UBND", and "12/2019/TT-BTC" cited with a date in 2020.
// Accepted as written by their issuers: "66.4/2025/NQ-CP" (numbered sub-resolutions),
// "6721/VPCP-V.I" (Vụ I of the Government Office), "596/TTr-SNN&MT".
import type { Lang } from '../../render/types.js';
import type { Reference } from '../../model/schema.js';
import { fill, NUMBER_PROBLEMS } from '../messages.js';
import type { RawFinding, Rule } from '../types.js';

// A symbol is parts joined by "-"; a part may join letters/digits with "." or "&"
// ("SNV-XDCQ&TCBC", "CCTKV.05-TTKT3", "VPCP-V.I").
const PART = '[\\p{L}\\d]+(?:[.&][\\p{L}\\d]+)*';
const WELL_FORMED = new RegExp(`^\\d{1,6}(?:\\.\\d{1,3})?(?:\\/(\\d{4}))?\\/(?=\\p{Lu})${PART}(?:-${PART})*$`, 'u');

export function numberProblem(ref: Pick<Reference, 'number' | 'date'>, lang: Lang): string | null {
  const n = ref.number;
  if (n === null) return null;
  const say = (k: keyof typeof NUMBER_PROBLEMS, vars: Record<string, string> = {}) => fill(NUMBER_PROBLEMS[k][lang], vars);
  if (/[–—]/u.test(n)) return say('dash');
  if (/\s/u.test(n)) return say('spaces');
  if (!/^\d/u.test(n)) return say('no-number');
  const m = WELL_FORMED.exec(n);
  if (!m) return say('shape');
  if (m[1] && ref.date && ref.date.slice(0, 4) !== m[1]) return say('year', { numberYear: m[1], dateYear: ref.date.slice(0, 4) });
  return null;
}

export const referenceMalformedNumber: Rule = {
  code: 'reference/malformed-number',
  severity: 'warning',
  description: 'a cited document number not of the form Number/SYMBOL',
  check: ({ doc, lang }) => {
    const found: RawFinding[] = [];
    for (const r of doc.references) {
      const detail = numberProblem(r, lang);
      if (detail) found.push({ position: r.position, vars: { number: r.number ?? '', detail } });
    }
    return found;
  },
};
