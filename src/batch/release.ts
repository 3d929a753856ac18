// A worker's piece reaches the main thread as UTF-8 bytes in ArrayBuffers the main
// thread alone owns. Once written they are garbage, but memory outside the heap is
// given back only when a collection finds them: the main thread forced a full
// collection whenever they passed its ceiling (pool.ts), ~14 per 2,000 documents and
// ~10% of its time. A message posted to a closed port is dropped together with what it
// transfers, which frees the buffers now (Node 20 has no ArrayBuffer.prototype.transfer).
// node:worker_threads is loaded only here, when a pool's bytes are first released.
import type { MessagePort } from 'node:worker_threads';
import { builtin } from '../builtins.js';

let port: MessagePort | null = null;

/** Frees these bytes' buffers now: the caller must hold no other view of them. */
export function release(bytes: Uint8Array[]): void {
  const whole = bytes.filter((b) => b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.byteLength > 0);
  if (whole.length === 0) return;
  if (!port) {
    const { MessageChannel } = builtin<typeof import('node:worker_threads')>('node:worker_threads');
    const channel = new MessageChannel();
    channel.port2.close();
    port = channel.port1;
    port.unref();
  }
  try {
    port.postMessage(null, whole.map((b) => b.buffer as ArrayBuffer));
  } catch {
    // not transferable (shared, or already detached): left to the collector
  }
}
