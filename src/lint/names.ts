// Every unit name a document mentions, with where it was first seen.
import type { CchcDocument, Position, Target } from '../model/schema.js';

export interface NamedUnit {
  name: string;
  position: Position | null;
}

/** Units the document gives work to (not its recipients), in document order, first mention each. */
export function unitMentions(doc: CchcDocument): NamedUnit[] {
  const out: NamedUnit[] = [];
  const seen = new Set<string>();
  const add = (name: string, position: Position | null) => {
    if (seen.has(name)) return;
    seen.add(name);
    out.push({ name, position });
  };
  for (const s of doc.sections) for (const u of s.units) add(u, s.position);
  for (const t of doc.tasks) {
    for (const u of [...t.lead, ...t.support]) add(u, t.position);
    for (const d of t.deadlines) for (const u of d.units ?? []) add(u, d.position);
    for (const g of t.targets) for (const u of g.units) add(u, g.position);
  }
  for (const g of documentTargets(doc)) for (const u of g.units) add(u, g.position);
  for (const u of doc.units) for (const n of [u.name, ...u.aliases]) add(n, null);
  return out;
}

/** Figures outside any task (reported statistics in narrative paragraphs). */
export function documentTargets(doc: CchcDocument): Target[] {
  return doc.targets;
}
