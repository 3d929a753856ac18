// Offset ↔ line/column, one map per text (vfile-location's idea).
import type { Position } from '../model/schema.js';

export class LineMap {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    // indexOf, not a loop over every character: a single document's run executes this
    // once, before V8 has compiled it, where a character loop costs ~1 ms per 15 KB.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line and column of a UTF-16 offset. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

/**
 * Where JSON.parse gave up, as line and column. V8 words its SyntaxError
 * differently from one Node major to the next ("… at position 2" on Node 20,
 * "… (line 1 column 3)" added on 22), so messages show our own position
 * instead of its text. A message without a position means the text ended early.
 */
export function jsonErrorPosition(err: unknown, raw: string): Position {
  const m = err instanceof Error ? /position (\d+)/.exec(err.message) : null;
  return new LineMap(raw).position(m ? Number(m[1]) : raw.length);
}
