import type { Io } from '../io.js';
// TODO(issue 6)
export async function runCheck(_paths: string[], _opts: Record<string, unknown>, io: Io): Promise<number> {
  io.stderr('cchc check: chưa có / not implemented yet\n');
  return 2;
}
