// Reading one input the user named: a file, or standard input for "-".
import { MAX_INPUT_BYTES, readSourceBytes, readSourceFile, type SourceText } from '../source/index.js';
import { InputError } from '../source/types.js';
import type { Io } from './io.js';

/** "-" as an input means standard input (a file named "-" is `./-`). */
export const STDIN = '-';

/** The name standard input goes by in `source.path` and in sentences. */
export const STDIN_NAME = '<stdin>';

export function shownName(path: string): string {
  return path === STDIN ? STDIN_NAME : path;
}

/** The source text and bytes of an input; an InputError when it cannot be used. */
export async function readInput(path: string, io: Io): Promise<{ source: SourceText; bytes: Uint8Array }> {
  if (path !== STDIN) return readSourceFile(path);
  if (!io.readStdin) throw new InputError('unreadable', STDIN_NAME);
  let bytes: Uint8Array;
  try {
    bytes = await io.readStdin(MAX_INPUT_BYTES);
  } catch {
    throw new InputError('unreadable', STDIN_NAME);
  }
  // The same byte limit as for a file: a pipe from /dev/zero stops here.
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError('too-large', STDIN_NAME);
  return { source: await readSourceBytes(bytes, STDIN_NAME), bytes };
}
