import type { CchcDocument, Position, Severity } from '../model/schema.js';
import type { LineMap } from '../text/location.js';
import type { Lang } from '../render/types.js';
import type { LintConfig } from './config.js';

/** What a rule sees: the parsed document and the text its positions point into. */
export interface LintContext {
  doc: CchcDocument;
  /** The reader's text (positions in `doc` refer to it). */
  text: string;
  lines: LineMap;
  config: LintConfig;
  /** Reference day for "already past" (ISO), only when --today is given. */
  today: string | null;
  /** Language of messages (some message values, such as a weekday name, are words). */
  lang: Lang;
}

/** A rule's raw result: where, and the values its message template needs. */
export interface RawFinding {
  position: Position | null;
  vars?: Record<string, string | number>;
  /** A finding lifted from the pipeline keeps its own (already localised) message. */
  message?: string;
}

export interface Rule {
  code: string;
  severity: Severity;
  /** The phrases or fields it looks at, for the README and `--help` listings. */
  description: string;
  check(ctx: LintContext): RawFinding[];
}

export interface Finding {
  file: string;
  line: number;
  column: number;
  code: string;
  severity: Severity;
  message: string;
}
