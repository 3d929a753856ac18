// ToUnicode CMaps: bfchar and bfrange (a start value counted up, or an array
// of values), with codes of any length the codespace ranges declare. Values
// are UTF-16BE and become strings as pdf.js's readToUnicode makes them.
// usecmap and CID mappings are refused (a ToUnicode map has no use for them).
import { Cmd, EOF, Lexer, Name, unsupported, type Token } from './lexer.js';

/** Entries a ToUnicode map may hold: 2-byte codes need 65,536. */
const MAX_ENTRIES = 1 << 20;

export function parseToUnicode(data: Uint8Array): Map<number, string> {
  const lexer = new Lexer(data);
  const raw = new Map<number, string>();
  const put = (code: number, value: string) => {
    raw.set(code, value);
    if (raw.size > MAX_ENTRIES) unsupported('ToUnicode map too large');
  };
  const str = (t: Token): string => (typeof t === 'string' ? t : unsupported('malformed ToUnicode map'));
  const int = (s: string): number => {
    if (s.length === 0 || s.length > 4) unsupported('ToUnicode code of unsupported length');
    let a = 0;
    for (let i = 0; i < s.length; i++) a = (a << 8) | s.charCodeAt(i);
    return a >>> 0;
  };
  let ranges = 0;
  loop: for (;;) {
    const t = lexer.getObj();
    if (t === EOF) break;
    if (t instanceof Name) {
      if (t.name === 'WMode' || t.name === 'CMapName') lexer.getObj();
      continue;
    }
    if (!(t instanceof Cmd)) continue;
    switch (t.cmd) {
      case 'endcmap':
        break loop;
      case 'usecmap':
        return unsupported('ToUnicode map with usecmap');
      case 'begincidchar':
      case 'begincidrange':
        return unsupported('ToUnicode map with CID mappings');
      case 'begincodespacerange':
        for (;;) {
          const a = lexer.getObj();
          if (a instanceof Cmd && a.cmd === 'endcodespacerange') break;
          int(str(a));
          int(str(lexer.getObj()));
          ranges++;
        }
        break;
      case 'beginbfchar':
        for (;;) {
          const a = lexer.getObj();
          if (a instanceof Cmd && a.cmd === 'endbfchar') break;
          const code = int(str(a));
          put(code, str(lexer.getObj()));
        }
        break;
      case 'beginbfrange':
        for (;;) {
          const a = lexer.getObj();
          if (a instanceof Cmd && a.cmd === 'endbfrange') break;
          let low = int(str(a));
          const high = int(str(lexer.getObj()));
          if (high - low > MAX_ENTRIES) unsupported('ToUnicode range too large');
          const dst = lexer.getObj();
          if (typeof dst === 'string') {
            // pdf.js's mapBfRange: the last byte counts up, carrying once into the byte before.
            if (dst.length === 0) unsupported('empty ToUnicode value');
            let value = dst;
            const last = value.length - 1;
            while (low <= high) {
              put(low++, value);
              const next = value.charCodeAt(last) + 1;
              if (next > 0xff) {
                if (last === 0) unsupported('ToUnicode range that overflows its value');
                value = value.substring(0, last - 1) + String.fromCharCode(value.charCodeAt(last - 1) + 1) + '\x00';
                continue;
              }
              value = value.substring(0, last) + String.fromCharCode(next);
            }
          } else if (dst instanceof Cmd && dst.cmd === '[') {
            for (;;) {
              const v = lexer.getObj();
              if (v instanceof Cmd && v.cmd === ']') break;
              const value = str(v);
              if (low <= high) put(low++, value);
            }
          } else {
            return unsupported('malformed ToUnicode range');
          }
        }
        break;
    }
  }
  if (ranges === 0 && raw.size === 0) return unsupported('empty ToUnicode map');
  const map = new Map<number, string>();
  for (const [code, token] of raw) map.set(code, utf16(token));
  return map;
}

/** pdf.js's reading of a ToUnicode value: UTF-16BE (an odd length gets a leading zero byte). */
function utf16(token: string): string {
  if (token.length % 2 !== 0) token = '\u0000' + token;
  const units: number[] = [];
  for (let k = 0; k < token.length; k += 2) {
    const w1 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
    if ((w1 & 0xf800) !== 0xd800) {
      units.push(w1);
      continue;
    }
    k += 2;
    const w2 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
    units.push(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
  }
  return String.fromCodePoint(...units);
}
