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
import { Schedule, type Job } from './schedule.js';

const MAIN_HEAP_CEILING = 16 * 1024 * 1024;
const YOUNG_GENERATION_MB = 24;

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
  /** Sent to this worker, in order: the head is running, the next one waits there, so the worker never idles on a round trip. */
  jobs: Job[];
  timer: NodeJS.Timeout | null;
}

/**
 * Outcomes that may wait for an earlier one still running. A long document
 * takes 1–3 s, in which another worker parses a hundred short ones; with a
 * window of 8 it idled after eight. A waiting outcome is one rendered piece
 * (~20 KB on average), so this holds a few MB at most.
 */
const WINDOW = 128;

/** Jobs queued in each worker: one running, one ready (workers idled ~10% of the time with one). */
const PER_WORKER = 2;

export async function* pooled(paths: readonly string[], shown: (p: string) => string, opts: PoolOptions): AsyncGenerator<Outcome> {
  const lang: Lang = opts.spec.render.lang;
  const window = Math.max(WINDOW, opts.jobs * 4);
  const ready = new Map<number, Outcome>();
  const schedule = new Schedule(paths, window);
  let emit = 0;
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    wake?.();
    wake = null;
  };

  /** The head job's clock starts when the one before it is done (or when it was sent to an idle worker). */
  const arm = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const head = slot.jobs[0];
    if (!head) return;
    slot.timer = setTimeout(() => {
      stop(slot);
      settle(slot, failed(head, 'timeout', String(opts.maxSeconds)));
    }, opts.maxSeconds * 1000);
  };

  /** The head job is done (or failed); the next one is already running. */
  const settle = (slot: Slot, outcome: Outcome) => {
    slot.jobs.shift();
    ready.set(outcome.index, outcome);
    arm(slot);
    dispatch();
    signal();
  };

  const failed = (job: Job, code: Failed['code'], detail: string): Failed => ({
    ok: false,
    index: job.index,
    path: shown(job.path),
    code,
    message: message(code as 'timeout', lang, { path: shown(job.path), detail }),
    bytes: 0,
  });

  /** Stops a worker whose head job went wrong; the jobs queued behind it go to the next free worker. */
  const stop = (slot: Slot) => {
    const old = slot.worker;
    old.removeAllListeners();
    old.on('error', () => {});
    void old.terminate();
    schedule.giveBack(slot.jobs.slice(1));
    slot.jobs.length = Math.min(slot.jobs.length, 1);
    slot.worker = spawn(slot);
  };

  const spawn = (slot: Slot): Worker => {
    const w = new Worker(opts.workerFile, {
      workerData: { spec: opts.spec },
      // V8 collects more eagerly the lower this limit is: 512 MB cost 35% more CPU per
      // document than the default, 1 GB 22%, 2 GB nothing measurable (1,000 archive texts).
      // The young generation grows to V8's default 48 MB (16 MB semi-spaces) on the first long
      // document and the pages stay resident: the peak RSS of a batch then follows its longest
      // document. 24 MB keeps it near that of a batch of short ones, at no measurable cost.
      resourceLimits: { maxOldGenerationSizeMb: opts.maxMemoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      stdout: true,
      stderr: true,
    });
    // Nothing a worker prints may reach the output (pdf.js warnings): read and dropped.
    w.stdout.resume();
    w.stderr.resume();
    w.on('message', (outcome: Outcome) => settle(slot, outcome));
    w.on('error', (err: Error & { code?: string }) => {
      const job = slot.jobs[0];
      if (!job) {
        fatal = err;
        signal();
        return;
      }
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      const outcome = oom ? failed(job, 'out-of-memory', `> ${opts.maxMemoryMb} MB`) : failed(job, 'worker-failed', err.message.split('\n')[0]);
      stop(slot);
      settle(slot, outcome);
    });
    w.on('exit', (code) => {
      const job = slot.jobs[0];
      if (slot.worker !== w || !job) return;
      stop(slot);
      settle(slot, failed(job, 'worker-failed', `exit ${code}`));
    });
    w.unref();
    return w;
  };

  const slots: Slot[] = [];
  /**
   * At most one long document is parsed at a time: one raises a worker's
   * resident memory by up to 18 MB (the archive's documents measured one by
   * one, each after a collection), and two at once would add up.
   */
  const longRunning = () => slots.some((s) => s.jobs.some((j) => j.long));
  const dispatch = () => {
    for (let round = 0; round < PER_WORKER; round++) {
      for (const slot of slots) {
        if (slot.jobs.length > round) continue;
        const job = schedule.take(emit, longRunning());
        if (!job) return;
        slot.jobs.push(job);
        if (slot.jobs.length === 1) arm(slot);
        slot.worker.postMessage({ index: job.index, path: job.path } satisfies JobMessage);
      }
    }
  };

  for (let i = 0; i < Math.min(opts.jobs, paths.length); i++) {
    const slot: Slot = { worker: undefined as unknown as Worker, jobs: [], timer: null };
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
