// What one document of a batch comes to: its rendered piece of the output, or an
// error record that takes its place in the stream. A batch never stops for one
// document; the error says which file and why.
import * as z from 'zod/mini';
import type { CchcDocument } from '../model/schema.js';

/** Why a document gave no result: an input error code (not-found, empty …) or one of the batch's own. */
export type FailureCode = string;

export interface Done {
  ok: true;
  index: number;
  /**
   * The document's piece of the output (json, jsonl, csv); absent when the main
   * thread renders (ics, table). From a worker thread it comes as UTF-8 bytes, in
   * slices (worker.ts).
   */
  chunk?: string | Uint8Array[];
  /** The document itself, for the renderers that need every document (ics, table). */
  doc?: CchcDocument;
  /** Deadlines in the output (after --unit/--from/--to). */
  deadlines: number;
  bytes: number;
}

export interface Failed {
  ok: false;
  index: number;
  path: string;
  code: FailureCode;
  /** One sentence in the run's language, naming the file. */
  message: string;
  /** CCHC_DEBUG: the stack, for stderr only. */
  stack?: string;
  bytes: number;
}

export type Outcome = Done | Failed;

/** `{ "source": { "path" }, "error": { "code", "message" } }`: an error record in a JSON or JSONL stream. */
export const ErrorRecord = z.object({
  source: z.object({ path: z.string() }),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorRecord = z.infer<typeof ErrorRecord>;

export function errorRecord(f: Pick<Failed, 'path' | 'code' | 'message'>): ErrorRecord {
  return { source: { path: f.path }, error: { code: f.code, message: f.message } };
}

/** A zod failure as "tasks.3.deadlines.0.due: expected string": the field, never the whole dump. */
export function fieldOfIssue(err: unknown): string | null {
  const issues = (err as { issues?: Array<{ path?: PropertyKey[]; message?: string }> }).issues;
  if (!Array.isArray(issues) || issues.length === 0) return null;
  const first = issues[0];
  const where = (first.path ?? []).map(String).join('.') || '(document)';
  return `${where}: ${first.message ?? 'invalid'}${issues.length > 1 ? ` (+${issues.length - 1})` : ''}`;
}
