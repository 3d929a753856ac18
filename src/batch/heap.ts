// A long batch passes hundreds of MB of text through each thread; V8, given
// room, lets that garbage pile up before a full collection, and the peak RSS
// then grows with the number of documents. A thread that calls settle() after
// each document collects whenever its used heap passes the ceiling: the live
// data of one parse is ~13 MB, so this keeps the peak flat at little cost.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A parse needs ~40× its text at its peak: a document longer than this is a
 * long one. Before one, a worker collects what its heap holds, so the two do
 * not add up (worker.ts); and the pool never sends two at once (schedule.ts).
 */
export const LONG_DOCUMENT = 200 * 1024;

let gc: (() => void) | null | undefined;

export function settle(ceiling: number): void {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    gc = (runInNewContext('gc') as (() => void) | undefined) ?? null;
  }
  if (!gc) return;
  // Buffers (the bytes of each file read, the pieces a worker hands over) live outside the
  // heap and are freed only by a collection: they count towards the ceiling too.
  const heap = getHeapStatistics();
  if (heap.used_heap_size + heap.external_memory > ceiling) gc();
}
