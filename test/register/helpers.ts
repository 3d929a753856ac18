// Register tests run the real commands in-process against a real SQLite file
// in a temporary folder (no mocks).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { run, tempDir } from '../cli/run.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'fixtures');
export const SEED = join(FIXTURES, 'tuy-phuoc-cchc-2023.txt');

export interface Reg {
  dir: string;
  db: string;
  cchc: (...args: string[]) => ReturnType<typeof run>;
}

/** A fresh register in a temporary folder; `cchc(...)` runs a command on it with --today 2023-11-25 unless given. */
export function register(): Reg {
  const dir = tempDir();
  const db = join(dir, 'cchc.db');
  return {
    dir,
    db,
    cchc: (...args) => run(args.includes('--today') || ['backup', 'list', 'remove'].includes(args[0]) ? args : [...args, '--today', '2023-11-25'], { env: { CCHC_DB: db } }),
  };
}

/** A copy of a fixture text in the folder, optionally edited. */
export function copyText(dir: string, fixture: string, name = fixture, edit: (s: string) => string = (s) => s): string {
  const to = join(dir, name);
  if (edit === undefined) copyFileSync(join(FIXTURES, fixture), to);
  else writeFileSync(to, edit(readFileSync(join(FIXTURES, fixture), 'utf8')));
  return to;
}

/**
 * The register's content, independent of row ids, insertion order and add
 * dates: what the property test compares.
 */
export function dump(db: string): unknown {
  const d = new Database(db, { readonly: true });
  try {
    const q = (sql: string) => d.prepare(sql).all();
    return {
      documents: q(`SELECT doc.id, doc.identity, v.content AS current FROM document doc JOIN version v ON v.id = doc.current ORDER BY doc.id`),
      versions: q(`SELECT doc, content, label, date, json_sha, json FROM version ORDER BY doc, content`),
      files: q(`SELECT v.doc, v.content, f.sha256, f.path FROM file f JOIN version v ON v.id = f.version ORDER BY v.doc, v.content, f.sha256`),
      deadlines: q(`SELECT v.doc, v.content, d.key, d.seq, d.kind, d.due, d.rrule, d.text, d.task, d.lead, d.unit_keys FROM deadline d JOIN version v ON v.id = d.version ORDER BY v.doc, v.content, d.key`),
      completions: q('SELECT * FROM completion ORDER BY occurrence'),
    };
  } finally {
    d.close();
  }
}
