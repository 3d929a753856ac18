// Word's automatic list numbers, rebuilt from word/numbering.xml: the reader
// of document.xml only sees `<w:numPr>`, the "1.", "a)", "I." or "-" the clerk
// sees is computed from the level's numFmt, lvlText and start. Counters are
// kept per abstract list (lists sharing one continue each other, as in Word);
// a `w:startOverride` restarts the level the first time its list is used.
import { child, elements, type XmlElement } from './xml.js';

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  suffix: string;
  isLgl: boolean;
  bold: boolean | undefined;
  restartAfter: number | undefined;
}

interface Instance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly overridden = new Set<string>();

  constructor(root: XmlElement | null) {
    if (!root) return;
    for (const a of elements(root, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const l of elements(a, 'w:lvl')) levels.set(Number(l.attrs['w:ilvl'] ?? 0), readLevel(l));
      this.abstracts.set(a.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const num of elements(root, 'w:num')) {
      const startOverrides = new Map<number, number>();
      const levelOverrides = new Map<number, Level>();
      for (const o of elements(num, 'w:lvlOverride')) {
        const ilvl = Number(o.attrs['w:ilvl'] ?? 0);
        const so = child(o, 'w:startOverride')?.attrs['w:val'];
        if (so !== undefined) startOverrides.set(ilvl, startOf(so));
        const lvl = child(o, 'w:lvl');
        if (lvl) levelOverrides.set(ilvl, readLevel(lvl));
      }
      this.instances.set(num.attrs['w:numId'] ?? '', {
        abstractId: child(num, 'w:abstractNumId')?.attrs['w:val'] ?? '',
        startOverrides,
        levelOverrides,
      });
    }
  }

  /** The label for the next paragraph of list `numId` at level `ilvl`, or null (no list, or "none"). */
  next(numId: string, ilvl: number): { label: string; bold: boolean | undefined } | null {
    if (numId === '0') return null;
    const inst = this.instances.get(numId);
    if (!inst) return null;
    const levels = this.abstracts.get(inst.abstractId);
    if (!levels) return null;
    const level = (k: number) => inst.levelOverrides.get(k) ?? levels.get(k);
    const lvl = level(ilvl);
    if (!lvl) return null;
    let counters = this.counters.get(inst.abstractId);
    if (!counters) this.counters.set(inst.abstractId, (counters = []));
    if (!this.overridden.has(numId)) {
      this.overridden.add(numId);
      for (const [k, start] of inst.startOverrides) counters[k] = start - 1;
    }
    counters[ilvl] = (counters[ilvl] ?? (level(ilvl)?.start ?? 1) - 1) + 1;
    for (let k = ilvl + 1; k < 9; k++) {
      const deeper = level(k);
      if (!deeper || deeper.restartAfter === undefined || deeper.restartAfter > ilvl) counters[k] = undefined;
    }
    if (lvl.numFmt === 'none') return lvl.lvlText.replace(/%\d/g, '').trim() ? { label: lvl.lvlText, bold: lvl.bold } : null;
    let label: string;
    if (lvl.numFmt === 'bullet') label = bulletChar(lvl.lvlText);
    else {
      label = lvl.lvlText.replace(/%([1-9])/g, (_, d: string) => {
        const k = Number(d) - 1;
        const value = counters![k] ?? level(k)?.start ?? 1;
        const fmt = lvl.isLgl ? 'decimal' : (level(k)?.numFmt ?? 'decimal');
        return formatNumber(value, fmt);
      });
    }
    if (!label) return null;
    return { label: label + (lvl.suffix === 'nothing' ? '' : ' '), bold: lvl.bold };
  }
}

function readLevel(l: XmlElement): Level {
  const val = (name: string) => child(l, name)?.attrs['w:val'];
  const b = child(child(l, 'w:rPr'), 'w:b');
  const restart = val('w:lvlRestart');
  return {
    start: startOf(val('w:start')),
    numFmt: val('w:numFmt') ?? 'decimal',
    lvlText: val('w:lvlText') ?? '',
    suffix: val('w:suff') ?? 'tab',
    isLgl: child(l, 'w:isLgl') !== undefined,
    bold: b ? b.attrs['w:val'] !== '0' && b.attrs['w:val'] !== 'false' : undefined,
    restartAfter: restart === undefined ? undefined : Number(restart) - 1,
  };
}

/** A list's first number; Word stores 0 … 32767, anything else (NaN, 1e400) is read as 1 or clamped. */
function startOf(raw: string | undefined): number {
  const n = Math.trunc(Number(raw ?? 1));
  return Number.isFinite(n) ? Math.min(Math.max(n, 0), 2 ** 31 - 1) : 1;
}

/** Bullets as typed in .txt: "-" and "+" stay, symbol-font glyphs become "-". */
function bulletChar(lvlText: string): string {
  const t = lvlText.trim();
  if (t === '+' || t === '-') return t;
  if (t === '–' || t === '—' || t === '−') return '-';
  if (t === '') return '';
  return '-';
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperLetter':
      return toLetters(n).toUpperCase();
    case 'lowerLetter':
      return toLetters(n);
    default:
      return String(n);
  }
}

function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** Longest letter label written ("zzzzzzzzzz" is item 260); past it the number (a hostile start). */
const MAX_LETTER_REPEAT = 10;

/** Word's letters: a … z, then aa … zz, aaa … (the letter repeated). */
function toLetters(n: number): string {
  if (n <= 0 || !Number.isSafeInteger(n) || (n - 1) / 26 >= MAX_LETTER_REPEAT) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}
