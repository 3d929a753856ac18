// Identity of documents and deadlines across versions, derived from what the
// text says and never from positions or file bytes: editing a paragraph above
// a task, re-saving a .docx as .pdf, or renumbering sections keeps every
// deadline's identity; changing a deadline's words or its task's text gives a
// new one. The register carries completion status over by these keys, and the
// calendar UIDs (issue #12) can be built from the same functions.
import type { CchcDocument, Deadline, Task } from '../model/schema.js';
import { squash, stripDiacritics, toneKey } from '../text/normalize.js';
import { sha256, sha256Hex } from '../text/sha256.js';

/** Comparison form of free text: NFC, lower case, new-style tones, bold markup and spacing ignored. */
export function normalText(s: string): string {
  return squash(toneKey(s.replace(/\*\*/g, '')).replace(/[“”"]/g, '"'));
}

/** "1801/UBND-NV", "1801 /UBND–NV" and "1801/ubnd-nv" are one number. */
function normalNumber(s: string): string {
  return stripDiacritics(toneKey(s)).replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, '');
}

/** The year a document belongs to (numbers restart each year). */
function docYear(doc: CchcDocument): number | null {
  return doc.document.date ? Number(doc.document.date.slice(0, 4)) : doc.document.year;
}

/**
 * What makes two files versions of one document: the same number from the same
 * issuer (in the same year); for an unnumbered draft, the same issuer, type and
 * subject; with none of these, the bytes themselves.
 */
export function documentIdentity(doc: CchcDocument): string {
  const h = doc.document;
  const issuer = normalText(h.issuer ?? '');
  if (h.number) return `n|${issuer}|${normalNumber(h.number)}|${docYear(doc) ?? ''}`;
  if (h.subject || h.issuer) return `u|${issuer}|${normalText(h.type ?? '')}|${normalText((h.subject ?? '').replace(/^V\/v\s*/i, ''))}`;
  return `s|${doc.source.sha256}`;
}

/** Task text as a key: list markers and bold gone, normalised. */
export function taskText(task: Pick<Task, 'text'>): string {
  return normalText(task.text.replace(/^\s*(?:[-–•+*]\s+|(?:\(?[0-9]{1,2}|[a-zđ])[.)]\s+)+/iu, ''));
}

/** The identity of one deadline of a document, before duplicates are told apart. */
export function deadlineBasis(
  docIdentity: string,
  task: Pick<Task, 'text'>,
  deadline: Pick<Deadline, 'kind' | 'text'>,
  taskDigest = sha256Hex(taskText(task)),
): string {
  return sha256Hex(JSON.stringify([docIdentity, taskDigest, deadline.kind, normalText(deadline.text)]));
}

/**
 * Keys of every deadline of the document, task by task in document order. The
 * same words twice in the same task text (a table that repeats a row) get
 * "~2", "~3" … in order, so each still has its own key.
 */
export function deadlineKeys(doc: CchcDocument, docIdentity = documentIdentity(doc)): string[][] {
  const seen = new Map<string, number>();
  return doc.tasks.map((task) => {
    // The task's text is normalised and hashed once, not once per deadline (a paragraph may hold thousands).
    const taskDigest = sha256Hex(taskText(task));
    return task.deadlines.map((d) => {
      const basis = deadlineBasis(docIdentity, task, d, taskDigest);
      const n = (seen.get(basis) ?? 0) + 1;
      seen.set(basis, n);
      return n === 1 ? basis.slice(0, 32) : `${basis.slice(0, 32)}~${n}`;
    });
  });
}

// Crockford's base 32 in lower case: no i, l, o, u, so a short id read aloud or typed is not misread.
const B32 = '0123456789abcdefghjkmnpqrstvwxyz';

/** A short id of `length` base-32 characters from a hash of the parts. */
export function shortId(parts: readonly string[], length: number): string {
  const digest = sha256(parts.join('\u0000'));
  let out = '';
  for (let i = 0; out.length < length; i++) out += B32[digest[i] & 31];
  return out;
}

/** The id shown for one occurrence of a deadline (its due day, '' for an undated one). */
export function occurrenceId(deadlineKey: string, day: string | null): string {
  return shortId([deadlineKey, day ?? ''], 7);
}

/** The short id of a document, shown by `cchc list`. */
export function documentId(identity: string): string {
  return shortId([identity], 8);
}
