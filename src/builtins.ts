// Node built-ins that the start of a run does not need, loaded when first asked for.
// Every module a run loads costs its compile and its own imports: node:worker_threads
// ~1.8 ms (only a pool's results need it), node:tty ~2 ms (it pulls in node:net),
// node:os ~0.3 ms, of a single-document run's ~70 ms above `node -e 0`.
// A require, not an import(): the callers are synchronous, and a dynamic import() cannot
// run in the code-cached bundle; built-ins resolve from any absolute path.
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(process.execPath);

/** The built-in `name` (`node:os`), loaded on the first call and cached by Node after it. */
export function builtin<T>(name: string): T {
  return requireBuiltin(name) as T;
}
