// A small non-validating XML parser for Office parts: elements, attributes,
// text and the five entities plus numeric references. Namespace prefixes are
// resolved and rewritten to the canonical ones (`w:`, `mc:`, `r:` …), so a part
// written with other prefixes, or in Strict OOXML, reads the same.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const CANONICAL: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'urn:schemas-microsoft-com:vml': 'v',
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    return ENTITIES[e] ?? m;
  });
}

type Scope = Map<string, string>;

function qualify(raw: string, scope: Scope, isAttr: boolean): string {
  const colon = raw.indexOf(':');
  if (colon < 0) {
    if (isAttr) return raw;
    const uri = scope.get('');
    return uri && CANONICAL[uri] ? `${CANONICAL[uri]}:${raw}` : raw;
  }
  const prefix = raw.slice(0, colon);
  if (prefix === 'xml' || prefix === 'xmlns') return raw;
  const uri = scope.get(prefix);
  const canon = uri ? CANONICAL[uri] : undefined;
  return canon ? `${canon}:${raw.slice(colon + 1)}` : raw;
}

const MAX_DEPTH = 500;


/** Parses a whole part; throws on grossly broken markup (the caller reports a damaged file). */
export function parseXml(src: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const scopes: Scope[] = [new Map()];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      pushText(stack[stack.length - 1], src.slice(i));
      break;
    }
    if (lt > i) pushText(stack[stack.length - 1], src.slice(i, lt));
    if (src.startsWith('<!--', lt)) {
      const end = src.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
    } else if (src.startsWith('<![CDATA[', lt)) {
      const end = src.indexOf(']]>', lt + 9);
      const text = src.slice(lt + 9, end < 0 ? n : end);
      stack[stack.length - 1].children.push(text);
      i = end < 0 ? n : end + 3;
    } else if (src[lt + 1] === '?' || src[lt + 1] === '!') {
      const end = src.indexOf('>', lt);
      i = end < 0 ? n : end + 1;
    } else if (src[lt + 1] === '/') {
      const end = src.indexOf('>', lt);
      if (end < 0) throw new Error('unterminated end tag');
      if (stack.length > 1) {
        stack.pop();
        scopes.pop();
      }
      i = end + 1;
    } else {
      const end = findTagEnd(src, lt);
      if (end < 0) throw new Error('unterminated tag');
      const selfClosing = src[end - 1] === '/';
      const body = src.slice(lt + 1, selfClosing ? end - 1 : end);
      const sp = body.search(/\s/);
      const rawName = sp < 0 ? body : body.slice(0, sp);
      const rawAttrs: Array<[string, string]> = [];
      let scope = scopes[scopes.length - 1];
      if (sp >= 0) {
        for (const [key, raw] of attributes(body, sp)) {
          const value = decodeEntities(raw);
          if (key === 'xmlns' || key.startsWith('xmlns:')) {
            if (scope === scopes[scopes.length - 1]) scope = new Map(scope);
            scope.set(key === 'xmlns' ? '' : key.slice(6), value);
          } else rawAttrs.push([key, value]);
        }
      }
      const attrs: Record<string, string> = {};
      for (const [k, v] of rawAttrs) attrs[qualify(k, scope, true)] = v;
      const el: XmlElement = { name: qualify(rawName, scope, false), attrs, children: [] };
      stack[stack.length - 1].children.push(el);
      if (!selfClosing) {
        // Office parts nest a few dozen levels; a hostile one could nest deep enough to overflow the walkers' stack.
        if (stack.length > MAX_DEPTH) throw new Error(`elements nested deeper than ${MAX_DEPTH}`);
        stack.push(el);
        scopes.push(scope);
      }
      i = end + 1;
    }
  }
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new Error('no root element');
  return top;
}

/**
 * The `name="value"` pairs of a tag body, in one pass. (A regex here retried
 * from every character of a long name without "=", quadratic: 100,000
 * characters ran past 30 s.) Anything that is not a well-formed pair is skipped.
 */
function attributes(body: string, from: number): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const n = body.length;
  const space = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  let i = from;
  while (i < n) {
    while (i < n && (space(body[i]) || body[i] === '/')) i++;
    const nameStart = i;
    while (i < n && !space(body[i]) && body[i] !== '=' && body[i] !== '/' && body[i] !== '"' && body[i] !== "'") i++;
    const name = body.slice(nameStart, i);
    while (i < n && space(body[i])) i++;
    if (body[i] !== '=') {
      if (i === nameStart) i++; // a stray quote: step over it
      continue;
    }
    i++;
    while (i < n && space(body[i])) i++;
    const quote = body[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = body.indexOf(quote, i + 1);
    if (close < 0) break;
    if (name) out.push([name, body.slice(i + 1, close)]);
    i = close + 1;
  }
  return out;
}

function findTagEnd(src: string, from: number): number {
  let quote = '';
  for (let j = from + 1; j < src.length; j++) {
    const c = src[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  return -1;
}

function pushText(parent: XmlElement, raw: string): void {
  parent.children.push(decodeEntities(raw));
}

export function elements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && (name === undefined || c.name === name)) out.push(c);
  return out;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}

/** All descendants with that name, in document order. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}
