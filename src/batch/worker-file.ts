// Where the worker script is. In the CLI bundle, scripts/build.mjs defines
// __CCHC_WORKER__ and writes dist/worker.cjs beside dist/cli.cjs. Run from the
// TypeScript source (tests, tsrun), src/batch/worker.ts is bundled once per
// process with the project's esbuild into node_modules/.cache (so that pdf.js
// and iconv-lite resolve from there), named by its content: processes that
// build the same source share one file, and none is left per process.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { importExternal } from '../source/external.js';
import { sha256Hex } from '../text/sha256.js';

declare const __CCHC_WORKER__: string | undefined;

let built: string | null = null;

export async function workerFile(): Promise<string> {
  if (typeof __CCHC_WORKER__ !== 'undefined') return join(__dirname, __CCHC_WORKER__);
  if (built) return built;
  const root = projectRoot();
  const esbuild = await importExternal<typeof import('esbuild')>('esbuild');
  const result = esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: ['src/batch/worker.ts'],
    outfile: 'worker.cjs',
    write: false,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    external: ['pdfjs-dist', 'pdfjs-dist/*', 'iconv-lite'],
  });
  const code = result.outputFiles[0].contents;
  const dir = join(root, 'node_modules/.cache/cchc-worker');
  const out = join(dir, `worker-${sha256Hex(code).slice(0, 16)}.cjs`);
  if (!existsSync(out)) {
    mkdirSync(dir, { recursive: true });
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, out); // atomic: another process building the same source writes the same bytes
  }
  built = out;
  return out;
}

function projectRoot(): string {
  for (let d = resolve(process.cwd()); ; d = dirname(d)) {
    if (existsSync(join(d, 'src/batch/worker.ts'))) return d;
    if (dirname(d) === d) throw new Error('src/batch/worker.ts not found (run from the project, or use the built CLI)');
  }
}
