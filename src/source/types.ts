import type { SourceFormat } from '../model/schema.js';

/**
 * What every reader produces: the document as text in the same shape as the
 * corpus `.txt` files — paragraphs separated by blank lines, `**bold**` around
 * bold runs, table cells as their own paragraphs in reading order — so that one
 * pipeline serves every format and a deadline found in a .txt is found, with
 * the same bold flag, in its .docx and .pdf.
 */
export interface SourceText {
  text: string;
  format: SourceFormat;
  /**
   * The data tables of the document (a row per task, a column per role), as
   * ranges of `text`: the tree's table → row → cell, with merged cells. The
   * .docx and .pdf readers report what their format knows (gridSpan, vMerge, a
   * grid of columns); for .txt/.md the tables are rebuilt from the text
   * (source/text-tables.ts). Omitted: rebuilt from the text by the pipeline.
   */
  tables?: SourceTable[];
  /** Encoding detected for text input: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1258, tcvn3, or tcvn3-in-… (TCVN3 letters left in Unicode text); null for .docx and .pdf. */
  encoding: string | null;
}

/** Error codes for unusable input; the CLI turns each into one sentence (cli/messages.ts). */
export type InputErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'not-a-file'
  | 'empty'
  | 'unreadable'
  | 'unsupported-format'
  | 'not-docx'
  | 'damaged-docx'
  | 'legacy-doc'
  | 'docx-encrypted'
  | 'too-large'
  | 'pdf-encrypted'
  | 'pdf-no-text'
  | 'damaged-pdf'
  | 'unknown-encoding';

/** Thrown only when an input cannot be used at all (vfile's `fail`). */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly path: string,
    readonly detail?: string,
  ) {
    super(`${code}: ${path}${detail ? ` (${detail})` : ''}`);
    this.name = 'InputError';
  }
}

/** A cell: a range of the source text, [start, end), and how many grid columns and rows it covers. */
export interface SourceCell {
  start: number;
  end: number;
  colSpan: number;
  rowSpan: number;
}

export interface SourceRow {
  cells: SourceCell[];
}

/** A table of the document tree; offsets are in SourceText.text (table → rows → cells, as in mdast and pandoc). */
export interface SourceTable {
  start: number;
  end: number;
  rows: SourceRow[];
}
