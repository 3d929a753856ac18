import type { CchcDocument } from '../model/schema.js';

export type Lang = 'vi' | 'en';

/** Options every renderer may read. Renderers are pure: no clock, no randomness. */
export interface RenderOptions {
  lang: Lang;
  /** Reference day for "overdue"/"due soon" (ISO date). */
  today: string;
  color: boolean;
  /** Terminal width for the table (columns). */
  width?: number;
  /** Calendar options (ics). */
  todo?: boolean;
  /** Reminder offsets before the due date, e.g. ["3d", "1d"]; [] for none. */
  remind?: string[];
  /** Keep only deadlines of this unit (diacritics-insensitive, canonical). */
  unit?: string;
  /** Keep a date range (ISO, inclusive). */
  from?: string;
  to?: string;
  /** End of recurrence (ISO) for recurring deadlines. */
  until?: string;
  /** json: an array even for one document (a folder or several inputs were given). */
  array?: boolean;
  /** ics: daily rhythms in the calendar grid too (by default they go to the "to watch" entry). */
  daily?: boolean;
  /** ics: the text of the previously exported calendar (--previous), to carry SEQUENCE over and cancel what disappeared. */
  previous?: string;
  /** Deterministic DTSTAMP etc. (seconds since epoch), from SOURCE_DATE_EPOCH. */
  sourceDateEpoch?: number;
}

export type Renderer = (docs: CchcDocument[], opts: RenderOptions) => string | Uint8Array;
