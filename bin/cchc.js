#!/usr/bin/env node
// The one place that exits. The CLI is bundled into dist/cli.cjs by
// `npm run build` (run by `npm ci` through the prepare script).
//
// Start-up is a measured bar (≤ 2× `node -e 0`), so this launcher is CommonJS
// (bin/package.json: Node's ES module loader would cost ~6 ms to start) and runs
// the bundle as a vm.Script with V8's code cache, which Node 20 does not keep
// for modules: the first run stores the compiled code (after running, so the
// functions it used are in it) and later runs start from it. V8 rejects a cache
// that does not match the source, and it is then rebuilt.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const file = join(__dirname, '..', 'dist', 'cli.cjs');
let source;
try {
  source = readFileSync(file, 'utf8');
} catch {
  process.stderr.write('cchc chưa được build: hãy chạy `npm ci` hoặc `npm run build`. / cchc is not built: run `npm ci` or `npm run build`.\n');
  process.exit(2);
}

// Next to the bundle, or (a read-only install) in the temporary folder; one per
// Node version, since V8 rejects another version's cache.
const nextToBundle = `${file}.${process.version}.cache`;
const sourceLength = source.length;
const inTmp = () => join(require('node:os').tmpdir(), `cchc-${process.version}-${sourceLength}.cache`);
let cachedData;
for (const place of [nextToBundle, inTmp]) {
  try {
    cachedData = readFileSync(typeof place === 'string' ? place : place());
    break;
  } catch {
    // not there yet
  }
}

// V8 first compiles a regular expression to bytecode, interprets it once, and
// compiles it again to machine code on its second use. A parse runs each of its
// few hundred patterns many times, so in a short-lived process that first step is
// pure cost (~10 ms of a ~50 ms run); compile straight to machine code. The flag
// is read each time a pattern is compiled, so setting it here is enough.
const v8 = require('node:v8');
v8.setFlagsFromString('--no-regexp-tier-up');
// The optimizing compiler (TurboFan) runs beside the parse and, on a batch, took
// ~1 s of CPU for 2.4 s of work: each hot function recompiled with every callee
// inlined, again after each deoptimization. Inlining less (a tenth of V8's
// cumulative budget) and optimizing a function only after four times V8's
// budget of executed bytecode cut CPU by 12–16% for the same output; a worker
// pool on two cores gains most, since compiling competed with the workers.
// Measured with `npm run bench` (stress batch, whole archive); the flags are
// the process's, so the pool's worker threads run with them too. Only on V8 11
// (Node 20), where they were measured: V8 12 and later tier up by invocation
// counts and Maglev, and reject --interrupt-budget (an error line on stderr).
if (process.versions.v8.startsWith('11.')) {
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');
  v8.setFlagsFromString('--interrupt-budget=270336');
}

// pdf.js and iconv-lite are imported from here: a vm.Script cannot import() on Node 20.
globalThis.__cchcImport = (specifier) => import(specifier);
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
// The script keeps its own (wrapped) copy of the 1 MB source for lazy compilation; drop ours.
source = undefined;
const bundle = { exports: {} };
script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, dirname(file));

bundle.exports.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (cachedData !== undefined && !script.cachedDataRejected) return;
  const data = script.createCachedData();
  for (const place of [nextToBundle, inTmp()]) {
    try {
      const tmp = `${place}.${process.pid}.tmp`;
      writeFileSync(tmp, data);
      renameSync(tmp, place);
      return;
    } catch {
      // a read-only install: try the next place, else run without a cache
    }
  }
});
