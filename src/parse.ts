// The library's front door: a file (or its bytes) in, a validated CchcDocument out.
import { CchcDocument, SCHEMA_VERSION } from './model/schema.js';
import { readSourceBytes, readSourceFile, type SourceText } from './source/index.js';
import { runPipeline } from './stages/pipeline.js';
import { nfc } from './text/normalize.js';
import { sha256Hex } from './text/sha256.js';
import type { Lang } from './render/types.js';

export interface ParseOptions {
  /** Language of diagnostic messages. */
  lang?: Lang;
  /** Path recorded in `source.path` (defaults to the path read). */
  displayPath?: string;
}

export async function parseFile(path: string, opts: ParseOptions = {}): Promise<CchcDocument> {
  const { source, bytes } = await readSourceFile(path);
  return parseSource(source, bytes, opts.displayPath ?? path, opts);
}

export async function parseBytes(bytes: Uint8Array, path: string, opts: ParseOptions = {}): Promise<CchcDocument> {
  const source = await readSourceBytes(bytes, path);
  return parseSource(source, bytes, opts.displayPath ?? path, opts);
}

/** Parse text already in memory (as a .txt with **bold** markup). */
export function parseText(text: string, opts: ParseOptions & { path?: string } = {}): CchcDocument {
  const bytes = new TextEncoder().encode(text);
  const source: SourceText = { text: nfc(text).replace(/\r\n?/g, '\n'), format: 'txt', encoding: 'utf-8' };
  return parseSource(source, bytes, opts.path ?? '<text>', opts);
}

export function parseSource(source: SourceText, bytes: Uint8Array, path: string, opts: ParseOptions = {}): CchcDocument {
  const body = runPipeline(source.text, { lang: opts.lang ?? 'vi', tables: source.tables });
  const doc: CchcDocument = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path,
      format: source.format,
      sha256: sha256Hex(bytes),
      encoding: source.encoding,
    },
    ...body,
  };
  return doc;
}

/** Validate with zod before anything is printed; a failure is a bug in cchc, not in the input. */
export function validateDocument(doc: unknown): CchcDocument {
  return CchcDocument.parse(doc);
}
