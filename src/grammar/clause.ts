// The end of a clause that follows a trigger word ("sau khi …", "kể từ ngày …"):
// a full stop, semicolon, comma, colon, parenthesis or table rule, a blank line, a new list
// item, a relation word with a date ("… trước ngày 30/11"), or 160 characters.
const END = /[.;,:()!?](?=\s|$)|[;()|]|\n\s*\n|\n\s*[-+•*]\s|\s(?:trước|chậm\s+nhất|trong|đến|vào)\s+(?:ngày\s+)?\d|\s+(?:thì|để)\s/u;
const MAX = 160;

export function clauseEnd(s: string, from: number): number {
  const window = s.slice(from, from + MAX);
  const m = END.exec(window);
  let end = m ? from + m.index : from + window.length;
  if (!m && window.length === MAX) {
    const lastSpace = window.lastIndexOf(' ');
    if (lastSpace > 0) end = from + lastSpace;
  }
  // Trim trailing spaces and emphasis marks left by the markup.
  while (end > from && /[\s*_]/u.test(s[end - 1])) end--;
  return end;
}
