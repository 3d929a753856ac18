// The outside world as the commands see it, injected so that tests can run a
// command in-process and read what it printed.
import { fstatSync, writeSync } from 'node:fs';
import { builtin } from '../builtins.js';

export interface Io {
  stdout: (s: string | Uint8Array) => void;
  stderr: (s: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Terminal width, when stdout is a terminal. */
  stdoutColumns?: number;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Today's date (ISO) in Asia/Ho_Chi_Minh, unless --today says otherwise. */
  today: () => string;
  /** All of standard input (`-` as an input), at most `limit` bytes + 1 so that too much is noticed. */
  readStdin?: (limit: number) => Promise<Uint8Array>;
  /** True once the reader of stdout went away (`| head`): a long batch then stops instead of parsing on for nobody. */
  stdoutClosed?: () => boolean;
}

/**
 * The real process. Node builds process.stdout and process.stderr (a stream, a
 * socket for a pipe) on first touch, 2–3 ms of a ~50 ms run: output goes to file
 * descriptors 1 and 2 directly, terminals are recognised with isatty(), and the
 * streams are touched only for a terminal's width. Building the stdout socket
 * also turns a pipe non-blocking, which is how `| head` once met an EPIPE with
 * nobody listening (a stack trace).
 */
export function processIo(): Io {
  return {
    stdout: (s) => writeFd(STDOUT, s),
    stderr: (s) => writeFd(STDERR, s),
    get stdoutIsTTY() {
      return isatty(1);
    },
    get stderrIsTTY() {
      return isatty(2);
    },
    get stdoutColumns() {
      return isatty(1) ? process.stdout.columns : undefined;
    },
    env: process.env,
    cwd: process.cwd(),
    today: () => todayInVietnam(new Date()),
    readStdin,
    stdoutClosed: () => STDOUT.closed,
  };
}

let tty: typeof import('node:tty') | undefined;

function isatty(fd: number): boolean {
  // A terminal is a character device: a file or a pipe (`cchc parse x.txt | jq`) is told
  // apart with one fstat, and node:tty is loaded only to ask about a device.
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  tty ??= builtin<typeof import('node:tty')>('node:tty');
  return tty.isatty(fd);
}

/** os.availableParallelism(), with node:os loaded only here. */
export function availableCores(): number {
  return builtin<typeof import('node:os')>('node:os').availableParallelism();
}

interface Output {
  fd: 1 | 2;
  stream: () => NodeJS.WriteStream;
  viaStream: boolean;
  closed: boolean;
}

const STDOUT: Output = { fd: 1, stream: () => process.stdout, viaStream: false, closed: false };
const STDERR: Output = { fd: 2, stream: () => process.stderr, viaStream: false, closed: false };

/**
 * Synchronous writes to the descriptor, whole. A non-blocking pipe that is full
 * (EAGAIN) hands the rest, and everything after it, to the process stream, which
 * waits; a reader that went away (EPIPE: `cchc parse … | head`), now or later,
 * ends that output quietly.
 */
function writeFd(out: Output, s: string | Uint8Array): void {
  if (out.closed) return;
  if (!out.viaStream) {
    const bytes = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(out.fd, bytes, done, bytes.length - done);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        out.closed = true;
        return;
      }
      if (code !== 'EAGAIN') throw err;
      out.viaStream = true;
      // The stream reports a reader gone away as an 'error' event: without a
      // listener that is an uncaught exception and a stack trace.
      out.stream().on('error', () => {
        out.closed = true;
      });
      s = bytes.subarray(done);
    }
  }
  out.stream().write(s);
}

/** Standard input, whole, but never more than limit + 1 bytes (the caller then refuses it). */
async function readStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > limit) break;
  }
  process.stdin.destroy();
  return new Uint8Array(Buffer.concat(chunks).subarray(0, limit + 1));
}

export function todayInVietnam(now: Date): string {
  // Vietnam has no daylight saving time: UTC+7 all year.
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Exit codes: one pure table, one place that exits (bin/cchc.js). */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
