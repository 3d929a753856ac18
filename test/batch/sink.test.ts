import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSink } from '../../src/batch/sink.js';
import { captureIo } from '../cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Text from the main thread and UTF-8 bytes from worker threads, small and past the flush size.
// Made afresh for each test: a file sink frees a worker's bytes once written.
const makePieces = (): Array<string | Uint8Array> => [
  '\ufeffVăn bản,Hạn chót\r\n',
  new TextEncoder().encode('a.txt,2023-11-30\r\n'),
  ',',
  new TextEncoder().encode('Ủy ban nhân dân '.repeat(9000)),
  'đ'.repeat(70_000),
  new TextEncoder().encode('\n'),
];
const expected = Buffer.concat(makePieces().map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));

describe('a sink given text and bytes', () => {
  it('writes a file with every byte, in order, the BOM included', () => {
    const path = join(dir, 'out.csv');
    const sink = openSink({ kind: 'file', path }, captureIo().io);
    for (const p of makePieces()) sink.write(p);
    sink.close();
    expect(readFileSync(path).equals(expected)).toBe(true);
  });

  it('prints the same bytes on standard output', () => {
    const chunks: Buffer[] = [];
    const { io } = captureIo();
    io.stdout = (s) => chunks.push(typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s));
    const sink = openSink({ kind: 'stdout' }, io);
    for (const p of makePieces()) sink.write(p);
    sink.close();
    expect(Buffer.concat(chunks).equals(expected)).toBe(true);
  });
});

describe("a sink and a worker's bytes", () => {
  const bytesOf = () => [new TextEncoder().encode('Ủy ban,'.repeat(10)), new TextEncoder().encode('nhân dân '.repeat(9000)), new TextEncoder().encode('\n')];

  it('frees them once written to a file, every byte in the file', () => {
    const path = join(dir, 'freed.csv');
    const sink = openSink({ kind: 'file', path }, captureIo().io);
    const pieces = bytesOf();
    const want = Buffer.concat(pieces);
    for (const p of pieces) sink.write(p);
    sink.close();
    expect(readFileSync(path).equals(want)).toBe(true);
    // Detached: their memory went back without waiting for a collection.
    expect(pieces.map((p) => p.byteLength)).toEqual([0, 0, 0]);
  });

  it('leaves them alone on standard output, which may still be writing them', () => {
    const chunks: Uint8Array[] = [];
    const { io } = captureIo();
    io.stdout = (s) => chunks.push(typeof s === 'string' ? Buffer.from(s, 'utf8') : s);
    const sink = openSink({ kind: 'stdout' }, io);
    const pieces = bytesOf();
    for (const p of pieces) sink.write(p);
    sink.close();
    expect(pieces.every((p) => p.byteLength > 0)).toBe(true);
    expect(Buffer.concat(chunks).equals(Buffer.concat(pieces))).toBe(true);
  });
});
