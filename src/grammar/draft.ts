// What our parsers and refiners pass along inside chrono: a `Draft` per
// expression, attached to chrono's ParsingResult (chrono's result type carries
// dates only; deadlines also need a relation, a recurrence, a trigger …).
import { ParsingResult, type ParsingContext } from './chrono.js';
import type { GrammarContext, GrammarProblem, OffsetUnit } from './types.js';
import type { Granularity, Relation, DeadlineKind } from '../model/schema.js';

export interface Draft {
  /** Span in the prepared text. */
  index: number;
  end: number;
  kind: DeadlineKind;
  relation: Relation | null;
  /** The date as written (periods: last day, or first day with "trước"). */
  year: number | null;
  month: number | null;
  day: number | null;
  yearInferred: boolean;
  /** Due date when it is not derived from the date (relative deadlines). */
  due: string | null;
  time: string | null;
  granularity: Granularity | null;
  rrule: string | null;
  trigger: string | null;
  /** Span of the trigger in the prepared text: the original words are returned. */
  triggerSpan: [number, number] | null;
  offset: { amount: number; unit: OffsetUnit } | null;
  problems: GrammarProblem[];
  /** A date with no relation word yet: kept only if a refiner finds one. */
  bare: boolean;
  /** Weekday stated next to the date (0 = Sunday), checked once the year is known. */
  statedWeekday: { day: number; index: number; length: number; words: string } | null;
  /** The relation words as written ("chậm nhất là", "đến"), when a refiner found them. */
  cue?: string;
  /** Where it came from: the parser's family name, or "chrono". */
  source: string;
  /** More expressions read from the same words ("từ 20 - 25/11/2023"). */
  siblings?: Draft[];
}

export interface ScanState {
  g: GrammarContext;
  /** The prepared text (same as chrono's context.text). */
  s: string;
  /** The prepared text before lower-casing. */
  cased: string;
}

const DRAFTS = new WeakMap<ParsingResult, Draft>();

export function draft(index: number, end: number, source: string, fields: Partial<Draft> = {}): Draft {
  return {
    index, end, kind: 'date', relation: null, year: null, month: null, day: null, yearInferred: false,
    due: null, time: null, granularity: null, rrule: null, trigger: null, triggerSpan: null, offset: null,
    problems: [], bare: false, statedWeekday: null, source, ...fields,
  };
}

/** Wrap a draft as the ParsingResult chrono expects from a parser. */
export function toResult(context: ParsingContext, d: Draft): ParsingResult {
  const r = new ParsingResult(context.reference, d.index, context.text.slice(d.index, d.end));
  DRAFTS.set(r, d);
  return r;
}

export function draftOf(r: object): Draft | undefined {
  return DRAFTS.get(r as ParsingResult);
}

export function stateOf(context: ParsingContext): ScanState {
  return (context.option as unknown as { cchc: ScanState }).cchc;
}
