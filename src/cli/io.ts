// The outside world as the commands see it, injected so that tests can run a
// command in-process and read what it printed.
export interface Io {
  stdout: (s: string | Uint8Array) => void;
  stderr: (s: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Today's date (ISO) in Asia/Ho_Chi_Minh, unless --today says otherwise. */
  today: () => string;
}

export function processIo(): Io {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    today: () => todayInVietnam(new Date()),
  };
}

export function todayInVietnam(now: Date): string {
  // Vietnam has no daylight saving time: UTC+7 all year.
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Exit codes: one pure table, one place that exits (bin/cchc.js). */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
