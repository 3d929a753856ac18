// SHA-256 (FIPS 180-4), its compression function in WebAssembly.
//
// Why not node:crypto: loading it costs ~3–5 ms (sixteen internal modules, OpenSSL's
// start-up) of a single document's run, whose start is a measured bar (≤ 2× `node -e 0`),
// for one hash of the input. A JavaScript SHA-256 runs that hash before V8 has compiled
// it: 4–10 ms for 15 KB. WebAssembly is compiled on instantiation (~0.4 ms, most of it
// the engine's first use) and hashes at native speed. The module is assembled here from
// its instructions, ~400 bytes, so there is no binary to trust; test/text/sha256.test.ts
// checks it against node:crypto on random and boundary lengths. Where WebAssembly cannot
// start (an address-space limit), node:crypto is loaded and used instead.

import { builtin } from '../builtins.js';

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

// Memory (two 64 KiB pages): the round constants, the state, the message schedule, then
// a buffer the input is copied into a chunk at a time.
const K_AT = 0;
const H_AT = 256;
const W_AT = 512;
const DATA_AT = 1024;
const CHUNK = 64 * 1024; // a multiple of the 64-byte block

// ---- a few WebAssembly instructions (binary format, https://webassembly.github.io/spec/core/binary/)
type Code = number[];
const uleb = (v: number): Code => {
  const out: Code = [];
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
};
const sleb = (v: number): Code => {
  const out: Code = [];
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
};
const get = (local: number): Code => [0x20, local];
const set = (local: number, value: Code): Code => [...value, 0x21, local];
const i32 = (v: number): Code => [0x41, ...sleb(v | 0)];
const op = (code: number) => (...args: Code[]): Code => [...args.flat(), code];
const add = op(0x6a);
const and = op(0x71);
const or = op(0x72);
const xor = op(0x73);
const shl = op(0x74);
const shr = op(0x76);
const geU = op(0x4f);
const ltU = op(0x49);
const rotr = (x: Code, k: number): Code => [...x, ...i32(k), 0x78];
const load = (address: Code, offset: number): Code => [...address, 0x28, 2, ...uleb(offset)];
const store = (address: Code, value: Code, offset: number): Code => [...address, ...value, 0x36, 2, ...uleb(offset)];
const loop = (...body: Code[]): Code => [0x03, 0x40, ...body.flat(), 0x0b];
const block = (...body: Code[]): Code => [0x02, 0x40, ...body.flat(), 0x0b];
const brIf = (depth: number, condition: Code): Code => [...condition, 0x0d, depth];
const br = (depth: number): Code => [0x0c, depth];
const not = (x: Code): Code => xor(x, i32(-1));

// compress(blocks): runs the compression function over `blocks` 64-byte blocks at DATA_AT.
// Locals: 0 blocks (the parameter), 1 p, 2 end, 3 i, 4–11 a–h, 12 t1, 13 t2.
const [BLOCKS, P, END, I, A, B, C, D, E, F, G, H, T1, T2] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
const ZERO = i32(0);
const bigEndian = (x: Code): Code => or(and(rotr(x, 8), i32(0xff00ff00)), and(rotr(x, 24), i32(0x00ff00ff)));
const vars = [A, B, C, D, E, F, G, H];

const name = (s: string): Code => [s.length, ...[...s].map((c) => c.charCodeAt(0))];
const section = (id: number, content: Code): Code => [id, ...uleb(content.length), ...content];

