// Which document the pool sends next: in input order, no further than a window
// past the oldest outcome not yet written (so memory stays flat), and never a
// long document while another long one is being parsed.
import { statSync } from 'node:fs';
import { LONG_DOCUMENT } from './heap.js';

export interface Job {
  index: number;
  path: string;
  /** Longer than LONG_DOCUMENT: never parsed while another long one is. */
  long: boolean;
}

export class Schedule {
  private next = 0;
  /** Jobs taken back from a worker that was stopped: sent again first. */
  private readonly again: Job[] = [];
  /** A long document whose turn came while another was running. */
  private held: Job | null = null;

  constructor(
    private readonly paths: readonly string[],
    private readonly window: number,
    private readonly isLong: (path: string) => boolean = longFile,
  ) {}

  /** Jobs a stopped worker had queued, in their order: they go before anything new. */
  giveBack(jobs: readonly Job[]): void {
    this.again.unshift(...jobs);
  }

  /**
   * The next job, or null when there is none to send now: all were sent, the
   * window past `written` outcomes is full, or only a long document is left
   * while `longRunning`. A held long document goes first once none runs; short
   * ones go on past it meanwhile, but not past a second long one.
   */
  take(written: number, longRunning: boolean): Job | null {
    if (this.held && !longRunning) {
      const job = this.held;
      this.held = null;
      return job;
    }
    for (;;) {
      let job = this.again.shift();
      if (!job) {
        if (this.next >= this.paths.length || this.next >= written + this.window) return null;
        const path = this.paths[this.next];
        job = { index: this.next, path, long: this.isLong(path) };
        this.next++;
      }
      if (!job.long || (!this.held && !longRunning)) return job;
      if (this.held) {
        this.again.unshift(job);
        return null;
      }
      this.held = job;
    }
  }
}

function longFile(path: string): boolean {
  try {
    return statSync(path).size > LONG_DOCUMENT;
  } catch {
    return false; // the worker reads it and says why it cannot
  }
}
