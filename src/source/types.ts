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
  /** Encoding detected for text input: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1258, tcvn3, or tcvn3-in-… (TCVN3 letters left in Unicode text); null for .docx and .pdf. */
  encoding: string | null;
}

/** Error codes for unusable input; the CLI turns each into one sentence (cli/messages.ts). */
export type InputErrorCode =
  | 'not-found'
  | 'is-directory'
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
