// One document, start to finish, the same whether a worker thread or the main
// thread runs it: read, parse, validate, filter, render its piece. Nothing here
// throws: every way a document can fail becomes a Failed outcome naming it.
import { statSync } from 'node:fs';
import type { CchcDocument } from '../model/schema.js';
import { parseSource, validateDocument } from '../parse.js';
import { filterDocuments, hasFilter } from '../render/filter.js';
import { selectEntries } from '../render/ics/select.js';
import type { Format } from '../render/index.js';
import type { RenderOptions } from '../render/types.js';
import { InputError } from '../source/types.js';
import { readInput, shownName } from '../cli/input.js';
import type { Io } from '../cli/io.js';
import { inputErrorMessage, message } from '../cli/messages.js';
import { fieldOfIssue, type Outcome } from './record.js';

export interface JobSpec {
  format: Format;
  render: RenderOptions;
  /** json: the document is one element of an array (else the whole output). */
  array: boolean;
  debug: boolean;
}

/** `beforeParse` hears the document's size once it is read, before the parse (the worker collects then). */
export async function runJob(index: number, path: string, spec: JobSpec, io?: Io, beforeParse?: (bytes: number) => void): Promise<Outcome> {
  const name = shownName(path);
  const lang = spec.render.lang;
  let bytes = 0;
  let doc: CchcDocument;
  try {
    const read = await readInput(path, io ?? noStdin);
    bytes = read.bytes.length;
    beforeParse?.(bytes);
    doc = parseSource(read.source, read.bytes, name, { lang });
  } catch (err) {
    bytes ||= sizeOf(path);
    if (err instanceof InputError) return fail(index, name, err.code, inputErrorMessage(err.code, name, lang), err, spec, bytes);
    return fail(index, name, 'internal', message('internal', lang, { path: name, detail: detailOf(err) }), err, spec, bytes);
  }
  try {
    doc = validateDocument(doc);
  } catch (err) {
    // A result that breaks the schema is a bug in cchc: the file and the field, never the whole dump.
    const field = fieldOfIssue(err) ?? detailOf(err);
    return fail(index, name, 'invalid-output', message('invalid-output', lang, { path: name, detail: field }), err, spec, bytes);
  }
  try {
    return { ok: true, index, bytes, ...(await piece(doc, spec)) };
  } catch (err) {
    return fail(index, name, 'internal', message('internal', lang, { path: name, detail: detailOf(err) }), err, spec, bytes);
  }
}

async function piece(doc: CchcDocument, spec: JobSpec): Promise<{ chunk?: string; doc?: CchcDocument; deadlines: number }> {
  const opts = spec.render;
  const deadlines = hasFilter(opts) ? selectEntries([doc], opts).length : doc.tasks.reduce((n, t) => n + t.deadlines.length, 0);
  switch (spec.format) {
    case 'json': {
      const { jsonElement, jsonObject } = await import('../render/json.js');
      const [kept] = filterDocuments([doc], opts);
      return { chunk: spec.array ? jsonElement(kept) : jsonObject(kept), deadlines };
    }
    case 'jsonl': {
      const { jsonlLine } = await import('../render/jsonl.js');
      return { chunk: jsonlLine(filterDocuments([doc], opts)[0]), deadlines };
    }
    case 'csv': {
      const { csvRows } = await import('../render/csv.js');
      return { chunk: csvRows(doc, opts), deadlines };
    }
    default:
      return { doc, deadlines };
  }
}

function fail(index: number, path: string, code: string, text: string, err: unknown, spec: JobSpec, bytes: number): Outcome {
  const stack = spec.debug && err instanceof Error ? err.stack : undefined;
  return { ok: false, index, path, code, message: text, stack, bytes };
}

function detailOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 200);
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

const noStdin = {} as Io;
