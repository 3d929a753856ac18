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
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}
