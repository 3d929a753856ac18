// Bundles the CLI and the measurement scripts into dist/ with esbuild.
// One bundle starts much faster than hundreds of ESM files (cold start is a
// measured bar: `npm run bench`); lazily imported commands and renderers become
// their own chunks, and the heavy readers' libraries stay in node_modules.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';

const candidates = {
  cli: 'src/cli/entry.ts',
  eval: 'scripts/eval.ts',
  bench: 'scripts/bench.ts',
  'bench-grammar': 'scripts/bench-grammar.ts',
};
const entryPoints = Object.fromEntries(Object.entries(candidates).filter(([, p]) => existsSync(p)));

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  // The grammar picks chrono's parsers by class name (grammar/index.ts).
  keepNames: true,
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'iconv-lite'],
  // CommonJS dependencies (commander, cli-table3) call require() for Node built-ins.
  banner: { js: "import { createRequire as __cchcRequire } from 'node:module'; const require = __cchcRequire(import.meta.url);" },
});
