// Expands the paths a user gives into document files, in input order; folders
// recursively, by extension, sorted so that output is deterministic.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { DOCUMENT_EXTENSIONS } from '../source/index.js';
import type { Lang } from '../render/types.js';
import type { Io } from './io.js';
import { message } from './messages.js';
import { STDIN } from './input.js';

export interface ExpandedInput {
  path: string;
  /** True when the user named this path (then any extension is read, by content). */
  explicit: boolean;
}

export interface Expanded {
  files: ExpandedInput[];
  emptyDirs: string[];
  /** Folders (given or found) that could not be listed, with the system's reason (EACCES …). */
  unreadableDirs: Array<{ path: string; code: string }>;
}

export function expandInputs(paths: string[]): Expanded {
  const files: ExpandedInput[] = [];
  const emptyDirs: string[] = [];
  const unreadableDirs: Expanded['unreadableDirs'] = [];
  for (const p of paths) {
    if (p === STDIN) {
      files.push({ path: p, explicit: true });
      continue;
    }
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
    const before = unreadableDirs.length;
    const found = walk(p, unreadableDirs);
    if (found.length === 0 && unreadableDirs.length === before) emptyDirs.push(p);
    for (const f of found) files.push({ path: f, explicit: false });
  }
  return { files, emptyDirs, unreadableDirs };
}

/** The folder's documents, depth first in name order; a folder that cannot be listed is noted and skipped. */
function walk(dir: string, unreadable: Expanded['unreadableDirs'], out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    unreadable.push({ path: dir, code: (err as NodeJS.ErrnoException).code ?? String(err) });
    return out;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, unreadable, out);
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

export interface Inputs {
  files: ExpandedInput[];
  /** A folder could not be listed (said on stderr): the others are still processed, the exit code is 2. */
  incomplete: boolean;
}

/**
 * The inputs of a command, or null after saying why there are none (a folder
 * without documents, no path at all): the caller then exits with a usage error.
 * Each folder that cannot be listed gets one sentence.
 */
export function inputsOrReport(paths: string[], io: Io, lang: Lang): Inputs | null {
  const { files, emptyDirs, unreadableDirs } = expandInputs(paths);
  for (const d of unreadableDirs) io.stderr(`cchc: ${message('folder-unreadable', lang, { path: d.path, detail: d.code })}\n`);
  for (const d of emptyDirs) io.stderr(`cchc: ${message('no-documents', lang, { path: d })}\n`);
  if (files.length > 0) return { files, incomplete: unreadableDirs.length > 0 };
  if (emptyDirs.length === 0 && unreadableDirs.length === 0) io.stderr(`cchc: ${message('no-input', lang)}\n`);
  return null;
}

/** Every folder the paths name or hold that can be listed (for check's unused expected files). */
export function listableFolders(paths: string[]): string[] {
  return paths.filter((p) => {
    try {
      return p !== STDIN && statSync(p).isDirectory();
    } catch {
      return false;
    }
  });
}
