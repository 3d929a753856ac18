// Output files are written whole or not at all: write a temporary file next to
// the target, then rename it over the target (atomic on one file system).
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Lang } from '../render/types.js';
import type { Io } from './io.js';
import { message } from './messages.js';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Writes an output file whole, or says in one sentence why it could not; false then. */
export function writeOutput(path: string, data: string | Uint8Array, io: Io, lang: Lang): boolean {
  try {
    writeFileAtomic(path, data);
    return true;
  } catch (err) {
    io.stderr(`cchc: ${message('write-failed', lang, { path, detail: (err as NodeJS.ErrnoException).code ?? String(err) })}\n`);
    return false;
  }
}
