// Finding what the user names: an occurrence by (a prefix of) its id, a
// document by its id, number, label or file name.
import { normalText } from './identity.js';
import { occurrencesIn, type Occurrence } from './occurrences.js';
import type { DocumentSummary, RegisterStore } from './store.js';

export type Found<T> = { found: T } | { error: 'unknown' | 'ambiguous' };

const EVERYTHING = { from: '0001-01-01', to: '9999-12-31' };

/** Every occurrence of every current deadline whose id starts with `id`. */
export async function findOccurrence(store: RegisterStore, id: string, today: string): Promise<Found<Occurrence>> {
  const want = id.trim().toLowerCase();
  if (want.length < 4) return { error: want ? 'ambiguous' : 'unknown' };
  const { dated, undated } = occurrencesIn(await store.deadlines(), EVERYTHING, await store.completions(), today);
  const hits = [...dated, ...undated].filter((o) => o.id.startsWith(want));
  const ids = new Set(hits.map((o) => o.id));
  if (ids.size === 0) return { error: 'unknown' };
  return ids.size === 1 ? { found: hits[0] } : { error: 'ambiguous' };
}

export async function findDocument(store: RegisterStore, ref: string): Promise<Found<DocumentSummary>> {
  const docs = await store.documents();
  const r = ref.trim();
  const key = normalText(r);
  const base = (p: string) => p.split(/[\\/]/).pop() ?? p;
  const tests: Array<(d: DocumentSummary) => boolean> = [
    (d) => d.docId === r.toLowerCase(),
    (d) => d.number !== null && normalText(d.number) === key,
    (d) => normalText(d.label) === key || d.paths.includes(r),
    (d) => d.paths.some((p) => base(p) === base(r)),
    (d) => r.length >= 4 && d.docId.startsWith(r.toLowerCase()),
  ];
  for (const t of tests) {
    const hits = docs.filter(t);
    if (hits.length === 1) return { found: hits[0] };
    if (hits.length > 1) return { error: 'ambiguous' };
  }
  return { error: 'unknown' };
}
