// The contract between the deadline grammar and the parse pipeline.
import type { DeadlineKind, Granularity, Relation } from '../model/schema.js';

export interface GrammarContext {
  /** The document's issue date (ISO), when known: reference for relative dates. */
  issueDate: string | null;
  /** The document's year (from its date, or "ngày tháng năm 2023"): fills a missing year. */
  year: number | null;
  /** The text is already folded (text/normalize.ts foldForMatching), as the pipeline's is: the grammar skips that pass. */
  folded?: boolean;
  /**
   * The text is a slice of one already in NFC (the pipeline checks its text once):
   * the grammar does not normalize each paragraph again (~1.5% of a batch).
   */
  nfc?: boolean;
}

export type OffsetUnit = 'day' | 'working-day' | 'week' | 'month' | 'year';

/** One time expression that states a deadline, found in a piece of text. */
export interface TimeExpression {
  /** Offset of `text` in the scanned string (UTF-16 code units). */
  index: number;
  /** The words that state the deadline, e.g. "chậm nhất ngày 20/11/2023". */
  text: string;
  kind: DeadlineKind;
  relation: Relation | null;
  /** The date as written (a month/quarter/year: its last day), ISO; null for recurring/conditional. */
  date: string | null;
  /** The last day that meets the deadline ("trước ngày 01/12/2023" → 2023-11-30). */
  due: string | null;
  /** "HH:MM" when a time of day is given. */
  time: string | null;
  granularity: Granularity | null;
  /** True when the year was missing and taken from the context. */
  yearInferred: boolean;
  /** RFC 5545 RRULE without DTSTART for recurring deadlines. */
  rrule: string | null;
  /** The event that starts the clock (conditional, relative). */
  trigger: string | null;
  offset: { amount: number; unit: OffsetUnit } | null;
  /** Things the grammar noticed, for diagnostics. */
  problems: GrammarProblem[];
}

export interface GrammarProblem {
  code:
    | 'date/impossible' // 31/11/2023
    | 'date/weekday-mismatch' // "thứ Sáu, ngày 21/11/2023"
    | 'date/before-issue' // a year-less date that falls before the issue date
    | 'time/unresolved'; // recognised as time but not resolved
  /** Offset in the scanned string. */
  index: number;
  length: number;
  /** Free detail for the message, e.g. the stated weekday. */
  detail?: string;
}
