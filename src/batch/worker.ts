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

const spec = (workerData as { spec: JobSpec }).spec;
parentPort?.on('message', (m: JobMessage) => {
  void runJob(m.index, m.path, spec).then((outcome) => {
    parentPort?.postMessage(outcome);
    settle(HEAP_CEILING);
  });
});
