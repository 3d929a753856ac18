// Progress of a long batch, on a terminal's stderr only, redrawn at most a few
// times a second; and the figures of the summary line.
import type { Lang } from '../render/types.js';
import { batchProgress, type BatchFigures } from '../cli/messages.js';
import type { Outcome } from './record.js';

const REDRAW_MS = 250;

export class Progress {
  readonly figures: BatchFigures;
  // Date.now(), not performance.now(): the performance global loads perf_hooks at every start.
  private readonly start = Date.now();
  private drawn = 0;
  private shown = false;

  constructor(
    total: number,
    private readonly lang: Lang,
    /** Where the line goes; null for no progress line (a pipe, --quiet, a short batch). */
    private readonly out: ((s: string) => void) | null,
  ) {
    this.figures = { done: 0, total, failed: 0, deadlines: 0, bytes: 0, seconds: 0 };
  }

  count(o: Outcome): void {
    const f = this.figures;
    f.done++;
    f.bytes += o.bytes;
    if (o.ok) f.deadlines += o.deadlines;
    else f.failed++;
    f.seconds = (Date.now() - this.start) / 1000;
    if (!this.out) return;
    const now = Date.now();
    if (now - this.drawn < REDRAW_MS && f.done < f.total) return;
    this.drawn = now;
    this.out(`\r${batchProgress(f, this.lang)}\x1b[K`);
    this.shown = true;
  }

  /** Before another line goes to stderr, and at the end. */
  clear(): void {
    if (this.shown && this.out) this.out('\r\x1b[K');
    this.shown = false;
  }

  elapsed(): number {
    return (Date.now() - this.start) / 1000;
  }
}
