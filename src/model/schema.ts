// The JSON contract of `cchc parse --format json` (schemaVersion 1).
// The zod schemas are the types: every renderer and command reads `CchcDocument`.
// Field names here are read by other tools: add fields freely, never rename.
import * as z from 'zod';

export const SCHEMA_VERSION = 1 as const;

/** 1-based line and column in the source text as the reader produced it. */
export const Position = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
});
export type Position = z.infer<typeof Position>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const HhMm = z.string().regex(/^\d{2}:\d{2}$/);

export const DeadlineKind = z.enum(['date', 'recurring', 'conditional', 'relative']);
export type DeadlineKind = z.infer<typeof DeadlineKind>;
export const Relation = z.enum(['before', 'by', 'on', 'from']);
export type Relation = z.infer<typeof Relation>;
export const Granularity = z.enum(['day', 'month', 'quarter', 'half-year', 'year']);
export type Granularity = z.infer<typeof Granularity>;
export const OffsetUnit = z.enum(['day', 'working-day', 'week', 'month', 'year']);

export const Deadline = z.object({
  kind: DeadlineKind,
  /** The date as written (a period: its last day). Null for recurring/conditional. */
  date: IsoDate.nullable(),
  /** The last day that meets the deadline ("trước ngày 01/12" → 30/11). */
  due: IsoDate.nullable(),
  time: HhMm.nullable(),
  relation: Relation.nullable(),
  granularity: Granularity.nullable(),
  yearInferred: z.boolean(),
  /** RFC 5545 RRULE without DTSTART, e.g. FREQ=WEEKLY;BYDAY=FR. */
  rrule: z.string().nullable(),
  /** The event that starts the clock (conditional and relative deadlines). */
  trigger: z.string().nullable(),
  /** Relative deadlines: the amount counted from the trigger. */
  offset: z.object({ amount: z.number().int(), unit: OffsetUnit }).nullable(),
  /** Only when narrower than the task's lead units. */
  units: z.array(z.string()).optional(),
  text: z.string(),
  bold: z.boolean(),
  position: Position,
});
export type Deadline = z.infer<typeof Deadline>;

export const Comparator = z.enum(['>', '>=', '=', '<', '<=']);
export type Comparator = z.infer<typeof Comparator>;

export const Target = z.object({
  value: z.number(),
  comparator: Comparator,
  /** "%" or the counted noun ("TTHC", "hồ sơ"). */
  unit: z.string(),
  role: z.enum(['target', 'baseline']),
  subject: z.string().nullable(),
  units: z.array(z.string()),
  text: z.string(),
  bold: z.boolean(),
  position: Position,
});
export type Target = z.infer<typeof Target>;

export const Reference = z.object({
  type: z.string().nullable(),
  /** Full number as written: "3057/QĐ-UBND". */
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  date: IsoDate.nullable(),
  issuer: z.string().nullable(),
  text: z.string(),
  position: Position,
});
export type Reference = z.infer<typeof Reference>;

export const Section = z.object({
  id: z.string(),
  title: z.string(),
  level: z.number().int().min(1),
  units: z.array(z.string()),
  position: Position,
});
export type Section = z.infer<typeof Section>;

export const Task = z.object({
  id: z.string(),
  section: z.string().nullable(),
  text: z.string(),
  lead: z.array(z.string()),
  support: z.array(z.string()),
  deadlines: z.array(Deadline),
  targets: z.array(Target),
  position: Position,
});
export type Task = z.infer<typeof Task>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Diagnostic = z.object({
  severity: Severity,
  code: z.string(),
  message: z.string(),
  position: Position.nullable(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const Signer = z.object({
  authority: z.string().nullable(),
  title: z.string().nullable(),
  name: z.string().nullable(),
});

export const DocumentHeader = z.object({
  type: z.string().nullable(),
  issuer: z.string().nullable(),
  parentIssuer: z.string().nullable(),
  /** Full number as written ("1801/UBND-NV"); null when the number is left blank. */
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  place: z.string().nullable(),
  date: IsoDate.nullable(),
  year: z.number().int().nullable(),
  subject: z.string().nullable(),
  recipients: z.array(z.string()),
  signer: Signer,
  distribution: z.array(z.string()),
});
export type DocumentHeader = z.infer<typeof DocumentHeader>;

/** One unit as the document names it, with its canonical key (see text/units.ts). */
export const UnitEntry = z.object({
  key: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
});
export type UnitEntry = z.infer<typeof UnitEntry>;

export const SourceFormat = z.enum(['txt', 'md', 'docx', 'pdf']);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const CchcDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    path: z.string(),
    format: SourceFormat,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    encoding: z.string().nullable(),
  }),
  document: DocumentHeader,
  references: z.array(Reference),
  sections: z.array(Section),
  tasks: z.array(Task),
  /** Figures outside any task (reported statistics in narrative paragraphs). */
  targets: z.array(Target),
  units: z.array(UnitEntry),
  diagnostics: z.array(Diagnostic),
});
export type CchcDocument = z.infer<typeof CchcDocument>;
