// "Tuy Phước, ngày   tháng   năm 2023": the day is filled in at signing.
import type { Rule } from '../types.js';

const BLANK_DATE = /ngày[\s.…_*]+tháng[\s.…_*]+năm(?:\s+\d{4})?/iu;

/** The header: everything before "Kính gửi" (or the first 40 lines). */
export function headerOf(text: string): string {
  const k = text.search(/Kính\s+gửi/u);
  if (k >= 0) return text.slice(0, k);
  return text.split('\n').slice(0, 40).join('\n');
}

export const documentDateBlank: Rule = {
  code: 'document/date-blank',
  severity: 'info',
  description: '"ngày … tháng … năm" left blank',
  check: ({ text, lines }) => {
    const m = BLANK_DATE.exec(headerOf(text));
    return m ? [{ position: lines.position(m.index), vars: { text: m[0].replace(/\*\*/g, '').replace(/\s+/g, ' ').trim() } }] : [];
  },
};
