// Scores a parsed document against its hand-made answer key (fixtures/GOLD.md):
// deadlines paired greedily in document order by date (or RRULE FREQ+BYDAY/
// BYMONTHDAY, or both triggered); relation accuracy and unit precision/recall
// over the pairs; targets by value+comparator+role; references by number.
import type { CchcDocument } from '../model/schema.js';
import { squash, toneKey } from '../text/normalize.js';

export interface GoldDeadline {
  units: string[];
  date?: string;
  relation?: string;
  recurrence?: string;
  trigger?: string;
  text: string;
}

export interface GoldKey {
  complete?: boolean;
  document: Record<string, string | number | null>;
  references: Array<{ number: string; date?: string | null }>;
  deadlines: GoldDeadline[];
  targets: Array<{ value: number; comparator: string; unit: string; role: string; text: string; units?: string[] }>;
}

export interface Counts {
  deadlines: { tp: number; pred: number; gold: number };
  relation: { right: number; total: number };
  units: { tp: number; pred: number; gold: number };
  targets: { tp: number; pred: number; gold: number };
  references: { tp: number; pred: number; gold: number };
  header: { right: number; total: number };
  /** What went wrong, for the eval's --verbose listing. */
  misses: string[];
}

export function emptyCounts(): Counts {
  return {
    deadlines: { tp: 0, pred: 0, gold: 0 },
    relation: { right: 0, total: 0 },
    units: { tp: 0, pred: 0, gold: 0 },
    targets: { tp: 0, pred: 0, gold: 0 },
    references: { tp: 0, pred: 0, gold: 0 },
    header: { right: 0, total: 0 },
    misses: [],
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const add = <T extends Record<string, number>>(x: T, y: T): T =>
    Object.fromEntries(Object.keys(x).map((k) => [k, x[k] + y[k]])) as T;
  return {
    deadlines: add(a.deadlines, b.deadlines),
    relation: add(a.relation, b.relation),
    units: add(a.units, b.units),
    targets: add(a.targets, b.targets),
    references: add(a.references, b.references),
    header: add(a.header, b.header),
    misses: [...a.misses, ...b.misses],
  };
}

/** GOLD.md: NFC, lower case, one tone-mark style, "–", "-" and "và" alike. */
export function goldUnitKey(s: string): string {
  return squash(toneKey(s).replace(/\s*[-–—]\s*|\s+và\s+/gu, ' - ').replace(/[.,;:]+$/u, ''));
}

interface Predicted {
  kind: string;
  date: string | null;
  relation: string | null;
  rrule: string | null;
  units: string[];
  text: string;
}

function sameDeadline(p: Predicted, g: GoldDeadline): boolean {
  if (g.date) return p.date === g.date && (p.kind === 'date' || p.kind === 'relative');
  if (g.recurrence) {
    if (!p.rrule) return false;
    const a = new Map(p.rrule.split(';').map((x) => x.split('=') as [string, string]));
    const b = new Map(g.recurrence.split(';').map((x) => x.split('=') as [string, string]));
    return a.get('FREQ') === b.get('FREQ') && (a.get('BYDAY') ?? '') === (b.get('BYDAY') ?? '') && (a.get('BYMONTHDAY') ?? '') === (b.get('BYMONTHDAY') ?? '');
  }
  return p.kind === 'conditional' || (p.kind === 'relative' && p.date === null);
}

const HEADER_FIELDS = ['issuer', 'number', 'symbol', 'date', 'year', 'place', 'subject', 'signer'] as const;

function headerValue(doc: CchcDocument, field: (typeof HEADER_FIELDS)[number]): string | number | null {
  if (field === 'signer') return doc.document.signer.name;
  return doc.document[field];
}

function normField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return squash(toneKey(String(v))).replace(/[.;:,]+$/u, '');
}

export function scoreDocument(doc: CchcDocument, gold: GoldKey, label = ''): Counts {
  const c = emptyCounts();
  const pred: Predicted[] = doc.tasks.flatMap((t) =>
    t.deadlines.map((d) => ({ kind: d.kind, date: d.date, relation: d.relation, rrule: d.rrule, units: d.units ?? t.lead, text: d.text })),
  );
  c.deadlines.pred = pred.length;
  c.deadlines.gold = gold.deadlines.length;
  const used = new Set<number>();
  for (const g of gold.deadlines) {
    const i = pred.findIndex((p, k) => !used.has(k) && sameDeadline(p, g));
    if (i < 0) {
      c.misses.push(`${label} missed deadline: ${g.date ?? g.recurrence ?? g.trigger} «${squash(g.text)}»`);
      continue;
    }
    used.add(i);
    c.deadlines.tp++;
    const p = pred[i];
    if (g.relation) {
      c.relation.total++;
      if (p.relation === g.relation) c.relation.right++;
      else c.misses.push(`${label} relation ${p.relation} ≠ ${g.relation} «${squash(g.text)}»`);
    }
    const pk = new Set(p.units.map(goldUnitKey));
    const gk = new Set(g.units.map(goldUnitKey));
    const inter = [...pk].filter((k) => gk.has(k)).length;
    c.units.tp += inter;
    c.units.pred += pk.size;
    c.units.gold += gk.size;
    if (inter !== pk.size || inter !== gk.size) c.misses.push(`${label} units [${p.units.join(' | ')}] ≠ [${g.units.join(' | ')}] «${squash(g.text)}»`);
  }
  pred.forEach((p, k) => {
    if (!used.has(k)) c.misses.push(`${label} extra deadline: ${p.date ?? p.rrule ?? p.kind} «${p.text}»`);
  });

  const predTargets = [...doc.tasks.flatMap((t) => t.targets), ...doc.targets];
  c.targets.pred = predTargets.length;
  c.targets.gold = gold.targets.length;
  const usedT = new Set<number>();
  for (const g of gold.targets) {
    const i = predTargets.findIndex((p, k) => !usedT.has(k) && p.value === g.value && p.comparator === g.comparator && p.role === g.role);
    if (i < 0) c.misses.push(`${label} missed target: ${g.comparator}${g.value}${g.unit} ${g.role} «${squash(g.text)}»`);
    else {
      usedT.add(i);
      c.targets.tp++;
    }
  }
  predTargets.forEach((p, k) => {
    if (!usedT.has(k)) c.misses.push(`${label} extra target: ${p.comparator}${p.value}${p.unit} ${p.role} «${p.text}»`);
  });

  c.references.pred = doc.references.length;
  c.references.gold = gold.references.length;
  const usedR = new Set<number>();
  for (const g of gold.references) {
    const i = doc.references.findIndex(
      (r, k) => !usedR.has(k) && normField(r.number) === normField(g.number) && (g.date ? r.date === g.date : true),
    );
    if (i < 0) c.misses.push(`${label} missed reference: ${g.number} ${g.date ?? ''}`);
    else {
      usedR.add(i);
      c.references.tp++;
    }
  }
  doc.references.forEach((r, k) => {
    if (!usedR.has(k)) c.misses.push(`${label} extra reference: ${r.number} ${r.date ?? ''}`);
  });

  for (const f of HEADER_FIELDS) {
    if (!(f in gold.document)) continue;
    c.header.total++;
    const want = normField(gold.document[f]);
    const got = normField(headerValue(doc, f));
    if (want === got) c.header.right++;
    else c.misses.push(`${label} header.${f}: got «${got}» want «${want}»`);
  }
  return c;
}

export function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function f1(x: { tp: number; pred: number; gold: number }): number {
  const p = ratio(x.tp, x.pred);
  const r = ratio(x.tp, x.gold);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
