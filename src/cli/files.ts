// Expands the paths a user gives into document files, in input order; folders
// recursively, by extension, sorted so that output is deterministic.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { DOCUMENT_EXTENSIONS } from '../source/index.js';
import type { Lang } from '../render/types.js';
import type { Io } from './io.js';
import { message } from './messages.js';

export interface ExpandedInput {
  path: string;
  /** True when the user named this path (then any extension is read, by content). */
  explicit: boolean;
}

export function expandInputs(paths: string[]): { files: ExpandedInput[]; emptyDirs: string[] } {
  const files: ExpandedInput[] = [];
  const emptyDirs: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      files.push({ path: p, explicit: true }); // the reader reports "not found"
      continue;
    }
    if (!isDir) {
      files.push({ path: p, explicit: true });
      continue;
    }
    const found = walk(p);
    if (found.length === 0) emptyDirs.push(p);
    for (const f of found) files.push({ path: f, explicit: false });
  }
  return { files, emptyDirs };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full));
    else if (e.isFile() && isDocumentName(e.name)) out.push(full);
  }
  return out;
}

export function isDocumentName(name: string): boolean {
  const ext = extname(name).toLowerCase();
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(ext)) return false;
  // Side files that are not documents: answer keys, expected results, notes.
  return !/\.(gold|expected)\.json$/i.test(name) && !/^(README|CHANGELOG|GOLD|CORPUS)\.md$/i.test(name);
}

/**
 * The inputs of a command, or null after saying why there are none (a folder
 * without documents, no path at all): the caller then exits with a usage error.
 */
export function inputsOrReport(paths: string[], io: Io, lang: Lang): ExpandedInput[] | null {
  const { files, emptyDirs } = expandInputs(paths);
  for (const d of emptyDirs) io.stderr(`cchc: ${message('no-documents', lang, { path: d })}\n`);
  if (files.length > 0) return files;
  if (emptyDirs.length === 0) io.stderr(`cchc: ${message('no-input', lang)}\n`);
  return null;
}
