// The ordered registry: findings on one line are listed in this order.
import type { Rule } from '../types.js';
import { documentNumberBlank } from './document-number-blank.js';
import { documentDateBlank } from './document-date-blank.js';
import { structureNone } from './structure-none.js';
import { dateImpossible } from './date-impossible.js';
import { dateWeekdayMismatch } from './date-weekday-mismatch.js';
import { timeUnresolved } from './time-unresolved.js';
import { taskNoUnit } from './task-no-unit.js';
import { taskCompletionNoDeadline } from './task-completion-no-deadline.js';
import { taskNoDeadline } from './task-no-deadline.js';
import { deadlineBeforeIssue } from './deadline-before-issue.js';
import { deadlinePast } from './deadline-past.js';
import { deadlineYearInferred } from './deadline-year-inferred.js';
import { deadlineUnitNotRecipient } from './deadline-unit-not-recipient.js';
import { unitSpelling } from './unit-spelling.js';
import { unitUnknown } from './unit-unknown.js';
import { targetOver100 } from './target-over-100.js';
import { referenceMalformedNumber } from './reference-malformed-number.js';

export const RULES: readonly Rule[] = [
  documentNumberBlank,
  documentDateBlank,
  structureNone,
  dateImpossible,
  dateWeekdayMismatch,
  timeUnresolved,
  taskNoUnit,
  taskCompletionNoDeadline,
  taskNoDeadline,
  deadlineBeforeIssue,
  deadlinePast,
  deadlineYearInferred,
  deadlineUnitNotRecipient,
  unitSpelling,
  unitUnknown,
  targetOver100,
  referenceMalformedNumber,
];

export const RULE_CODES: readonly string[] = RULES.map((r) => r.code);
