// Text from a document or a file name never reaches a terminal, a spreadsheet
// or a calendar with its control characters live: ESC [2J clears a screen,
// OSC 0 retitles the window, ESC [6n makes the terminal type into the input,
// 0x9B is a one-byte CSI, and a bidi override (U+202E) shows text in another
// order than it is stored. One policy everywhere (table, error sentences,
// reports, CSV, ICS):
//   - \t and \n stay (layout);
//   - \v, \f, \r and NEL are whitespace in documents (a pdftotext page break, a
//     Word line break): they become a space;
//   - every other C0 character and DEL becomes its visible Control Picture
//     (ESC → "␛", NUL → "␀", DEL → "␡");
//   - C1 characters and the bidi embeddings, overrides and isolates become
//     "<U+009B>", "<U+202E>": there are no pictures for them.
// Shown rather than stripped, so that what was in the source stays visible and
// a tampered document is noticed instead of silently cleaned up; JSON keeps the
// exact characters, escaped (see jsonSafe).

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  const cp = c.charCodeAt(0);
  if (cp === 0x0b || cp === 0x0c || cp === 0x0d || cp === 0x85) return ' ';
  if (cp < 0x20) return String.fromCharCode(0x2400 + cp);
  if (cp === 0x7f) return '\u2421';
  return `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** The text with every control character that a terminal or a spreadsheet would act on made visible. */
export function safeText(s: string): string {
  return s.replace(UNSAFE, visible);
}

/** True when `s` holds a character that safeText would change. */
export function hasControl(s: string): boolean {
  return ANY_UNSAFE.test(s);
}

const ANY_UNSAFE = new RegExp(UNSAFE.source);

const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text safe to print on a terminal, the same value when parsed:
 * JSON.stringify escapes C0 itself; DEL, C1 and bidi controls (which can only
 * occur inside strings) become \uXXXX escapes.
 */
export function jsonSafe(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
