// Every file in fixtures/bad gets the answer fixtures/bad/README.md gives it:
// one error code, or the same result as the seed document; the file's bytes
// are unchanged afterwards, and the answer comes in bounded time and memory.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse.js';
import { InputError, MAX_INPUT_BYTES, readBounded, readSourceFile, type InputErrorCode } from '../../src/source/index.js';
import type { CchcDocument } from '../../src/model/schema.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const BAD = join(FIXTURES, 'bad');
const SEED_TXT = join(FIXTURES, 'tuy-phuoc-cchc-2023.txt');

type Expected =
  | { error: InputErrorCode }
  | { sameAs: 'seed'; format: 'txt' | 'pdf'; encoding: string | null; exactText?: boolean };

const EXPECTED: Record<string, Expected> = {
  'empty.txt': { error: 'empty' },
  'utf16-with-bom.txt': { sameAs: 'seed', format: 'txt', encoding: 'utf-16le', exactText: true },
  'windows-1258.txt': { sameAs: 'seed', format: 'txt', encoding: 'windows-1258', exactText: true },
  'nfd-crlf.txt': { sameAs: 'seed', format: 'txt', encoding: 'utf-8', exactText: true },
  'renamed-pdf.txt': { sameAs: 'seed', format: 'pdf', encoding: null },
  'random-bytes.docx': { error: 'not-docx' },
  'truncated.docx': { error: 'damaged-docx' },
  'legacy-word.doc': { error: 'legacy-doc' },
  'encrypted.pdf': { error: 'pdf-encrypted' },
  'scanned-no-text-layer.pdf': { error: 'pdf-no-text' },
  'zip-bomb.docx': { error: 'too-large' },
};

/** Seconds any one file may take (the PDFs go through pdf.js; everything else is instant). */
const TIME_LIMIT_MS = 10_000;

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function comparable(doc: CchcDocument) {
  return {
    document: doc.document,
    tasks: doc.tasks.map((t) => ({
      section: t.section,
      lead: t.lead,
      support: t.support,
      deadlines: t.deadlines.map(({ kind, date, due, relation, rrule, trigger, time, bold }) => ({ kind, date, due, relation, rrule, trigger, time, bold })),
      targets: t.targets.map(({ value, comparator, unit, role, units, bold }) => ({ value, comparator, unit, role, units, bold })),
    })),
  };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (err) {
    if (err instanceof InputError) return err.code;
    throw err;
  }
}

describe('fixtures/bad', () => {
  const files = readdirSync(BAD).filter((f) => f !== 'README.md');

  it('has an expected outcome for every file', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s', async (file) => {
    const path = join(BAD, file);
    const before = sha(path);
    const expected = EXPECTED[file];
    const start = performance.now();
    if ('error' in expected) {
      expect(await codeOf(readSourceFile(path))).toBe(expected.error);
      expect(await codeOf(parseFile(path))).toBe(expected.error);
    } else {
      const { source } = await readSourceFile(path);
      expect(source.format).toBe(expected.format);
      expect(source.encoding).toBe(expected.encoding);
      if (expected.exactText) expect(source.text).toBe(readFileSync(SEED_TXT, 'utf8').normalize('NFC'));
      const seed = await parseFile(expected.format === 'pdf' ? join(FIXTURES, 'tuy-phuoc-cchc-2023.pdf') : SEED_TXT);
      expect(comparable(await parseFile(path))).toEqual(comparable(seed));
    }
    expect(performance.now() - start).toBeLessThan(TIME_LIMIT_MS);
    expect(sha(path)).toBe(before);
  });

  it('refuses the zip bomb from its central directory, without inflating it', async () => {
    const path = join(BAD, 'zip-bomb.docx');
    const bufferBefore = process.memoryUsage().arrayBuffers;
    const start = performance.now();
    expect(await codeOf(readSourceFile(path))).toBe('too-large');
    expect(performance.now() - start).toBeLessThan(1_000);
    // Reading the 1 MB file is all it costs: nowhere near the 1 GiB it would inflate to.
    expect(process.memoryUsage().arrayBuffers - bufferBefore).toBeLessThan(32 * 1024 * 1024);
  });
});

describe('a file whose size the system does not say', () => {
  // /proc files stat as 0 bytes: the reader must not trust the size, only the end of the file.
  const procFiles = ['/proc/version', '/proc/kallsyms'].filter((p) => existsSync(p));
  it.each(procFiles)('%s is read whole (small, and past 64 KB)', (path) => {
    const expected = readFileSync(path);
    const bytes = readBounded(path, MAX_INPUT_BYTES);
    expect(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(expected)).toBe(true);
  });

  it.each(procFiles)('%s past a limit it did not announce is too large', (path) => {
    const limit = Math.floor(readFileSync(path).length / 2);
    expect(() => readBounded(path, limit)).toThrow(/too-large/);
  });
});
