// .pdf reader (pdfjs-dist legacy build). TODO(issue 4).
import { InputError, type SourceText } from './types.js';

export async function readPdf(_bytes: Uint8Array, path: string): Promise<SourceText> {
  throw new InputError('unsupported-format', path, 'pdf reader not implemented yet');
}
