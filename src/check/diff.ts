// Field-level comparison of an expected result with the actual one.
// Arrays of things that have an identity are matched by it (tasks by id and
// text, sections by id, units by key), so that one inserted task is one
// difference and not a cascade; other arrays are aligned on equal elements
// (longest common subsequence) before the rest are compared position by position.
import type { Json } from './expected.js';

export type DifferenceKind = 'changed' | 'missing' | 'unexpected';

export interface Difference {
  /** The task the difference is in ("2.3"), or null outside tasks. */
  task: string | null;
  /** Field path inside the task, or from the document root ("document.date"). Empty for a whole task. */
  path: string;
  kind: DifferenceKind;
  expected?: Json;
  actual?: Json;
}

type Obj = { [key: string]: Json };
type KeyFn = (x: Json) => string | null;

const isObj = (v: Json | undefined): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const field = (name: string): KeyFn => (x) => (isObj(x) && typeof x[name] === 'string' ? (x[name] as string) : null);
const both = (a: string, b: string): KeyFn => (x) => {
  const p = field(a)(x);
  const q = field(b)(x);
  return p === null || q === null ? null : `${p}\u0000${q}`;
};

/** Identity passes for the arrays at the document root, strongest first. */
const KEYED: Record<string, { passes: KeyFn[]; label: KeyFn }> = {
  tasks: { passes: [both('id', 'text'), field('text'), field('id')], label: field('id') },
  sections: { passes: [both('id', 'title'), field('title'), field('id')], label: field('id') },
  units: { passes: [field('key'), field('name')], label: field('key') },
};

/** Reading order of the report: header first, derived diagnostics last; other keys after, sorted. */
const TOP_ORDER = ['schemaVersion', 'document', 'references', 'sections', 'tasks', 'targets', 'units', 'diagnostics'];

export function diffDocuments(expected: Json, actual: Json): Difference[] {
  const out: Difference[] = [];
  if (!isObj(expected) || !isObj(actual)) {
    compare(expected, actual, '', null, out);
    return out;
  }
  const rank = (k: string) => (TOP_ORDER.includes(k) ? TOP_ORDER.indexOf(k) : TOP_ORDER.length);
  const keys = unionKeys(expected, actual).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const k of keys) {
    const e = expected[k];
    const a = actual[k];
    const keyed = KEYED[k];
    if (keyed && Array.isArray(e) && Array.isArray(a)) diffKeyed(k, e, a, keyed, out);
    else compareField(e, a, k, null, out);
  }
  return out;
}

function diffKeyed(name: string, exp: Json[], act: Json[], spec: { passes: KeyFn[]; label: KeyFn }, out: Difference[]): void {
  const pairOf = new Map<number, number>();
  const taken = new Set<number>();
  for (const key of spec.passes) {
    const byKey = new Map<string, number[]>();
    act.forEach((x, j) => {
      const k = key(x);
      if (k === null || taken.has(j)) return;
      byKey.set(k, [...(byKey.get(k) ?? []), j]);
    });
    exp.forEach((x, i) => {
      if (pairOf.has(i)) return;
      const k = key(x);
      const j = k === null ? undefined : byKey.get(k)?.shift();
      if (j === undefined) return;
      pairOf.set(i, j);
      taken.add(j);
    });
  }
  const isTask = name === 'tasks';
  const labelOf = (x: Json, index: number): string => spec.label(x) ?? `#${index + 1}`;
  exp.forEach((e, i) => {
    const j = pairOf.get(i);
    const label = labelOf(e, i);
    if (j === undefined) {
      if (isTask) out.push({ task: label, path: '', kind: 'missing', expected: summary(e) });
      else out.push({ task: null, path: `${name}[${label}]`, kind: 'missing', expected: e });
      return;
    }
    if (isTask) compare(e, act[j], '', label, out);
    else compare(e, act[j], `${name}[${label}]`, null, out);
  });
  act.forEach((a, j) => {
    if (taken.has(j)) return;
    const label = labelOf(a, j);
    if (isTask) out.push({ task: label, path: '', kind: 'unexpected', actual: summary(a) });
    else out.push({ task: null, path: `${name}[${label}]`, kind: 'unexpected', actual: a });
  });
}

/** A whole missing or extra task is shown by its text, not by every field. */
function summary(task: Json): Json {
  return isObj(task) && typeof task.text === 'string' ? task.text : task;
}

function compareField(e: Json | undefined, a: Json | undefined, path: string, task: string | null, out: Difference[]): void {
  if (e === undefined && a === undefined) return;
  if (e === undefined) out.push({ task, path, kind: 'unexpected', actual: a });
  else if (a === undefined) out.push({ task, path, kind: 'missing', expected: e });
  else compare(e, a, path, task, out);
}

function compare(e: Json, a: Json, path: string, task: string | null, out: Difference[]): void {
  if (Array.isArray(e) && Array.isArray(a)) return diffArray(e, a, path, task, out);
  if (isObj(e) && isObj(a)) {
    for (const k of unionKeys(e, a)) compareField(e[k], a[k], path ? `${path}.${k}` : k, task, out);
    return;
  }
  if (!deepEqual(e, a)) out.push({ task, path, kind: 'changed', expected: e, actual: a });
}

function diffArray(exp: Json[], act: Json[], path: string, task: string | null, out: Difference[]): void {
  const anchors = lcs(exp, act);
  let i = 0;
  let j = 0;
  for (const [ai, aj] of [...anchors, [exp.length, act.length] as const]) {
    diffGap(exp, act, i, ai, j, aj, path, task, out);
    i = ai + 1;
    j = aj + 1;
  }
}

/**
 * The unequal stretch between two equal elements: elements that still share most
 * of their fields are compared field by field (a changed message); the others
 * are missing or unexpected as a whole (an inserted diagnostic).
 */
function diffGap(exp: Json[], act: Json[], i0: number, i1: number, j0: number, j1: number, path: string, task: string | null, out: Difference[]): void {
  const sameSize = i1 - i0 === j1 - j0;
  let j = j0;
  for (let i = i0; i < i1; i++) {
    let k = j;
    while (k < j1 && !(sameSize && k - j0 === i - i0) && !similar(exp[i], act[k])) k++;
    if (k === j1) {
      out.push({ task, path: `${path}[${i}]`, kind: 'missing', expected: exp[i] });
      continue;
    }
    for (; j < k; j++) out.push({ task, path: `${path}[${j}]`, kind: 'unexpected', actual: act[j] });
    compare(exp[i], act[k], `${path}[${i}]`, task, out);
    j = k + 1;
  }
  for (; j < j1; j++) out.push({ task, path: `${path}[${j}]`, kind: 'unexpected', actual: act[j] });
}

/** Objects with at least half of their fields equal are one element, changed. */
function similar(a: Json, b: Json): boolean {
  if (!isObj(a) || !isObj(b)) return false;
  const keys = unionKeys(a, b);
  const same = keys.filter((k) => deepEqual(a[k], b[k])).length;
  return keys.length > 0 && same * 2 >= keys.length;
}

/** Index pairs of a longest common subsequence under deep equality. */
function lcs(a: Json[], b: Json[]): Array<readonly [number, number]> {
  const n = a.length;
  const m = b.length;
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) len[i][j] = deepEqual(a[i], b[j]) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
  const pairs: Array<readonly [number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (deepEqual(a[i], b[j])) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (len[i + 1][j] >= len[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

function unionKeys(a: Obj, b: Obj): string[] {
  const keys = Object.keys(a);
  for (const k of Object.keys(b)) if (!(k in a)) keys.push(k);
  return keys;
}

export function deepEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
