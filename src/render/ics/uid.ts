// Identity of a calendar item, derived from what the document says, never from
// positions or file bytes (register/identity.ts, shared with the register).
//
// UID = document part + deadline part:
// - document part: a readable slug (number, else symbol) and year, then a short
//   hash of documentIdentity — the number and issuer (and year), else issuer +
//   type + subject; only a document with none of these falls back to its bytes;
// - deadline part: a hash of the task's normalised text (list markers, bold,
//   tone placement and spacing ignored) and the deadline's kind and words; the
//   same words twice in one task text get "~2", "~3" … (deadlineKeys).
// Inserting, removing or reordering tasks, renumbering sections and the .md,
// .docx and .pdf of one document therefore give every untouched deadline the
// same UID; changing a deadline's words or its task's text gives a new one (the
// old one is cancelled with --previous, see previous.ts).
//
// Without history SEQUENCE is 0 and LAST-MODIFIED = DTSTAMP; --previous raises
// SEQUENCE for what changed (previous.ts).
import type { CchcDocument, Task } from '../../model/schema.js';
import { deadlineKeys, documentIdentity, shortId } from '../../register/identity.js';
import type { Entry } from './select.js';
import type { Component } from './serializer.js';
import { docKey } from './document.js';

export type ItemKind = 'event' | 'todo';

const KEYS = new WeakMap<CchcDocument, Map<Task, string[]>>();

/** The deadline part of the UID: 16 hex digits of its identity (plus "~n" for repeated words). */
export function deadlineKey(doc: CchcDocument, task: Task, index: number): string {
  let keys = KEYS.get(doc);
  if (!keys) {
    const all = deadlineKeys(doc);
    keys = new Map(doc.tasks.map((t, i) => [t, all[i]]));
    KEYS.set(doc, keys);
  }
  const k = keys.get(task)?.[index];
  // A task object not in doc.tasks (never in practice): its own basis.
  if (!k) return shortId([documentIdentity(doc), task.text, String(index)], 16);
  const [hash, n] = k.split('~');
  return n ? `${hash.slice(0, 16)}~${n}` : hash.slice(0, 16);
}

/** "97-kh-ubnd-2024-1a2b3c4d5e.0f3c…@cchc"; to-dos get their own UIDs (one UID, one component type). */
export function deadlineUid(e: Pick<Entry, 'doc' | 'task' | 'index' | 'key'>, kind: ItemKind): string {
  return `${e.key ?? docKey(e.doc)}.${deadlineKey(e.doc, e.task, e.index)}${kind === 'todo' ? '.todo' : ''}@cchc`;
}

export function watchUid(e: Pick<Entry, 'doc' | 'key'>, kind: ItemKind): string {
  return `${e.key ?? docKey(e.doc)}.watch${kind === 'todo' ? '.todo' : ''}@cchc`;
}

/**
 * Document keys for one export. Two different files whose headers give the same
 * key (drafts without number or subject, a misread header) each get their
 * sha256 appended; the same file given twice is exported once (null).
 */
export function exportKeys(docs: readonly CchcDocument[]): (string | null)[] {
  const shas = new Map<string, Set<string>>();
  for (const d of docs) {
    const k = docKey(d);
    if (!shas.has(k)) shas.set(k, new Set());
    shas.get(k)!.add(d.source.sha256);
  }
  const seen = new Set<string>();
  return docs.map((d) => {
    const k = docKey(d);
    const key = shas.get(k)!.size > 1 ? `${k}-${d.source.sha256.slice(0, 8)}` : k;
    if (seen.has(key)) return null;
    seen.add(key);
    return key;
  });
}

/** Last guard: a UID met again gets "~2", "~3" … in document order. */
export function uniqueUids(items: readonly Component[]): void {
  const count = new Map<string, number>();
  for (const item of items) {
    const uid = item.props.find((p) => p.name === 'UID');
    if (!uid) continue;
    const n = (count.get(uid.value) ?? 0) + 1;
    count.set(uid.value, n);
    if (n > 1) uid.value = uid.value.replace(/@cchc$/, `~${n}@cchc`);
  }
}
