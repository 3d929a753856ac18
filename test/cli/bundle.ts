// A fresh launcher + bundle of the current source in a temporary folder, built
// the way scripts/build.mjs builds dist/cli.cjs, so that launcher tests run what
// is in src/ (not a stale dist/) and never delete or rewrite dist/ while others
// work. Removed with the folder by the caller.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface Install {
  /** The folder holding bin/ and dist/. */
  home: string;
  /** bin/cchc.js inside it. */
  bin: string;
  remove: () => void;
}

export async function installBundle(prefix = 'cchc-launcher-'): Promise<Install> {
  const home = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(home, 'bin'));
  for (const f of ['cchc.js', 'package.json']) copyFileSync(join(ROOT, 'bin', f), join(home, 'bin', f));
  const remove = () => rmSync(home, { recursive: true, force: true });
  try {
    await bundle(home);
  } catch (err) {
    remove(); // a source that does not build leaves no folder behind
    throw err;
  }
  return { home, bin: join(home, 'bin/cchc.js'), remove };
}

async function bundle(home: string): Promise<void> {
  const options = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
    external: ['pdfjs-dist', 'pdfjs-dist/*', 'iconv-lite', 'better-sqlite3'],
    plugins: [
      {
        name: 'no-child-process',
        setup(b) {
          b.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: join(ROOT, 'scripts/stubs/child-process.cjs') }));
        },
      },
    ],
  } satisfies Parameters<typeof build>[0];
  // As scripts/build.mjs: the CLI, and the worker of the batch pool beside it.
  await build({ ...options, entryPoints: ['src/cli/entry.ts'], outfile: join(home, 'dist/cli.cjs'), define: { __CCHC_WORKER__: '"worker.cjs"' } });
  await build({ ...options, entryPoints: ['src/batch/worker.ts'], outfile: join(home, 'dist/worker.cjs') });
}
