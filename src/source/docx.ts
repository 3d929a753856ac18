// .docx reader (mammoth). TODO(issue 4).
import { InputError, type SourceText } from './types.js';

export async function readDocx(_bytes: Uint8Array, path: string): Promise<SourceText> {
  throw new InputError('unsupported-format', path, 'docx reader not implemented yet');
}
