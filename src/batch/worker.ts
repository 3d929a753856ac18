// Worker thread entry (bundled alone as dist/worker.cjs): runs one job at a
// time for the pool and posts each outcome back. A document that throws, runs
// too long or needs too much memory is the pool's to report; here nothing throws.
import { parentPort, workerData } from 'node:worker_threads';
import { settle } from './heap.js';
import { runJob, type JobSpec } from './job.js';

export interface JobMessage {
  index: number;
  path: string;
}

/** Peak RSS grew with the batch (212 MB after 1,000 documents, 325 MB after 13,946) until each thread collected past this (heap.ts). */
const HEAP_CEILING = 40 * 1024 * 1024;
/** A parse needs ~40× its text at its peak: before a document this long, collect what the heap holds, so the two do not add up. */
const LONG_DOCUMENT = 200 * 1024;

const spec = (workerData as { spec: JobSpec }).spec;
// The pool sends the next job before this one is done (no idle round trip); they run one
// after the other, in the order sent, since the pool takes each outcome for its oldest job.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (m: JobMessage) => {
  queue = queue.then(async () => {
    const outcome = await runJob(m.index, m.path, spec, undefined, (bytes) => {
      if (bytes > LONG_DOCUMENT) settle(0);
    });
    parentPort?.postMessage(outcome);
    settle(HEAP_CEILING);
  });
});
