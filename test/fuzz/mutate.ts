// Damaged copies of the corpus documents, as fast-check arbitraries: byte flips,
// cuts, inserted junk, and for a .docx damage aimed at its ZIP structure (an
// entry's data, its declared sizes, its method, the central directory). Shared
// by the fuzz test (a bounded, seeded run in CI) and `npm run fuzz` (a long one).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { InputError } from '../../src/source/index.js';
import { parseBytes, validateDocument } from '../../src/parse.js';

export interface Seed {
  name: string;
  bytes: Uint8Array;
}

/** The corpus documents of `folder` (its top level: fixtures/bad and fixtures/stress have their own tests). */
export function seeds(folder: string, exts: readonly string[] = ['.txt', '.docx', '.pdf']): Seed[] {
  return readdirSync(folder)
    .filter((f) => exts.some((e) => f.endsWith(e)))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(folder, f))) }));
}

export type Mutation =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; junk: number[] }
  | { kind: 'zip'; entry: number; field: 'data' | 'csize' | 'usize' | 'method' | 'name' | 'cd'; value: number };

/**
 * `at` and `entry` are fractions of the file (0 … 1), so one mutation fits every
 * seed; drawn evenly (a double would favour its extremes: nearly every cut at 0).
 */
const fraction = fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fraction, xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fraction }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, junk: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }) }),
  fc.record({
    kind: fc.constant('zip' as const),
    entry: fraction,
    field: fc.constantFrom('data' as const, 'csize' as const, 'usize' as const, 'method' as const, 'name' as const, 'cd' as const),
    value: fc.integer({ min: 0, max: 0xffffffff }),
  }),
);

/** One to eight mutations applied in turn. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 8 });

export function mutate(bytes: Uint8Array, steps: readonly Mutation[]): Uint8Array {
  let b: Uint8Array = bytes.slice();
  for (const m of steps) b = apply(b, m);
  return b;
}

function apply(b: Uint8Array, m: Mutation): Uint8Array {
  const at = (f: number) => Math.floor(f * b.length);
  switch (m.kind) {
    case 'flip': {
      if (b.length === 0) return b;
      const out = b.slice();
      out[at(m.at)] ^= m.xor;
      return out;
    }
    case 'cut':
      return b.slice(0, at(m.at));
    case 'insert': {
      const i = at(m.at);
      const out = new Uint8Array(b.length + m.junk.length);
      out.set(b.subarray(0, i));
      out.set(m.junk, i);
      out.set(b.subarray(i), i + m.junk.length);
      return out;
    }
    case 'zip':
      return damageZip(b, m);
  }
}

interface ZipEntryAt {
  central: number;
  local: number;
  nameLength: number;
  compressedSize: number;
}

function zipEntries(b: Uint8Array): { entries: ZipEntryAt[]; cd: number } | null {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
    if (v.getUint32(i, true) !== 0x06054b50) continue;
    const count = v.getUint16(i + 10, true);
    const cd = v.getUint32(i + 16, true);
    const entries: ZipEntryAt[] = [];
    let p = cd;
    for (let k = 0; k < count && p + 46 <= b.length && v.getUint32(p, true) === 0x02014b50; k++) {
      const nameLength = v.getUint16(p + 28, true);
      entries.push({ central: p, local: v.getUint32(p + 42, true), nameLength, compressedSize: v.getUint32(p + 20, true) });
      p += 46 + nameLength + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
    }
    return { entries, cd };
  }
  return null;
}

/** Damage to one entry's data or headers, or to the central directory; a non-ZIP (or broken one) gets a flip instead. */
function damageZip(b: Uint8Array, m: Extract<Mutation, { kind: 'zip' }>): Uint8Array {
  const zip = zipEntries(b);
  if (!zip || zip.entries.length === 0) return apply(b, { kind: 'flip', at: m.entry, xor: (m.value & 0xff) | 1 });
  const e = zip.entries[Math.floor(m.entry * zip.entries.length)];
  const out = b.slice();
  const v = new DataView(out.buffer);
  const put32 = (at: number, x: number) => at + 4 <= out.length && v.setUint32(at, x >>> 0, true);
  const put16 = (at: number, x: number) => at + 2 <= out.length && v.setUint16(at, x & 0xffff, true);
  switch (m.field) {
    case 'data': {
      const start = e.local + 30 + e.nameLength;
      const span = Math.max(1, Math.min(e.compressedSize, out.length - start));
      for (let k = 0; k < 16; k++) {
        const i = start + ((m.value + k * 7919) % span);
        if (i < out.length) out[i] ^= (m.value >>> (k % 24)) | 1;
      }
      break;
    }
    case 'csize':
      put32(e.central + 20, m.value);
      put32(e.local + 18, m.value);
      break;
    case 'usize':
      put32(e.central + 24, m.value);
      put32(e.local + 22, m.value);
      break;
    case 'method':
      put16(e.central + 10, m.value);
      put16(e.local + 8, m.value);
      break;
    case 'name':
      if (e.nameLength > 0 && e.central + 46 < out.length) out[e.central + 46 + (m.value % e.nameLength)] ^= 0x20;
      break;
    case 'cd':
      return out.slice(0, zip.cd + (m.value % Math.max(1, out.length - zip.cd)));
  }
  return out;
}

export type Outcome = { ok: true } | { ok: false; code: string };

/**
 * Parses a damaged copy and checks the promises: a valid document or an
 * InputError (anything else is thrown back), and the bytes given left as they were.
 */
export async function check(bytes: Uint8Array, name: string): Promise<Outcome> {
  const before = Buffer.from(bytes);
  let outcome: Outcome;
  try {
    validateDocument(await parseBytes(bytes, name));
    outcome = { ok: true };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    outcome = { ok: false, code: err.code };
  }
  if (!before.equals(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) throw new Error(`${name}: the input bytes were changed`);
  return outcome;
}
