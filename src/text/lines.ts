// The lines of a text with their offsets: what the block splitter and the text
// table reader both walk.
export interface Line {
  /** Offsets of the line in the text, [start, end), without its "\n". */
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // indexOf finds each "\n" natively; a loop over every character code was a hot spot.
  for (let start = 0; ; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

const BLANK = /^\s*$/u;

/** White space only (what `s.trim() === ''` says, without the trimmed copy). */
export function isBlank(s: string): boolean {
  return BLANK.test(s);
}
