// Bundles the CLI and the measurement scripts into dist/ with esbuild.
// One bundle starts much faster than hundreds of ESM files (cold start is a
// measured bar: `npm run bench`). The CLI is one CommonJS file that bin/cchc.js
// runs as a vm.Script with V8's code cache (Node 20 has no module compile
// cache); lazily imported commands, readers and renderers stay lazy inside it.
// pdf.js and iconv-lite stay in node_modules and load only when needed.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { inlineLettersPlugin } from './inline-letters.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'iconv-lite', 'better-sqlite3'],
};

rmSync('dist', { recursive: true, force: true });

// Minified: less to read and hash at every start (CCHC_DEBUG stack traces name minified functions).
const noChildProcess = {
  name: 'no-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: new URL('./stubs/child-process.cjs', import.meta.url).pathname }));
  },
};
const inlineLetters = await inlineLettersPlugin();
await build({
  ...common,
  entryPoints: ['src/cli/entry.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  minify: true,
  plugins: [noChildProcess, inlineLetters],
  // The worker threads of a batch run dist/worker.cjs, found beside the bundle (src/batch/worker-file.ts).
  define: { __CCHC_WORKER__: '"worker.cjs"' },
});
// The worker of the batch pool: its own entry, loaded by worker threads only
// (one file or a small folder never starts one, so cold start does not pay for it).
await build({
  ...common,
  entryPoints: ['src/batch/worker.ts'],
  outfile: 'dist/worker.cjs',
  format: 'cjs',
  minify: true,
  plugins: [noChildProcess, inlineLetters],
});

// bin/cchc.js stores V8's code cache after its first run, with the functions that run
// compiled: a first run on a .txt left the .pdf and .docx readers out, to be compiled
// again at every later start. One run here on the seed in each format puts every reader
// in it, whatever a user's first document (the .pdf's cold start: 3% less).
const seed = 'fixtures/tuy-phuoc-cchc-2023';
const warmInputs = ['txt', 'docx', 'pdf'].map((ext) => `${seed}.${ext}`).filter((f) => existsSync(f));
if (warmInputs.length) {
  const warm = spawnSync(process.execPath, ['bin/cchc.js', 'parse', ...warmInputs, '--format', 'json'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (warm.status !== 0) console.warn(`build: warming the code cache exited ${warm.status} (the first run will store it instead)`);
}

const scripts = Object.fromEntries(
  Object.entries({ eval: 'scripts/eval.ts', bench: 'scripts/bench.ts', 'bench-grammar': 'scripts/bench-grammar.ts' }).filter(([, p]) => existsSync(p)),
);
await build({
  ...common,
  entryPoints: scripts,
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (commander, cli-table3) call require() for Node built-ins.
  banner: { js: "import { createRequire as __cchcRequire } from 'node:module'; const require = __cchcRequire(import.meta.url);" },
});
