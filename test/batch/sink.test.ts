import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSink } from '../../src/batch/sink.js';
import { captureIo } from '../cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Text from the main thread and UTF-8 bytes from worker threads, small and past the flush size.
const pieces: Array<string | Uint8Array> = [
  '\ufeffVăn bản,Hạn chót\r\n',
  new TextEncoder().encode('a.txt,2023-11-30\r\n'),
  ',',
  new TextEncoder().encode('Ủy ban nhân dân '.repeat(9000)),
  'đ'.repeat(70_000),
  new TextEncoder().encode('\n'),
];
const expected = Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));

describe('a sink given text and bytes', () => {
  it('writes a file with every byte, in order, the BOM included', () => {
    const path = join(dir, 'out.csv');
    const sink = openSink({ kind: 'file', path }, captureIo().io);
    for (const p of pieces) sink.write(p);
    sink.close();
    expect(readFileSync(path).equals(expected)).toBe(true);
  });

  it('prints the same bytes on standard output', () => {
    const chunks: Buffer[] = [];
    const { io } = captureIo();
    io.stdout = (s) => chunks.push(typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s));
    const sink = openSink({ kind: 'stdout' }, io);
    for (const p of pieces) sink.write(p);
    sink.close();
    expect(Buffer.concat(chunks).equals(expected)).toBe(true);
  });
});
