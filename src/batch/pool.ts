// A pool of worker threads that parses documents in parallel and hands the
// outcomes back in input order. The queue is bounded: a document is sent only
// when fewer than `window` outcomes are waiting for an earlier, slower one, so
// memory stays flat whatever the number of documents. A worker past
// --max-seconds is stopped, one that runs out of memory dies alone; either way
// the document becomes a Failed outcome and a fresh worker takes its place.
import { Worker } from 'node:worker_threads';
import type { Lang } from '../render/types.js';
import { message } from '../cli/messages.js';
import type { JobSpec } from './job.js';
import type { Failed, Outcome } from './record.js';
import type { JobMessage } from './worker.js';
import { settle as collectAbove } from './heap.js';

const MAIN_HEAP_CEILING = 16 * 1024 * 1024;

export interface PoolOptions {
  jobs: number;
  /** The worker script (dist/worker.cjs, or a development build of src/batch/worker.ts). */
  workerFile: string;
  spec: JobSpec;
  maxSeconds: number;
  /** V8 old-space limit of each worker, MB. */
  maxMemoryMb: number;
}

interface Slot {
  worker: Worker;
  job: { index: number; path: string } | null;
  timer: NodeJS.Timeout | null;
}

export async function* pooled(paths: readonly string[], shown: (p: string) => string, opts: PoolOptions): AsyncGenerator<Outcome> {
  const lang: Lang = opts.spec.render.lang;
  const window = opts.jobs * 4;
  const ready = new Map<number, Outcome>();
  let next = 0;
  let emit = 0;
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };

  const settle = (slot: Slot, outcome: Outcome) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    ready.set(outcome.index, outcome);
    dispatch();
    signal();
  };

  const failed = (job: { index: number; path: string }, code: Failed['code'], detail: string): Failed => ({
    ok: false,
    index: job.index,
    path: shown(job.path),
    code,
    message: message(code as 'timeout', lang, { path: shown(job.path), detail }),
    bytes: 0,
  });

  const replace = (slot: Slot) => {
    const old = slot.worker;
    old.removeAllListeners();
    old.on('error', () => {});
    void old.terminate();
    slot.worker = spawn(slot);
  };

  const spawn = (slot: Slot): Worker => {
    const w = new Worker(opts.workerFile, {
      workerData: { spec: opts.spec },
      // V8 collects more eagerly the lower this limit is: 512 MB cost 35% more CPU per
      // document than the default, 1 GB 22%, 2 GB nothing measurable (1,000 archive texts).
      resourceLimits: { maxOldGenerationSizeMb: opts.maxMemoryMb },
      stdout: true,
      stderr: true,
    });
    // Nothing a worker prints may reach the output (pdf.js warnings): read and dropped.
    w.stdout.resume();
    w.stderr.resume();
    w.on('message', (outcome: Outcome) => settle(slot, outcome));
    w.on('error', (err: Error & { code?: string }) => {
      const job = slot.job;
      if (!job) {
        fatal = err;
        signal();
        return;
      }
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const outcome = oom ? failed(job, 'out-of-memory', `> ${opts.maxMemoryMb} MB`) : failed(job, 'worker-failed', err.message.split('\n')[0]);
      replace(slot);
      settle(slot, outcome);
    });
    w.on('exit', (code) => {
      if (slot.worker !== w || !slot.job) return;
      const job = slot.job;
      replace(slot);
      settle(slot, failed(job, 'worker-failed', `exit ${code}`));
    });
    w.unref();
    return w;
  };

  const slots: Slot[] = [];
  const dispatch = () => {
    for (const slot of slots) {
      if (slot.job || next >= paths.length || next >= emit + window) continue;
      const job = { index: next, path: paths[next] };
      next++;
      slot.job = job;
      slot.timer = setTimeout(() => {
        replace(slot);
        settle(slot, failed(job, 'timeout', String(opts.maxSeconds)));
      }, opts.maxSeconds * 1000);
      slot.worker.postMessage({ index: job.index, path: job.path } satisfies JobMessage);
    }
  };

  for (let i = 0; i < Math.min(opts.jobs, paths.length); i++) {
    const slot: Slot = { worker: undefined as unknown as Worker, job: null, timer: null };
    slot.worker = spawn(slot);
    slots.push(slot);
  }
  try {
    dispatch();
    while (emit < paths.length) {
      const outcome = ready.get(emit);
      if (outcome) {
        ready.delete(emit);
        emit++;
        dispatch();
        yield outcome;
        // The text of every document passes through this thread too.
        collectAbove(MAIN_HEAP_CEILING);
        continue;
      }
      if (fatal) throw fatal;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    for (const slot of slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.worker.removeAllListeners();
      slot.worker.on('error', () => {});
      await slot.worker.terminate();
    }
  }
}
