// "Số: /UBND-NV", "Số: ......./KH-UBND": the number is filled in at signing, so
// this marks a draft (info, not an error).
import type { Rule } from '../types.js';
import { headerOf } from './document-date-blank.js';

const BLANK_NUMBER = /^[\s*]*Số\s*:?[\s*]*[.…_\s]*\/\s*[\p{L}\p{N}]/imu;

export const documentNumberBlank: Rule = {
  code: 'document/number-blank',
  severity: 'info',
  description: '"Số: /…" with no number',
  check: ({ doc, text, lines }) => {
    const m = BLANK_NUMBER.exec(headerOf(text));
    if (m) {
      const start = m.index + m[0].search(/Số/u);
      const lineEnd = text.indexOf('\n', start);
      return [{ position: lines.position(start), vars: { text: text.slice(start, lineEnd < 0 ? undefined : lineEnd).replace(/\*\*/g, '').trim() } }];
    }
    if (doc.document.number === null && doc.document.symbol !== null) return [{ position: null, vars: { text: `/${doc.document.symbol}` } }];
    return [];
  },
};
