import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Hex } from '../../src/text/sha256.js';

const reference = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

describe('sha256', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto at every padding and chunk boundary', () => {
    const lengths = [1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129];
    const chunk = 64 * 1024;
    for (const base of [0, chunk, 2 * chunk]) for (const d of [-65, -64, -9, -8, -1, 0, 1, 8, 9, 64]) if (base + d > 0) lengths.push(base + d);
    for (const n of lengths) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 131 + n) & 0xff);
      expect(sha256Hex(bytes), `length ${n}`).toBe(reference(bytes));
    }
  });

  it('agrees with node:crypto on random bytes and strings', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 700 }), (bytes) => sha256Hex(bytes) === reference(bytes)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => sha256Hex(s) === reference(s)), { numRuns: 200 });
  });

  it('hashes a string as its UTF-8 and returns the 32 digest bytes', () => {
    expect(Buffer.from(sha256('Phòng Nội vụ')).toString('hex')).toBe(reference(Buffer.from('Phòng Nội vụ', 'utf8')));
    expect(sha256('x')).toHaveLength(32);
  });

  it('starts each hash from the initial state', () => {
    const first = sha256Hex('một');
    sha256Hex(new Uint8Array(100_000));
    expect(sha256Hex('một')).toBe(first);
  });
});
