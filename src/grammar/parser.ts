// A chrono `Parser` from a pattern and an extract function that returns our
// Draft. A match must start a word; that is checked here, on the full text,
// and never by a look-behind at the start of the pattern: chrono runs the
// pattern on the rest of the text after each match, where such a look-behind
// cannot see the character before it, and with one V8 scans for a start
// without its first-character tests (the grammar's patterns took ~25% less
// time without, on 1,000 archive texts).
import type { Parser, ParsingContext } from './chrono.js';
import { toResult, stateOf, type Draft, type ScanState } from './draft.js';
import { L } from './patterns.js';

const WORD_CHAR = new RegExp(L, 'u');

export type Extract = (m: RegExpExecArray & { groups: Record<string, string | undefined> }, at: number, st: ScanState) => Draft | null;

/** A pattern that fails at once (anchored at the start). */
const NEVER = /^(?!)/;

/**
 * `quick` is a cheap test of the whole text (a keyword the phrase cannot do
 * without): when it fails the real pattern is not run at all. Patterns that
 * start with optional words cannot use V8's literal scan, so this is where the
 * time goes on a long paragraph.
 */
export function defineParser(re: RegExp, extract: Extract, quick?: RegExp): Parser & { re: RegExp } {
  return {
    re,
    pattern: (context: ParsingContext) => (quick && !quick.test(context.text) ? NEVER : re),
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const at = match.index ?? 0;
      if (at > 0 && WORD_CHAR.test(context.text[at - 1])) return null;
      const m = match as RegExpExecArray & { groups: Record<string, string | undefined> };
      if (!m.groups) m.groups = {};
      const d = extract(m, at, stateOf(context));
      return d ? toResult(context, d) : null;
    },
  };
}
