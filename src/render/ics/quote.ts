// What a calendar entry quotes of its task: the whole task when it is short,
// else the sentence that holds the deadline, cut to a bounded length. A task
// paragraph of 138 KB with 1,200 deadlines once put the whole paragraph into
// each of its 1,200 descriptions (the .ics grew with deadlines × paragraph).
import type { Deadline, Task } from '../../model/schema.js';

/** Longest quote, in characters: a long task is still read whole up to this. */
export const MAX_QUOTE = 1_000;

/** Where a sentence or clause ends ("." ";" "!" "?" before a space, or a line break). */
const SENTENCE_END = /[.;!?…](?=\s)|\n/gu;

/**
 * The task's text, or, when longer than MAX_QUOTE, the sentence around the
 * deadline (found by its position, else by its words), within MAX_QUOTE
 * characters, with "…" where it was cut.
 */
export function quoteFor(text: string, task: Task, deadline: Deadline): string {
  if (text.length <= MAX_QUOTE) return text;
  const at = deadlineIndex(text, task, deadline);
  if (at < 0) return cut(text, 0, MAX_QUOTE);
  const endOfDeadline = at + deadline.text.length;
  // The sentence: from after the last end before the deadline to the first end after it.
  const lookBack = Math.max(0, at - MAX_QUOTE);
  let start = lookBack;
  SENTENCE_END.lastIndex = lookBack;
  for (let m = SENTENCE_END.exec(text); m && m.index < at; m = SENTENCE_END.exec(text)) start = m.index + m[0].length;
  SENTENCE_END.lastIndex = endOfDeadline;
  const next = SENTENCE_END.exec(text);
  let end = next ? next.index + next[0].length : text.length;
  // Too long still: keep the deadline and what is nearest to it.
  if (end - start > MAX_QUOTE) {
    const room = Math.max(0, MAX_QUOTE - (endOfDeadline - at));
    start = Math.max(start, at - Math.floor(room / 2));
    end = Math.min(end, start + MAX_QUOTE);
  }
  return cut(text, start, end);
}

function cut(text: string, start: number, end: number): string {
  const body = text.slice(start, end).trim();
  return `${start > 0 ? '… ' : ''}${body}${end < text.length ? ' …' : ''}`;
}

/**
 * The deadline's offset in the task text. Its line and column, taken from the
 * task's, say about where it is (the task's text may leave out its list marker,
 * so not exactly): of the places where its words occur, the nearest to that.
 */
function deadlineIndex(text: string, task: Task, deadline: Deadline): number {
  const lines = deadline.position.line - task.position.line;
  let lineStart = 0;
  for (let k = 0; k < lines && lineStart >= 0; k++) {
    const nl = text.indexOf('\n', lineStart);
    lineStart = nl < 0 ? -1 : nl + 1;
  }
  if (lines < 0 || lineStart < 0) return text.indexOf(deadline.text);
  const estimate = lineStart + deadline.position.column - (lines === 0 ? task.position.column : 1);
  let best = -1;
  for (let at = text.indexOf(deadline.text, Math.max(0, estimate - NEAR)); at >= 0 && at <= estimate + NEAR; at = text.indexOf(deadline.text, at + 1)) {
    if (best < 0 || Math.abs(at - estimate) < Math.abs(best - estimate)) best = at;
  }
  return best >= 0 ? best : text.indexOf(deadline.text);
}

/** How far from its estimated place a deadline's words are looked for. */
const NEAR = 64;
