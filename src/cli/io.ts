// The outside world as the commands see it, injected so that tests can run a
// command in-process and read what it printed.
import { writeSync } from 'node:fs';

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
}

/**
 * The real process. Node builds process.stdout and process.stderr (a stream, a
 * socket for a pipe) on first touch, 2–3 ms of a ~50 ms run: output goes to file
 * descriptor 1 directly, and the streams are touched only when a question needs
 * them (is this a terminal? how wide?).
 */
export function processIo(): Io {
  return {
    stdout: writeStdout,
    stderr: (s) => process.stderr.write(s),
    get stdoutIsTTY() {
      return Boolean(process.stdout.isTTY);
    },
    get stderrIsTTY() {
      return Boolean(process.stderr.isTTY);
    },
    get stdoutColumns() {
      return process.stdout.columns;
    },
    env: process.env,
    cwd: process.cwd(),
    today: () => todayInVietnam(new Date()),
  };
}

let viaStream = false;
let closed = false;

/**
 * Synchronous writes to fd 1, whole. A non-blocking pipe that is full (EAGAIN)
 * hands the rest, and everything after it, to process.stdout, which waits; a
 * reader that went away (EPIPE: `cchc parse … | head`) ends the output quietly.
 */
function writeStdout(s: string | Uint8Array): void {
  if (closed) return;
  if (!viaStream) {
    const bytes = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(1, bytes, done, bytes.length - done);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        closed = true;
        return;
      }
      if (code !== 'EAGAIN') throw err;
      viaStream = true;
      s = bytes.subarray(done);
    }
  }
  process.stdout.write(s);
}

export function todayInVietnam(now: Date): string {
  // Vietnam has no daylight saving time: UTC+7 all year.
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Exit codes: one pure table, one place that exits (bin/cchc.js). */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
