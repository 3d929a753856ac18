// The JSON contract of `cchc parse --format json` (schemaVersion 1).
// The zod schemas are the types: every renderer and command reads `CchcDocument`.
// Field names here are read by other tools: add fields freely, never rename.
// zod/mini: the same validation as classic zod with a tree-shakable functional API;
// bundled, it costs ~1 ms at start-up against ~25 ms for classic zod (cold start is a measured bar).
import * as z from 'zod/mini';

export const SCHEMA_VERSION = 1 as const;

/** 1-based line and column in the source text as the reader produced it. */
export const Position = z.object({
  line: z.number().check(z.int(), z.minimum(1)),
  column: z.number().check(z.int(), z.minimum(1)),
});
export type Position = z.infer<typeof Position>;

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const HhMm = z.string().check(z.regex(/^\d{2}:\d{2}$/));

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
  date: z.nullable(IsoDate),
  /** The last day that meets the deadline ("trước ngày 01/12" → 30/11). */
  due: z.nullable(IsoDate),
  time: z.nullable(HhMm),
  relation: z.nullable(Relation),
  granularity: z.nullable(Granularity),
  yearInferred: z.boolean(),
  /** RFC 5545 RRULE without DTSTART, e.g. FREQ=WEEKLY;BYDAY=FR. */
  rrule: z.nullable(z.string()),
  /** The event that starts the clock (conditional and relative deadlines). */
  trigger: z.nullable(z.string()),
  /** Relative deadlines: the amount counted from the trigger. */
  offset: z.nullable(z.object({ amount: z.number().check(z.int()), unit: OffsetUnit })),
  /** Only when narrower than the task's lead units. */
  units: z.optional(z.array(z.string())),
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
  subject: z.nullable(z.string()),
  units: z.array(z.string()),
  text: z.string(),
  bold: z.boolean(),
  position: Position,
});
export type Target = z.infer<typeof Target>;

export const Reference = z.object({
  type: z.nullable(z.string()),
  /** Full number as written: "3057/QĐ-UBND". */
  number: z.nullable(z.string()),
  symbol: z.nullable(z.string()),
  date: z.nullable(IsoDate),
  issuer: z.nullable(z.string()),
  text: z.string(),
  position: Position,
});
export type Reference = z.infer<typeof Reference>;

/**
 * What a section is in the document tree: a part (the decision, an attached Quy chế /
 * Kế hoạch, a Phụ lục), a regulation's Chương / Mục / Điều / Khoản / Điểm, a plan's
 * I. / 1. / a) / - headings, a task table, or a heading row of a table.
 */
export const SectionKind = z.enum([
  'part', 'chapter', 'section', 'article', 'clause', 'point', 'roman', 'arabic', 'letter', 'bullet', 'table', 'table-row',
]);
export type SectionKind = z.infer<typeof SectionKind>;

export const Section = z.object({
  id: z.string(),
  kind: SectionKind,
  title: z.string(),
  level: z.number().check(z.int(), z.minimum(1)),
  units: z.array(z.string()),
  position: Position,
});
export type Section = z.infer<typeof Section>;

export const Task = z.object({
  id: z.string(),
  section: z.nullable(z.string()),
  text: z.string(),
  lead: z.array(z.string()),
  support: z.array(z.string()),
  deadlines: z.array(Deadline),
  targets: z.array(Target),
  /** A task table's "Sản phẩm" / "Kết quả dự kiến" cell: what the work must deliver. */
  product: z.optional(z.string()),
  position: Position,
});
export type Task = z.infer<typeof Task>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Diagnostic = z.object({
  severity: Severity,
  code: z.string(),
  message: z.string(),
  position: z.nullable(Position),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const Signer = z.object({
  authority: z.nullable(z.string()),
  title: z.nullable(z.string()),
  name: z.nullable(z.string()),
});

export const DocumentHeader = z.object({
  type: z.nullable(z.string()),
  issuer: z.nullable(z.string()),
  parentIssuer: z.nullable(z.string()),
  /** Full number as written ("1801/UBND-NV"); null when the number is left blank. */
  number: z.nullable(z.string()),
  symbol: z.nullable(z.string()),
  place: z.nullable(z.string()),
  date: z.nullable(IsoDate),
  year: z.nullable(z.number().check(z.int())),
  subject: z.nullable(z.string()),
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
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    encoding: z.nullable(z.string()),
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
