// Worker thread entry (bundled alone as dist/worker.cjs): runs one job at a
// time for the pool and posts each outcome back. A document that throws, runs
// too long or needs too much memory is the pool's to report; here nothing throws.
import { parentPort, workerData } from 'node:worker_threads';
import { LONG_DOCUMENT, settle } from './heap.js';
import { runJob, type JobSpec } from './job.js';

export interface JobMessage {
  index: number;
  path: string;
}

/**
 * A thread collects once its heap and buffers pass this (heap.ts). Without it the peak
 * RSS grew with the batch (212 MB after 1,000 documents, 325 MB after 13,946, when file
 * buffers and pieces were not counted). Measured on the whole archive since they are
 * (paired runs): 40 MB cost 1.2× the CPU of 80 MB, 80 MB 1.05× that of 128 MB, and
 * none at all (V8's own pace) 1.08× 128 MB's; the peaks of 40, 80 and 128 MB were the
 * same within the runs' spread (190–212 MB), 1,000 documents 149 and 162 MB (40, 128).
 */
const HEAP_CEILING = 128 * 1024 * 1024;

const encoder = new TextEncoder();

/**
 * UTF-16 units per slice of a piece: at most 48 KB of UTF-8, under glibc's 128 KiB
 * mmap threshold. A piece encoded whole took a mapped block of its size, freed by the
 * main thread after the write; each such block raised glibc's thresholds for the rest
 * of the process, and the threads' arenas then kept megabytes (see nfc in
 * text/normalize.ts).
 */
const SLICE = 16 * 1024;

function utf8Slices(s: string): Uint8Array<ArrayBuffer>[] {
  const out: Uint8Array<ArrayBuffer>[] = [];
  for (let from = 0; from < s.length; ) {
    let to = Math.min(from + SLICE, s.length);
    // Never between the two halves of a surrogate pair.
    if (to < s.length && (s.charCodeAt(to - 1) & 0xfc00) === 0xd800) to--;
    out.push(encoder.encode(s.slice(from, to)));
    from = to;
  }
  return out;
}

/** Before a long document's parse: so that what the heap holds and the parse's peak do not add up. */
const collectIfLong = (bytes: number) => {
  if (bytes > LONG_DOCUMENT) settle(0);
};
const spec = (workerData as { spec: JobSpec }).spec;
// The pool sends the next job before this one is done (no idle round trip); they run one
// after the other, in the order sent, since the pool takes each outcome for its oldest job.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (m: JobMessage) => {
  queue = queue.then(async () => {
    const outcome = await runJob(m.index, m.path, spec, undefined, collectIfLong);
    if (outcome.ok && typeof outcome.chunk === 'string') {
      // The piece goes as UTF-8 bytes whose buffers are handed over, not copied: as a
      // string it was serialized here, copied again into the main thread's heap
      // (most of that thread's allocation, and the swings of its young generation),
      // and encoded there once more for the write.
      const slices = utf8Slices(outcome.chunk);
      outcome.chunk = slices;
      parentPort?.postMessage(outcome, slices.map((b) => b.buffer));
    } else {
      parentPort?.postMessage(outcome);
    }
    settle(HEAP_CEILING);
  });
});
