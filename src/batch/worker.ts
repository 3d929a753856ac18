// Worker thread entry (bundled alone as dist/worker.cjs): runs one job at a
// time for the pool and posts each outcome back. A document that throws, runs
// too long or needs too much memory is the pool's to report; here nothing throws.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type JobSpec } from './job.js';

export interface JobMessage {
  index: number;
  path: string;
}

/**
 * A parse keeps ~13 MB alive, but with a roomy heap limit V8 lets garbage pile
 * up to a few hundred MB before a full collection, so a long batch's peak RSS
 * crept up with the number of documents (212 MB after 1,000, 325 MB after
 * 13,946). A full collection whenever the used heap passes this keeps it flat.
 */
const HEAP_CEILING = 64 * 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;

const spec = (workerData as { spec: JobSpec }).spec;
parentPort?.on('message', (m: JobMessage) => {
  void runJob(m.index, m.path, spec).then((outcome) => {
    parentPort?.postMessage(outcome);
    if (gc && getHeapStatistics().used_heap_size > HEAP_CEILING) gc();
  });
});
