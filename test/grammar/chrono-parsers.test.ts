// The grammar keeps chrono's vi parsers by their place in its configuration
// (src/grammar/index.ts WHOLE_DATE_PARSERS). They are found here the way they
// were chosen: a parser is kept when it reads one of these dates whole.
import { describe, expect, it } from 'vitest';
import { createConfiguration, type Parser, type ParsingContext } from '../../src/grammar/chrono.js';
import { WHOLE_DATE_PARSERS } from '../../src/grammar/index.js';

const DATE_SAMPLES = ['20/11/2023', 'ngày 20 tháng 11 năm 2023', '2023-11-20'];

function readsWholeDate(p: Parser): boolean {
  const ctx = { text: '', refDate: new Date(0), option: {}, reference: { instant: new Date(0) } } as unknown as ParsingContext;
  const re = p.pattern(ctx);
  return DATE_SAMPLES.some((s) => {
    const m = new RegExp(re.source, re.flags.replace('g', '')).exec(s);
    return m !== null && m.index === 0 && m[0].length === s.length;
  });
}

describe("chrono's parsers the grammar keeps", () => {
  it('are exactly those of its vi configuration that read a day and a month', () => {
    const parsers = createConfiguration(false).parsers;
    const found = parsers.flatMap((p, i) => (readsWholeDate(p) ? [i] : []));
    expect(found).toEqual([...WHOLE_DATE_PARSERS]);
  });
});
