// cchc.config.json: found upward from the document (like .editorconfig) or
// given with --config. It turns rules off, changes severities and lists the
// known units of a district or province.
//
//   {
//     "rules": { "task/no-deadline": "off", "unit/unknown": "error" },
//     "units": ["Phòng Nội vụ", { "name": "Phòng Tài chính – Kế hoạch", "aliases": ["Phòng TC-KH"] }]
//   }
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as z from 'zod';
import { jsonErrorPosition } from '../text/location.js';

export const CONFIG_FILE = 'cchc.config.json';

const Setting = z.enum(['off', 'info', 'warning', 'error']);
export type RuleSetting = z.infer<typeof Setting>;

const UnitSpec = z.union([
  z.string().min(1),
  z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) }).strict(),
]);

export const ConfigFile = z
  .object({
    $schema: z.string().optional(),
    rules: z.record(z.string(), Setting).default({}),
    units: z.array(UnitSpec).default([]),
  })
  .strict();

export interface KnownUnit {
  name: string;
  aliases: string[];
}

export interface LintConfig {
  /** Where it was read from; null for the built-in defaults. */
  path: string | null;
  rules: Record<string, RuleSetting>;
  units: KnownUnit[];
}

export const DEFAULT_CONFIG: LintConfig = { path: null, rules: {}, units: [] };

export class ConfigError extends Error {
  constructor(
    readonly path: string,
    readonly kind: 'not-found' | 'invalid',
    readonly detail: string,
  ) {
    super(`${kind}: ${path}: ${detail}`);
    this.name = 'ConfigError';
  }
}

/** Read and validate one config file; `knownCodes` catches misspelt rule names. */
export function loadConfig(path: string, knownCodes: readonly string[]): LintConfig {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(path, 'not-found', '');
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    const { line, column } = jsonErrorPosition(err, raw);
    throw new ConfigError(path, 'invalid', `JSON ${line}:${column}`);
  }
  const parsed = ConfigFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(path, 'invalid', `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  for (const code of Object.keys(parsed.data.rules)) {
    if (!knownCodes.includes(code)) throw new ConfigError(path, 'invalid', `rules.${code}: unknown rule`);
  }
  return {
    path,
    rules: parsed.data.rules,
    units: parsed.data.units.map((u) => (typeof u === 'string' ? { name: u, aliases: [] } : { name: u.name, aliases: u.aliases })),
  };
}

/** The nearest cchc.config.json in the document's folder or above it, or null. */
export function findConfig(documentPath: string): string | null {
  let dir = dirname(resolve(documentPath));
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
