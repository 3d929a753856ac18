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

/** Peak RSS grew with the batch (212 MB after 1,000 documents, 325 MB after 13,946) until each thread collected past this (heap.ts). */
const HEAP_CEILING = 40 * 1024 * 1024;

const encoder = new TextEncoder();
const spec = (workerData as { spec: JobSpec }).spec;
// The pool sends the next job before this one is done (no idle round trip); they run one
// after the other, in the order sent, since the pool takes each outcome for its oldest job.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (m: JobMessage) => {
  queue = queue.then(async () => {
    const outcome = await runJob(m.index, m.path, spec, undefined, (bytes) => {
      if (bytes > LONG_DOCUMENT) settle(0);
    });
    if (outcome.ok && typeof outcome.chunk === 'string') {
      // The piece goes as UTF-8 bytes whose buffer is handed over, not copied: as a
      // string it was serialized here, copied again into the main thread's heap
      // (most of that thread's allocation, and the swings of its young generation),
      // and encoded there once more for the write.
      const bytes = encoder.encode(outcome.chunk);
      outcome.chunk = bytes;
      parentPort?.postMessage(outcome, [bytes.buffer]);
    } else {
      parentPort?.postMessage(outcome);
    }
    settle(HEAP_CEILING);
  });
});
