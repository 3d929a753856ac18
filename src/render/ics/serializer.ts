// The bytes of an iCalendar stream (RFC 5545 §3.1–3.3): content lines, TEXT
// escaping, and folding at 75 octets.
//
// Why our own serializer and not a library: ical-generator 11 needs Node 22
// (we support Node 20), 10.x writes a TZID that does not match its VTIMEZONE
// and has no VTODO, and the `ics` package folds at 75 *characters* — a line of
// Vietnamese (2–3 octets per letter) then runs far past the 75-octet limit.
// The format is small enough that ~80 lines of our own are easier to trust.

import { safeText } from '../../text/terminal.js';

/** A property: name, parameters (already valid values) and a raw value. */
export interface Property {
  name: string;
  params?: Record<string, string>;
  /** The value as it goes on the wire (TEXT values go through escapeText first). */
  value: string;
}

export interface Component {
  name: string;
  props: Property[];
  children?: Component[];
  /** Physical lines written as they are instead of props and children (an item of --previous kept byte for byte). */
  raw?: readonly string[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * TEXT value escaping (§3.3.11): backslash, semicolon, comma, newline. Other
 * control characters are not allowed in TEXT, and calendar apps show C1 and
 * bidi controls raw: they are made visible first (text/terminal.ts); a tab
 * becomes a space.
 */
export function escapeText(s: string): string {
  return safeText(s.replace(/\r\n?/g, '\n'))
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
    .replace(/\t/g, ' ');
}

/** A list of TEXT values (CATEGORIES): each escaped, then joined by unescaped commas. */
export function textList(values: readonly string[]): string {
  return values.map(escapeText).join(',');
}

function octets(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Fold one logical line: every physical line is at most 75 octets including the
 * leading space of a continuation, and a break never falls inside a UTF-8
 * sequence (we break between code points; a code point is never split).
 */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    if (used + n > MAX_OCTETS) {
      out += `${CRLF} `;
      used = 1;
    }
    out += ch;
    used += n;
  }
  return out;
}

function paramValue(v: string): string {
  // Parameter values cannot carry quotes; quote when they hold : ; or ,
  const clean = v.replace(/["\r\n]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

export function contentLine(p: Property): string {
  let head = p.name;
  for (const [k, v] of Object.entries(p.params ?? {})) head += `;${k}=${paramValue(v)}`;
  return foldLine(`${head}:${p.value}`);
}

function componentLines(c: Component, out: string[]): void {
  if (c.raw) {
    out.push(...c.raw);
    return;
  }
  out.push(`BEGIN:${c.name}`);
  for (const p of c.props) out.push(contentLine(p));
  for (const child of c.children ?? []) componentLines(child, out);
  out.push(`END:${c.name}`);
}

/** The whole stream, every line (the last one too) ended by CRLF. */
export function serialize(c: Component): string {
  const lines: string[] = [];
  componentLines(c, lines);
  return lines.join(CRLF) + CRLF;
}
