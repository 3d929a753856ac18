// The expected-result file: a CchcDocument without what legitimately differs
// between the formats of one document (`source`, every `position`), written
// with sorted keys so that a rewrite only shows real changes in a git diff.
import { basename, dirname, extname, join } from 'node:path';
import type { CchcDocument } from '../model/schema.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const IGNORED_KEYS = new Set(['position']);

/** Strip `source` and positions; sort keys. Never mutates its input. */
export function toExpected(doc: CchcDocument | Record<string, unknown>): Json {
  const { source: _source, ...rest } = doc as Record<string, unknown>;
  return canonical(rest);
}

function canonical(v: unknown): Json {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object') {
    const out: { [key: string]: Json } = {};
    for (const k of Object.keys(v).sort()) {
      if (IGNORED_KEYS.has(k)) continue;
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = canonical(x);
    }
    return out;
  }
  if (v === undefined) return null;
  return v as Json;
}

export function serializeExpected(doc: CchcDocument | Record<string, unknown>): string {
  return `${JSON.stringify(toExpected(doc), null, 2)}\n`;
}

/** NAME.txt, NAME.md, NAME.docx and NAME.pdf share NAME.expected.json. */
export function expectedPathFor(documentPath: string): string {
  return join(dirname(documentPath), `${documentName(documentPath)}.expected.json`);
}

/**
 * NAME.pdf.expected.json: a known deviation of one format from the shared result,
 * recorded by `--update` so that it is reviewed in git rather than hidden. Each
 * one is a reader or pipeline bug to fix; it disappears when the format agrees again.
 */
export function formatExpectedPathFor(documentPath: string): string {
  const ext = extname(documentPath).toLowerCase().replace(/^\./, '');
  return join(dirname(documentPath), `${documentName(documentPath)}.${ext}.expected.json`);
}

export function documentName(documentPath: string): string {
  const base = basename(documentPath);
  return base.slice(0, base.length - extname(base).length);
}

/** Which format an --update takes the expected result from: text first. */
export const UPDATE_PREFERENCE = ['.txt', '.md', '.docx', '.pdf'];
