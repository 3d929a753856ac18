// Reads any supported input into a SourceText. The format is chosen by content
// (magic bytes), the extension only tells .md from .txt; heavy readers (the .docx
// XML reader, pdf.js) are imported lazily so that plain-text parsing starts fast.
// Synchronous reads: one file at a time, and node:fs/promises costs start-up time.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeBytes } from './encoding.js';
import { InputError, type SourceText } from './types.js';
import { textTables } from './text-tables.js';

export { InputError } from './types.js';
export type { SourceText, InputErrorCode } from './types.js';

/** Extensions picked up when a folder is given. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf'] as const;

/** Inputs larger than this are refused before reading (bounded memory); no file is read past it. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/**
 * Documents whose text (after decoding, or as read from the .docx or .pdf) is
 * longer than this are refused: about 1,000 printed pages, six times the
 * longest directive of the corpora. Below it every stage is bounded (a 1 MB
 * text parses in well under 2 s); far above it some regular expressions of the
 * stages overflow the stack (10 MB on one line did).
 */
export const MAX_TEXT_CHARS = 2_000_000;

const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export type SniffedFormat = 'pdf' | 'zip' | 'ole' | 'text';

export function sniff(bytes: Uint8Array): SniffedFormat {
  const head = (n: number) => String.fromCharCode(...bytes.subarray(0, n));
  if (head(5) === '%PDF-') return 'pdf';
  // Some PDFs carry a few junk bytes before the header (allowed within 1024 bytes).
  if (bytes.length > 5 && Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')) {
    if (!looksLikeText(bytes)) return 'pdf';
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  return 'text';
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / Math.max(1, n) < 0.01;
}

export async function readSourceFile(path: string): Promise<{ source: SourceText; bytes: Uint8Array }> {
  let info;
  try {
    info = statSync(path);
  } catch {
    throw new InputError('not-found', path);
  }
  if (info.isDirectory()) throw new InputError('is-directory', path);
  // A FIFO would block forever, /dev/zero never ends and says its size is 0.
  if (!info.isFile()) throw new InputError('not-a-file', path);
  if (info.size > MAX_INPUT_BYTES) throw new InputError('too-large', path, `${info.size} bytes`);
  const bytes = readBounded(path, MAX_INPUT_BYTES);
  return { source: await readSourceBytes(bytes, path), bytes };
}

/**
 * The file's bytes, never more than `limit`, whatever its size said: a file
 * that grows while read, or a /proc file that says 0, is read up to the limit.
 * Opened without blocking, and checked again once open, so that a path swapped
 * for a FIFO or a device after the stat cannot hang or flood the reader.
 */
export function readBounded(path: string, limit: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    throw new InputError('unreadable', path);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new InputError('not-a-file', path);
    // Room for the size the file says, plus one byte to see it end (or grow): one read and
    // the end-of-file read for almost every file, into the buffer that is returned. (A 1 MB
    // chunk per file, then two copies, was ~4% of a worker's time in a batch.)
    let buf = new Uint8Array(Math.min(info.size + 1, limit + 1));
    let size = 0;
    for (;;) {
      if (size === buf.length) {
        const bigger = new Uint8Array(Math.min(Math.max(buf.length * 2, 1 << 16), limit + 1));
        bigger.set(buf);
        buf = bigger;
      }
      let n: number;
      try {
        n = readSync(fd, buf, size, buf.length - size, null);
      } catch {
        throw new InputError('unreadable', path);
      }
      if (n === 0) break;
      size += n;
      if (size > limit) throw new InputError('too-large', path, `more than ${limit} bytes`);
    }
    return buf.subarray(0, size);
  } finally {
    closeSync(fd);
  }
}

export async function readSourceBytes(bytes: Uint8Array, path: string): Promise<SourceText> {
  const source = await readBytes(bytes, path);
  if (source.text.length > MAX_TEXT_CHARS) throw new InputError('too-large', path, `${source.text.length} characters of text`);
  return source;
}

async function readBytes(bytes: Uint8Array, path: string): Promise<SourceText> {
  if (bytes.length === 0) throw new InputError('empty', path);
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError('too-large', path, `${bytes.length} bytes`);
  const kind = sniff(bytes);
  switch (kind) {
    case 'pdf': {
      const { readPdf } = await import('./pdf.js');
      return readPdf(bytes, path);
    }
    case 'zip': {
      const { readDocx } = await import('./docx.js');
      return readDocx(bytes, path);
    }
    case 'ole':
      // A password-protected .docx is an OLE container holding an "EncryptedPackage" stream.
      if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE)) {
        throw new InputError('docx-encrypted', path);
      }
      throw new InputError('legacy-doc', path);
    case 'text': {
      const ext = extname(path).toLowerCase();
      if (ext === '.docx') throw new InputError('not-docx', path);
      if (ext === '.doc') throw new InputError('legacy-doc', path);
      if (ext === '.pdf') throw new InputError('damaged-pdf', path);
      const { text, encoding } = await decodeBytes(bytes, path);
      if (text.trim() === '') throw new InputError('empty', path);
      return { text, tables: textTables(text), format: ext === '.md' ? 'md' : 'txt', encoding };
    }
  }
}