/** The module's bytes: built on first use, not when the module is loaded. */
function assemble(): Uint8Array {
  const body: Code = [
    ...set(P, i32(DATA_AT)),
    ...set(END, add(i32(DATA_AT), shl(get(BLOCKS), i32(6)))),
    ...block(
      loop(
        brIf(1, geU(get(P), get(END))),
        // W[0..16): the block's words, big-endian
        set(I, ZERO),
        loop(store(get(I), bigEndian(load(add(get(P), get(I)), 0)), W_AT), set(I, add(get(I), i32(4))), brIf(0, ltU(get(I), i32(64)))),
        // W[16..64): W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16]; I is the byte offset 4t
        loop(
          set(T1, load(get(I), W_AT - 60)),
          set(T2, load(get(I), W_AT - 8)),
          store(
            get(I),
            add(
              add(load(get(I), W_AT - 64), xor(xor(rotr(get(T1), 7), rotr(get(T1), 18)), shr(get(T1), i32(3)))),
              add(load(get(I), W_AT - 28), xor(xor(rotr(get(T2), 17), rotr(get(T2), 19)), shr(get(T2), i32(10)))),
            ),
            W_AT,
          ),
          set(I, add(get(I), i32(4))),
          brIf(0, ltU(get(I), i32(256))),
        ),
        ...vars.map((v, k) => set(v, load(ZERO, H_AT + 4 * k))),
        set(I, ZERO),
        loop(
          // T1 = h + Σ1(e) + Ch(e, f, g) + K[t] + W[t]
          set(
            T1,
            add(
              add(get(H), xor(xor(rotr(get(E), 6), rotr(get(E), 11)), rotr(get(E), 25))),
              add(xor(and(get(E), get(F)), and(not(get(E)), get(G))), add(load(get(I), K_AT), load(get(I), W_AT))),
            ),
          ),
          // T2 = Σ0(a) + Maj(a, b, c)
          set(
            T2,
            add(
              xor(xor(rotr(get(A), 2), rotr(get(A), 13)), rotr(get(A), 22)),
              xor(xor(and(get(A), get(B)), and(get(A), get(C))), and(get(B), get(C))),
            ),
          ),
          set(H, get(G)),
          set(G, get(F)),
          set(F, get(E)),
          set(E, add(get(D), get(T1))),
          set(D, get(C)),
          set(C, get(B)),
          set(B, get(A)),
          set(A, add(get(T1), get(T2))),
          set(I, add(get(I), i32(4))),
          brIf(0, ltU(get(I), i32(256))),
        ),
        ...vars.map((v, k) => store(ZERO, add(load(ZERO, H_AT + 4 * k), get(v)), H_AT + 4 * k)),
        set(P, add(get(P), i32(64))),
        br(0),
      ),
    ),
  ];

  const func: Code = [1, 13, 0x7f, ...body, 0x0b]; // 13 more i32 locals
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 1, 0x7f, 0]), // type 0: (i32) -> ()
    ...section(3, [1, 0]), // function 0 has type 0
    ...section(5, [1, 0x00, 2]), // one memory, two pages
    ...section(7, [2, ...name('memory'), 0x02, 0, ...name('compress'), 0x00, 0]),
    ...section(10, [1, ...uleb(func.length), ...func]),
  ]);
}

interface Engine {
  compress: (blocks: number) => void;
  bytes: Uint8Array;
  words: Uint32Array;
}
// null: not started; false: WebAssembly cannot run here (under `ulimit -v` V8 cannot reserve a
// memory's address space), and node:crypto hashes instead.
let engine: Engine | null | false = null;

// The WebAssembly values this uses (the project's types, @types/node, declare none).
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: { memory: { buffer: ArrayBuffer }; compress: (blocks: number) => void } };
}

function start(): Engine {
  const { Module, Instance } = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;
  const { memory, compress } = new Instance(new Module(assemble())).exports;
  const words = new Uint32Array(memory.buffer);
  words.set(K, K_AT / 4);
  return { compress, bytes: new Uint8Array(memory.buffer), words };
}

const encoder = new TextEncoder();

/** SHA-256 of the bytes (or of a string's UTF-8), 32 bytes. */
export function sha256(data: Uint8Array | string): Uint8Array {
  const input = typeof data === 'string' ? encoder.encode(data) : data;
  if (engine === null) {
    try {
      engine = start();
    } catch {
      engine = false;
    }
  }
  if (engine === false) return new Uint8Array(builtin<typeof import('node:crypto')>('node:crypto').createHash('sha256').update(input).digest());
  const { compress, bytes, words } = engine;
  words.set(H0, H_AT / 4);
  const n = input.length;
  let at = 0;
  for (; n - at >= CHUNK; at += CHUNK) {
    bytes.set(input.subarray(at, at + CHUNK), DATA_AT);
    compress(CHUNK / 64);
  }
  // The tail, 0x80, zeros, then the length in bits as a 64-bit big-endian number.
  const rest = n - at;
  const padded = (rest + 9 + 63) & ~63;
  bytes.set(input.subarray(at), DATA_AT);
  bytes.fill(0, DATA_AT + rest, DATA_AT + padded);
  bytes[DATA_AT + rest] = 0x80;
  const bitsHigh = Math.floor(n / 0x20000000);
  const bitsLow = (n << 3) >>> 0;
  for (let k = 0; k < 4; k++) {
    bytes[DATA_AT + padded - 8 + k] = (bitsHigh >>> (24 - 8 * k)) & 0xff;
    bytes[DATA_AT + padded - 4 + k] = (bitsLow >>> (24 - 8 * k)) & 0xff;
  }
  compress(padded / 64);
  const digest = new Uint8Array(32);
  for (let k = 0; k < 8; k++) {
    const w = words[H_AT / 4 + k]!;
    digest[4 * k] = w >>> 24;
    digest[4 * k + 1] = (w >>> 16) & 0xff;
    digest[4 * k + 2] = (w >>> 8) & 0xff;
    digest[4 * k + 3] = w & 0xff;
  }
  return digest;
}

/** SHA-256 as 64 lower-case hex digits. */
export function sha256Hex(data: Uint8Array | string): string {
  let hex = '';
  for (const b of sha256(data)) hex += (b < 16 ? '0' : '') + b.toString(16);
  return hex;
}
