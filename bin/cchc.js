#!/usr/bin/env node
// The one place that exits. The CLI is bundled into dist/ by `npm run build`
// (run by `npm ci` through the prepare script).
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node ≥ 22.1 keeps compiled code between runs (start-up is a measured bar);
// on Node 20 this is absent and nothing changes.
module.enableCompileCache?.();

const bundle = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('cchc chưa được build: hãy chạy `npm ci` hoặc `npm run build`. / cchc is not built: run `npm ci` or `npm run build`.\n');
  process.exit(2);
}
const { run } = await import(bundle.href);
process.exitCode = await run(process.argv.slice(2));
