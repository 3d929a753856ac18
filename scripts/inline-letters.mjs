// Build step: `fast(/…\p{L}…/u)` (src/text/letters.ts) becomes the regular expression it
// returns, written out as a literal, so the bundle never creates the \p{…} literal at all.
// Creating a regular expression makes V8 parse it, and a \p{…} class is parsed against the
// whole Unicode table: ~90 µs a pattern against ~7 µs for the spelled-out class, ~8 ms of
// a single document's start for the ~100 module-level patterns written this way. The
// sources keep the readable \p{…} form (and tests run them as written); the bundle gets the
// same pattern: test/build/inline-letters.test.ts checks each rewrite against fast() itself.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/** src/text/letters.ts's fast(), compiled on the fly (a build script cannot import TypeScript). */
export async function loadFast() {
  const out = await build({ entryPoints: ['src/text/letters.ts'], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning' });
  const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
  return (await import(url)).fast;
}

/**
 * Every `fast(<regular expression literal>)` call in a TypeScript source: where it is, the
 * literal as written, and the literal of the expression fast() returns for it. Other calls
 * (a variable, a template) are not listed: they run as written.
 */
export function fastCalls(text, fileName, fast) {
  if (!text.includes('fast(')) return [];
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const calls = [];
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'fast' &&
      node.arguments.length === 1 &&
      node.arguments[0].kind === ts.SyntaxKind.RegularExpressionLiteral
    ) {
      const literal = node.arguments[0].getText(file);
      const slash = literal.lastIndexOf('/');
      const re = fast(new RegExp(literal.slice(1, slash), literal.slice(slash + 1)));
      // RegExp.prototype.source escapes what a literal cannot hold ("/", line breaks).
      calls.push({ start: node.getStart(file), end: node.getEnd(), literal, inlined: `/${re.source}/${re.flags}` });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return calls;
}

/** The source with each of its fastCalls replaced by the inlined literal. */
export function inlineFast(text, fileName, fast) {
  let out = text;
  for (const c of fastCalls(text, fileName, fast).reverse()) out = out.slice(0, c.start) + c.inlined + out.slice(c.end);
  return out;
}

/** The esbuild plugin: src/**.ts files are read through inlineFast. */
export async function inlineLettersPlugin() {
  const fast = await loadFast();
  return {
    name: 'inline-letters',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        return { contents: inlineFast(text, args.path, fast), loader: 'ts' };
      });
    },
  };
}
