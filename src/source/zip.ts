// A small, bounded ZIP reader for .docx: it lists the central directory and
// inflates only the parts asked for, each with a hard output cap. Declared
// sizes and compression ratios are checked BEFORE anything is inflated, and the
// cap holds even when a hostile archive lies about its sizes (zlib stops at
// `maxOutputLength`), so a zip bomb costs neither memory nor time.
import { inflateRawSync } from 'node:zlib';
import { InputError } from './types.js';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** Largest single part we agree to inflate. */
  maxEntryBytes: number;
  /** Largest total of the parts we read. */
  maxTotalBytes: number;
  /** Largest inflation ratio for a part bigger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 160 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 4 * 1024 * 1024,
};

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly path: string,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    for (const e of readCentralDirectory(bytes, path)) this.entries.set(e.name, e);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * Refuses the archive, without inflating anything, when a part declares an
   * absurd inflation ratio (a zip bomb, wherever it hides) or an XML part
   * declares more than we would ever read.
   */
  checkDeclaredSizes(): void {
    for (const e of this.entries.values()) {
      const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
      if (e.uncompressedSize > this.limits.ratioFloorBytes && ratio > this.limits.maxRatio) {
        this.tooLarge(`${e.name} declares ${e.uncompressedSize} bytes, ${Math.round(ratio)}× its compressed size`);
      }
      if (/\.(xml|rels)$/i.test(e.name) && e.uncompressedSize > this.limits.maxEntryBytes) {
        this.tooLarge(`${e.name} declares ${e.uncompressedSize} bytes`);
      }
    }
  }

  /** The part as UTF-8 text, or null when the archive has no such part. */
  readText(name: string): string | null {
    const data = this.read(name);
    return data === null ? null : new TextDecoder('utf-8').decode(data);
  }

  read(name: string): Uint8Array | null {
    const e = this.entries.get(name);
    if (!e) return null;
    if (e.flags & 1) throw new InputError('damaged-docx', this.path, `${name} is encrypted`);
    if (e.uncompressedSize > this.limits.maxEntryBytes) this.tooLarge(`${name} declares ${e.uncompressedSize} bytes`);
    if (this.inflated + e.uncompressedSize > this.limits.maxTotalBytes) this.tooLarge('parts too large in all');
    const b = this.bytes;
    const at = e.localHeaderOffset;
    if (at + 30 > b.length || u32(b, at) !== LFH_SIG) throw new InputError('damaged-docx', this.path, `bad local header for ${name}`);
    const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
    const end = start + e.compressedSize;
    if (end > b.length) throw new InputError('damaged-docx', this.path, `${name} is cut off`);
    const raw = b.subarray(start, end);
    let out: Uint8Array;
    if (e.method === 0) {
      out = raw;
    } else if (e.method === 8) {
      // The cap is the declared size (plus slack): a part that inflates beyond
      // what it declared is lying, and we stop there instead of following it.
      const cap = Math.min(this.limits.maxEntryBytes, e.uncompressedSize + 1024);
      try {
        out = inflateRawSync(raw, { maxOutputLength: Math.max(cap, 1) });
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) this.tooLarge(`${name} inflates beyond its declared size`);
        throw new InputError('damaged-docx', this.path, `${name}: ${(err as Error).message}`);
      }
    } else {
      throw new InputError('damaged-docx', this.path, `${name} uses compression method ${e.method}`);
    }
    this.inflated += out.length;
    return out;
  }

  private tooLarge(detail: string): never {
    throw new InputError('too-large', this.path, detail);
  }
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

function findEocd(b: Uint8Array): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= min; i--) if (b[i] === 0x50 && u32(b, i) === EOCD_SIG) return i;
  return -1;
}

export function readCentralDirectory(b: Uint8Array, path: string): ZipEntry[] {
  const eocd = findEocd(b);
  // No end-of-central-directory record: the file was cut off (or is no zip at all).
  if (eocd < 0) throw new InputError('damaged-docx', path, 'no end of central directory');
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(b, eocd - 20) === ZIP64_LOCATOR_SIG) {
    const z = u64(b, eocd - 20 + 8);
    if (z + 56 <= b.length && u32(b, z) === ZIP64_EOCD_SIG) {
      count = u64(b, z + 32);
      cdSize = u64(b, z + 40);
      cdOffset = u64(b, z + 48);
    }
  }
  if (cdOffset + cdSize > b.length) throw new InputError('damaged-docx', path, 'central directory out of range');
  if (count > 100_000) throw new InputError('too-large', path, `${count} parts`);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== CDH_SIG) throw new InputError('damaged-docx', path, 'bad central directory');
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    let uncompressedSize = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localHeaderOffset = u32(b, p + 42);
    const name = new TextDecoder('utf-8').decode(b.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 sizes live in the extra field (id 1), in this order, only for the fields set to 0xFFFFFFFF.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(b, x);
      const len = u16(b, x + 2);
      if (id === 1) {
        let q = x + 4;
        if (uncompressedSize === 0xffffffff) (uncompressedSize = u64(b, q)), (q += 8);
        if (compressedSize === 0xffffffff) (compressedSize = u64(b, q)), (q += 8);
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(b, q);
      }
      x += 4 + len;
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    p = xEnd + commentLen;
  }
  return entries;
}
