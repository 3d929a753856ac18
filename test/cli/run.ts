// Runs the CLI in-process with an injected Io and returns what it printed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export interface RunOptions {
  tty?: boolean;
  env?: Record<string, string | undefined>;
  stdin?: Uint8Array | string;
  /** The day the commands take as today (default 2023-11-25). */
  today?: string;
}

/** An Io that keeps what the command prints; `printed()` gives it back. */
export function captureIo(opts: RunOptions = {}): { io: Io; printed: () => { stdout: string; stderr: string } } {
  let stdout = '';
  let stderr = '';
  // Bytes as printed: a BOM at the start of a piece (CSV) is kept, not taken for a marker.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const io: Io = {
    stdout: (s) => {
      stdout += typeof s === 'string' ? s : decoder.decode(s, { stream: true });
    },
    stderr: (s) => {
      stderr += s;
    },
    stdoutIsTTY: opts.tty ?? false,
    stderrIsTTY: false,
    env: opts.env ?? {},
    cwd: process.cwd(),
    today: () => opts.today ?? '2023-11-25',
    readStdin: async () => (typeof opts.stdin === 'string' ? new TextEncoder().encode(opts.stdin) : (opts.stdin ?? new Uint8Array())),
  };
  return { io, printed: () => ({ stdout, stderr }) };
}

export async function run(args: string[], opts: RunOptions = {}) {
  const { io, printed } = captureIo(opts);
  const code = await main(args, io);
  return { code, ...printed() };
}

/** A temporary folder, removed when the test that made it ends (call it inside a test). */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'cchc-test-'));
  onTestFinished(() => rmSync(d, { recursive: true, force: true }));
  return d;
}
