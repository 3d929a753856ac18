// Expands the paths a user gives into document files, in input order; folders
// recursively, by extension, sorted so that output is deterministic. Folders as
// users keep them: symlinked files and folders are followed (a folder met again,
// through a loop or a second link, is read once), hidden entries are skipped,
// and files cchc cannot read (.doc, .odt, images) are named in one line.
import { readdirSync, statSync, type Stats } from 'node:fs';
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
  /** Files in the folders that are no document cchc reads (.doc, .odt, images), in walk order. */
  skipped: string[];
}

/** Kept in folders but not readable by cchc: said in one line, so that nobody thinks they were read. */
const SKIPPED_EXTENSIONS = ['.doc', '.odt', '.rtf', '.wpd', '.jpg', '.jpeg', '.png', '.gif', '.tif', '.tiff', '.bmp', '.webp', '.heic'];

export function expandInputs(paths: string[]): Expanded {
  const files: ExpandedInput[] = [];
  const emptyDirs: string[] = [];
  const unreadableDirs: Expanded['unreadableDirs'] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
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
    const found = walk(p, { unreadable: unreadableDirs, skipped, seen }, []);
    if (found.length === 0 && unreadableDirs.length === before) emptyDirs.push(p);
    for (const f of found) files.push({ path: f, explicit: false });
  }
  return { files, emptyDirs, unreadableDirs, skipped };
}

interface Walk {
  unreadable: Expanded['unreadableDirs'];
  skipped: string[];
  /** Folders already read (device:inode): loop protection. */
  seen: Set<string>;
}

/** The folder's documents, depth first in name order; a folder that cannot be listed is noted and skipped. */
function walk(dir: string, w: Walk, out: string[]): string[] {
  let entries;
  try {
    const st = statSync(dir);
    const id = `${st.dev}:${st.ino}`;
    if (w.seen.has(id)) return out;
    w.seen.add(id);
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    w.unreadable.push({ path: dir, code: (err as NodeJS.ErrnoException).code ?? String(err) });
    return out;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    let kind: 'dir' | 'file' | 'other' = e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other';
    if (e.isSymbolicLink()) {
      let st: Stats | null = null;
      try {
        st = statSync(full);
      } catch {
        // A dangling link named like a document is reported by the reader ("not found").
      }
      kind = st === null ? 'file' : st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
    }
    if (kind === 'dir') walk(full, w, out);
    else if (kind === 'file' && isDocumentName(e.name)) out.push(full);
    else if (kind === 'file' && SKIPPED_EXTENSIONS.includes(extname(e.name).toLowerCase())) w.skipped.push(full);
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
  /** A folder could not be listed (said on stderr): the others are still processed. */
  incomplete: boolean;
  unreadableDirs: Expanded['unreadableDirs'];
}

/**
 * The inputs of a command, or null after saying why there are none (a folder
 * without documents, no path at all): the caller then exits with a usage error.
 * Each folder that cannot be listed gets one sentence.
 */
export function inputsOrReport(paths: string[], io: Io, lang: Lang): Inputs | null {
  const { files, emptyDirs, unreadableDirs, skipped } = expandInputs(paths);
  for (const d of unreadableDirs) io.stderr(`cchc: ${message('folder-unreadable', lang, { path: d.path, detail: d.code })}\n`);
  if (skipped.length > 0) io.stderr(`cchc: ${skippedLine(skipped, lang)}\n`);
  for (const d of emptyDirs) io.stderr(`cchc: ${message('no-documents', lang, { path: d })}\n`);
  if (files.length > 0) return { files, incomplete: unreadableDirs.length > 0, unreadableDirs };
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

/** "Bỏ qua 3 tệp không đọc được (.doc: 2, .jpg: 1: a/x.doc, a/y.doc, a/z.jpg) …" */
function skippedLine(skipped: readonly string[], lang: Lang): string {
  const counts = new Map<string, number>();
  for (const f of skipped) counts.set(extname(f).toLowerCase(), (counts.get(extname(f).toLowerCase()) ?? 0) + 1);
  const byKind = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([ext, n]) => `${ext}: ${n}`).join(', ');
  const names = skipped.slice(0, 3).join(', ') + (skipped.length > 3 ? ', …' : '');
  return message('skipped-files', lang, { path: String(skipped.length), detail: `${byKind} — ${names}` });
}
