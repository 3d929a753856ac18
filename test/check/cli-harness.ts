// Runs the CLI in-process with a fake Io and keeps one snapshot file per
// invocation (command, exit code, stdout, stderr). Snapshots are rewritten only
// with UPDATE_SNAPSHOTS=1; otherwise a missing or different snapshot fails.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { captureIo } from '../cli/run.js';
import { main } from '../../src/cli/main.js';

export const TODAY = '2023-11-20';

export interface Invocation {
  argv: string[];
  code: number;
  stdout: string;
  stderr: string;
}

export async function invoke(argv: string[], env: Record<string, string | undefined> = {}): Promise<Invocation> {
  const { io, printed } = captureIo({ env, today: TODAY });
  const code = await main(argv, io);
  return { argv, code, ...printed() };
}

const SNAPSHOTS = fileURLToPath(new URL('../cli/snapshots/', import.meta.url));

/** Compare with (or, with UPDATE_SNAPSHOTS=1, write) test/cli/snapshots/<name>.md. */
export function matchSnapshot(name: string, run: Invocation, replace: Array<[string, string]> = [], env: Record<string, string> = {}): void {
  const clean = (s: string) => replace.reduce((acc, [from, to]) => acc.split(from).join(to), s);
  const envText = Object.entries(env).map(([k, v]) => `${k}=${v} `).join('');
  const body = [
    `# ${envText}cchc ${clean(run.argv.join(' '))}`,
    '',
    `exit code: ${run.code}`,
    '',
    '## stdout',
    '',
    '```',
    clean(run.stdout).replace(/\n$/, ''),
    '```',
    '',
    '## stderr',
    '',
    '```',
    clean(run.stderr).replace(/\n$/, ''),
    '```',
    '',
  ].join('\n');
  const file = join(SNAPSHOTS, `${name}.md`);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
    return;
  }
  if (!existsSync(file)) throw new Error(`No snapshot ${file}; run the tests with UPDATE_SNAPSHOTS=1 to create it.`);
  expect(body, `snapshot ${name}.md (UPDATE_SNAPSHOTS=1 rewrites it)`).toBe(readFileSync(file, 'utf8'));
}
