// Identity and revision of a calendar item, derived from the data alone.
//
// UID = document key + task id + deadline index: re-importing an updated export
// updates events instead of duplicating them.
//
// SEQUENCE and LAST-MODIFIED must change when, and only when, what the item
// says changes. A renderer has no memory of earlier exports, so both are
// functions of a fingerprint of the deadline (and of the task text and units it
// shows). Source positions are left out: editing a paragraph above must not
// touch the events below. Limitation: a hash cannot be monotonic, so a changed
// deadline gets a *different* SEQUENCE, not always a *higher* one; clients that
// insist on a higher SEQUENCE (iTIP) need a stateful exporter.
import type { CchcDocument } from '../../model/schema.js';
import type { Entry } from './select.js';
import type { Component } from './serializer.js';
import { docKey, sha, slug } from './document.js';
import { icsUtc, isoToEpoch } from './datetime.js';

export type ItemKind = 'event' | 'todo';

/** "1801-ubnd-nv-2023-1a2b3c4d.2-1.0@cchc"; to-dos get their own UIDs (one UID, one component type). */
export function deadlineUid(e: Pick<Entry, 'doc' | 'task' | 'index' | 'key'>, kind: ItemKind): string {
  return `${e.key ?? docKey(e.doc)}.${slug(e.task.id) || 'task'}.${e.index}${kind === 'todo' ? '.todo' : ''}@cchc`;
}

export function watchUid(e: Pick<Entry, 'doc' | 'key'>, kind: ItemKind): string {
  return `${e.key ?? docKey(e.doc)}.watch${kind === 'todo' ? '.todo' : ''}@cchc`;
}

export function fingerprint(e: Pick<Entry, 'task' | 'deadline' | 'lead'>): string {
  const d = e.deadline;
  return sha(JSON.stringify([
    d.kind, d.date, d.due, d.time, d.relation, d.rrule, d.trigger, d.offset, d.text,
    e.lead, e.task.support, e.task.text,
  ]));
}

export interface Revision {
  sequence: number;
  /** UTC stamp within the anchor day, picked by the fingerprint. */
  lastModified: string;
}

/** `anchor` is the document's issue day (or 1 January of its year). */
export function revision(print: string, anchor: string | null): Revision {
  const n = parseInt(print.slice(0, 8), 16);
  return {
    sequence: n >>> 1,
    lastModified: icsUtc(isoToEpoch(anchor ?? '1970-01-01') + (n % 86_400)),
  };
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

/** Last guard: a UID met again (a task id the parser repeated) gets "~2", "~3" … in document order. */
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
