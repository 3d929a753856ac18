// Output files are written whole or not at all, and never over a clerk's own
// documents. `-o PATH` is resolved first (symlinks followed to their target),
// then written the way that kind of file wants:
//   - "-"                          → standard output
//   - a character device or a FIFO → written straight through (/dev/null, /dev/stdout, a pipe)
//   - a regular file, or nothing   → a temporary file beside it renamed over it
//                                    (atomic on one file system), keeping its mode
//   - a directory, a socket, a read-only file, one of the command's inputs → refused
import { chmodSync, chownSync, closeSync, fstatSync, lstatSync, openSync, readlinkSync, renameSync, rmSync, statSync, writeSync, constants } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Lang } from '../render/types.js';
import type { Io } from './io.js';
import { message, type GeneralMessage } from './messages.js';

export type OutputTarget =
  | { kind: 'stdout' }
  | { kind: 'stream'; path: string }
  | { kind: 'file'; path: string; mode?: number; uid?: number; gid?: number };

export class OutputRefused extends Error {
  constructor(
    readonly reason: GeneralMessage,
    readonly path: string,
    readonly detail?: string,
  ) {
    super(reason);
  }
}

const MAX_LINKS = 40; // as the kernel's ELOOP limit

/** Follows a chain of symlinks, dangling or not, to the path that would be written. */
export function followLinks(path: string): string {
  let p = resolve(path);
  for (let i = 0; i < MAX_LINKS; i++) {
    let st;
    try {
      st = lstatSync(p);
    } catch {
      return p; // does not exist (yet): that is where the file will be made
    }
    if (!st.isSymbolicLink()) return p;
    p = resolve(dirname(p), readlinkSync(p));
  }
  throw new OutputRefused('write-failed', path, 'ELOOP');
}

function kindOf(path: string): 'stream' | 'socket' | null {
  try {
    const st = statSync(path);
    return st.isCharacterDevice() || st.isFIFO() ? 'stream' : st.isSocket() ? 'socket' : null;
  } catch {
    return null;
  }
}

/** Identity of a file as the kernel knows it (device + inode), or null when it does not exist. */
function identity(path: string): string | null {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

/**
 * Where `-o path` writes, or an OutputRefused saying why it must not. `inputs`
 * are every file the command reads; writing over one of them is refused whatever
 * name reaches it (`./a.txt`, a symlink, a hard link).
 */
export function resolveOutput(path: string, inputs: readonly string[]): OutputTarget {
  if (path === '-') return { kind: 'stdout' };
  // /dev/stdout, /dev/fd/N, /proc/self/fd/N name what a descriptor holds (a pipe, a
  // terminal) through links that lead to no path ("pipe:[123]"): asked directly, the
  // kernel says what is there, and a device or a FIFO is written through as it is.
  const direct = kindOf(path);
  if (direct === 'stream') return { kind: 'stream', path };
  // A socket (a process's standard output, often) cannot be opened by name at all.
  if (direct === 'socket') throw new OutputRefused('output-not-regular', path);
  const target = followLinks(path);
  let st;
  try {
    st = statSync(target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new OutputRefused('write-failed', path, code);
    return { kind: 'file', path: target };
  }
  if (st.isDirectory()) throw new OutputRefused('output-is-directory', path);
  if (st.isCharacterDevice() || st.isFIFO()) return { kind: 'stream', path: target };
  if (!st.isFile()) throw new OutputRefused('output-not-regular', path);
  const id = `${st.dev}:${st.ino}`;
  if (inputs.some((i) => identity(i) === id)) throw new OutputRefused('output-is-input', path);
  // A file nobody may write is one its owner meant to keep; root would be let through by the kernel.
  if ((st.mode & 0o222) === 0) throw new OutputRefused('output-read-only', path);
  return { kind: 'file', path: target, mode: st.mode & 0o7777, uid: st.uid, gid: st.gid };
}

/** Writes a regular file atomically: a temporary file beside it, renamed over it. */
export function writeFileAtomic(path: string, data: string | Uint8Array, keep: { mode?: number; uid?: number; gid?: number } = {}): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    // O_EXCL: never follow a symlink someone planted at the temporary name.
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, keep.mode ?? 0o666);
    try {
      writeAll(fd, bytes);
      if (keep.mode !== undefined) chmodSync(tmp, keep.mode); // umask may have narrowed it
      if (keep.uid !== undefined && keep.gid !== undefined && fstatSync(fd).uid !== keep.uid) {
        try {
          chownSync(tmp, keep.uid, keep.gid);
        } catch {
          // Only root may give a file away; an ordinary user's output is theirs.
        }
      }
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Writes to a character device or a FIFO as a shell redirection would: opened, written, closed. */
function writeStream(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, constants.O_WRONLY);
  try {
    writeAll(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

/** The target of `-o`, or null after saying in one sentence why it is refused. */
export function outputOrReport(path: string, inputs: readonly string[], io: Io, lang: Lang): OutputTarget | null {
  try {
    return resolveOutput(path, inputs);
  } catch (err) {
    if (!(err instanceof OutputRefused)) throw err;
    io.stderr(`cchc: ${message(err.reason, lang, { path, detail: err.detail })}\n`);
    return null;
  }
}

/** Writes an output whole, or says in one sentence why it could not; false then. */
export function writeOutput(target: OutputTarget, data: string | Uint8Array, io: Io, lang: Lang, shownPath: string): boolean {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  try {
    if (target.kind === 'stdout') io.stdout(bytes);
    else if (target.kind === 'stream') writeStream(target.path, bytes);
    else writeFileAtomic(target.path, bytes, target);
    return true;
  } catch (err) {
    io.stderr(`cchc: ${message('write-failed', lang, { path: shownPath, detail: (err as NodeJS.ErrnoException).code ?? String(err) })}\n`);
    return false;
  }
}
