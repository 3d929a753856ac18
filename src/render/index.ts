// The output formats of `cchc parse`. Each renderer is loaded on demand by the
// batch writer (src/batch/stream.ts, job.ts) for the format it writes.

export const FORMATS = ['json', 'jsonl', 'table', 'ics', 'csv'] as const;

export type Format = (typeof FORMATS)[number];
