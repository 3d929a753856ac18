// Every match of a global pattern, without String.prototype.matchAll: matchAll clones
// the pattern (new RegExp(re)) on each call, and for the long patterns with spelled-out
// letter classes (text/letters.ts) that clone — hashing a source of several thousand
// characters — cost more than the matching itself, once per paragraph and pattern.
// The pattern's lastIndex is reset before and after, also when the loop stops early.
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!re.global) throw new Error('execAll needs a global pattern');
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0] === '') re.lastIndex++; // an empty match must not stall the scan
      yield m;
    }
  } finally {
    re.lastIndex = 0;
  }
}
