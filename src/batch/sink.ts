// Where a streamed output goes, piece by piece: standard output, a device or
// FIFO, or a regular file written to a temporary file beside it and renamed
// over it at the end (so an -o file is complete or untouched, as before).
import { chmodSync, chownSync, closeSync, fstatSync, openSync, renameSync, rmSync, writeSync, constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OutputTarget } from '../cli/write.js';
import type { Io } from '../cli/io.js';
import { release } from './release.js';

/** The output could not be written (ENOSPC, EACCES …): said in one sentence by the caller. */
export class SinkError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export interface Sink {
  /** Text, or UTF-8 bytes (a worker thread's piece). */
  write(s: string | Uint8Array): void;
  /** Flushes and, for a file, renames it into place. Throws the system error when that fails. */
  close(): void;
  /** Drops a half-written file. */
  abort(): void;
}

/** Small pieces are gathered to this size before a write (one system call per ~64 KB). */
const FLUSH_AT = 64 * 1024;

export function openSink(target: OutputTarget | null, io: Io): Sink {
  try {
    return guarded(open(target, io));
  } catch (err) {
    throw asSinkError(err);
  }
}

function asSinkError(err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  return typeof code === 'string' && !(err instanceof SinkError) ? new SinkError(code) : err;
}

/** Every system error of the output becomes a SinkError: anything else (a bug) is not taken for one. */
function guarded(sink: Sink): Sink {
  const wrap = (f: () => void) => {
    try {
      f();
    } catch (err) {
      throw asSinkError(err);
    }
  };
  return {
    write: (s) => wrap(() => sink.write(s)),
    close: () => wrap(() => sink.close()),
    abort: () => {
      try {
        sink.abort();
      } catch {
        // already gone
      }
    },
  };
}

function open(target: OutputTarget | null, io: Io): Sink {
  if (!target || target.kind === 'stdout') return buffered((s) => io.stdout(s), () => {}, () => {});
  if (target.kind === 'stream') {
    const fd = openSync(target.path, constants.O_WRONLY);
    return buffered((s) => writeAll(fd, s), () => closeSync(fd), () => closeSync(fd), true);
  }
  const tmp = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.${Date.now()}.tmp`);
  // O_EXCL: never follow a symlink someone planted at the temporary name.
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, target.mode ?? 0o666);
  let open = true;
  const shut = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return buffered(
    (s) => writeAll(fd, s),
    () => {
      if (target.mode !== undefined) chmodSync(tmp, target.mode); // umask may have narrowed it
      if (target.uid !== undefined && target.gid !== undefined && fstatSync(fd).uid !== target.uid) {
        try {
          chownSync(tmp, target.uid, target.gid);
        } catch {
          // Only root may give a file away; an ordinary user's output is theirs.
        }
      }
      shut();
      renameSync(tmp, target.path);
    },
    () => {
      shut();
      rmSync(tmp, { force: true });
    },
    true,
  );
}

type Piece = string | Uint8Array;

/**
 * `written`: `put` has written a piece when it returns (a file or a device: writeSync), so a
 * worker's bytes are freed right after (release.ts). Standard output may queue a piece in a
 * stream (a pipe that said EAGAIN); its bytes are left to the collector.
 */
function buffered(put: (s: Piece) => void, finish: () => void, drop: () => void, written = false): Sink {
  const done = (pieces: Piece[]) => {
    if (written) release(pieces.filter((p): p is Uint8Array => typeof p !== 'string'));
  };
  let pending: Piece[] = [];
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    // One piece (a document's JSON is usually larger than FLUSH_AT) goes as it is: no join copy.
    const s = pending.length === 1 ? pending[0] : joined(pending);
    const sent = pending;
    pending = [];
    size = 0;
    put(s);
    // The joined copy too, when it has a buffer of its own.
    done(s === sent[0] ? sent : [...sent, s]);
  };
  return {
    write(s) {
      // A large piece goes as it is, after what is pending: joined to the small pieces
      // before it, it was copied once more, into a block of its size that the allocator
      // then kept (see nfc in text/normalize.ts).
      if (s.length >= FLUSH_AT) {
        flush();
        put(s);
        done([s]);
        return;
      }
      pending.push(s);
      size += s.length;
      if (size >= FLUSH_AT) flush();
    },
    close() {
      flush();
      finish();
    },
    abort() {
      pending = [];
      size = 0;
      drop();
    },
  };
}

/** Text stays text; among bytes, the text is encoded and all go as one buffer. */
function joined(pieces: Piece[]): Piece {
  if (pieces.every((p) => typeof p === 'string')) return pieces.join('');
  return Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
}

/** Written when it returns; text is encoded into a buffer freed right after (release.ts). */
function writeAll(fd: number, s: Piece): void {
  const bytes = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
  if (bytes !== s) release([bytes]);
}
