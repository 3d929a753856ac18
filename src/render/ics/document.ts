// What the calendar says about a source document, and the dates it implies.
import type { CchcDocument } from '../../model/schema.js';
import { documentIdentity, shortId } from '../../register/identity.js';
import { stripDiacritics, toneKey } from '../../text/normalize.js';
import type { Lang } from '../types.js';
import { icsLabels, showDate } from './labels.js';

/** ASCII, lower case, dashes: "1801/UBND-NV" → "1801-ubnd-nv". */
export function slug(s: string): string {
  return stripDiacritics(toneKey(s)).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
}

function year(doc: CchcDocument): number | null {
  return doc.document.date ? Number(doc.document.date.slice(0, 4)) : doc.document.year;
}

/**
 * The document part of every UID (see uid.ts): "97-kh-ubnd-2024-1a2b3c4d5e", a
 * readable slug and year, then a short hash of documentIdentity (number, issuer
 * and year; else issuer, type and subject), so the .md, .docx and .pdf of one
 * document — or a corrected draft — give the same UIDs. Only a document with
 * none of these falls back to its bytes.
 */
export function docKey(doc: CchcDocument): string {
  const identity = documentIdentity(doc);
  if (identity.startsWith('s|')) return `sha-${doc.source.sha256.slice(0, 16)}`;
  const h = doc.document;
  return `${slug(h.number ?? h.symbol ?? h.type ?? 'doc') || 'doc'}-${year(doc) ?? 'x'}-${shortId([identity], 10)}`;
}

/** Short name of a document: its number, else its subject, else its file name. */
export function docLabel(doc: CchcDocument): string {
  const h = doc.document;
  if (h.number) return h.number;
  if (h.subject) return shorten(h.subject.replace(/^V\/v\s*/i, ''), 8);
  return doc.source.path.split(/[\\/]/).pop() ?? doc.source.path;
}

/** "1801/UBND-NV ngày 06/11/2023 của UBND … – V/v …" */
export function docLine(doc: CchcDocument, lang: Lang): string {
  const L = icsLabels(lang);
  const h = doc.document;
  const parts = [h.type, h.number].filter(Boolean).join(' ') || docLabel(doc);
  const when = h.date ? ` ${L.dated} ${showDate(h.date, lang)}` : h.year ? ` (${L.year} ${h.year})` : '';
  const who = h.issuer ? ` – ${h.issuer}` : '';
  const what = h.subject ? ` – ${h.subject}` : '';
  return `${parts}${when}${who}${what}`;
}

/**
 * Where recurrences start: the issue date. When the day is left blank (a draft
 * "ngày … tháng 11 năm 2023"), 1 January of its year, moved up to the latest
 * document it cites from that year: a document is issued on or after
 * everything it cites, so no instance lands before the document existed.
 */
export function issueAnchor(doc: CchcDocument): string | null {
  if (doc.document.date) return doc.document.date;
  const y = year(doc);
  if (!y) return null;
  const cited = doc.references.map((r) => r.date).filter((d): d is string => d !== null && d.startsWith(`${y}-`));
  return [`${y}-01-01`, ...cited].sort().at(-1)!;
}

/** The day a revision stamp is placed in (see uid.ts): the issue date, else 1 January. */
export function revisionDay(doc: CchcDocument): string | null {
  const y = year(doc);
  return doc.document.date ?? (y ? `${y}-01-01` : null);
}

/**
 * The last day of the period the document governs: the latest year its subject
 * names (a plan "giai đoạn 2026-2030", a "kế hoạch năm 2024" issued in 2023),
 * never before the issue year; else the issue year. 31 December of that year.
 */
export function periodEnd(doc: CchcDocument): string | null {
  const y = year(doc);
  if (y === null) return null;
  const named = [...(doc.document.subject ?? '').matchAll(/(?<!\d)(19|20)\d\d(?!\d)/g)].map((m) => Number(m[0]));
  return `${Math.max(y, ...named.filter((n) => n <= y + 10))}-12-31`;
}

/** The first `words` words, with "…" when cut. */
export function shorten(text: string, words: number): string {
  const all = text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().split(' ');
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`;
}

/** "II. Title" of the task's section, or the section id alone, or null. */
export function sectionLabel(doc: CchcDocument, section: string | null): string | null {
  if (!section) return null;
  const s = doc.sections.find((x) => x.id === section);
  if (!s || !s.title) return section;
  return s.title.startsWith(s.id) ? s.title : `${s.id}. ${s.title}`;
}
