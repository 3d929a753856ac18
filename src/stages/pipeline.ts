// reader text → markup → blocks → header → structure → units, deadlines,
// targets, citations → one document body. Each stage returns new data; every
// item keeps its offset so that diagnostics can say line:column.
import type { CchcDocument, Deadline, Diagnostic, Position, Section, Target, Task } from '../model/schema.js';
import { diagnostic } from '../model/diagnostics.js';
import type { Lang } from '../render/types.js';
import { scanTime } from '../grammar/index.js';
import type { GrammarContext, GrammarProblem, TimeExpression } from '../grammar/types.js';
import { LineMap } from '../text/location.js';
import { isBold, stripMarkup } from '../text/markup.js';
import { foldForMatching, isNfc, squash } from '../text/normalize.js';
import { isBlank } from '../text/lines.js';
import { startsWithUnitHead, unitKey } from '../text/units.js';
import { splitBlocks, type Block } from './blocks.js';
import { readHeader } from './header.js';
import { readNarrativeHeader, readTitle } from './narrative-header.js';
import { findReferences } from './references.js';
import { buildStructure, type TaskDraft, type TaskField } from './structure.js';
import { findTargets } from './targets.js';
import { clauseUnits, forgetSentenceUnits, headingUnits, sentences, sentenceUnits, type Sentence, type SentenceUnits } from './units.js';
import { fast, rx } from '../text/letters.js';
import { STATE_VERBS } from './targets-limits.js';
import type { SourceTable } from '../source/types.js';
import { textTables } from '../source/text-tables.js';
import { readTable, type CellText, type TableRead } from './tables.js';

export type DocumentBody = Omit<CchcDocument, 'schemaVersion' | 'source'>;

export interface PipelineOptions {
  lang: Lang;
  /** Web-converted Markdown is hard-wrapped: paragraphs are not separated by blank lines. */
  hardWrapped?: boolean;
  /** The tables of the document tree (offsets in `marked`); rebuilt from the text when absent. */
  tables?: SourceTable[];
}

export function runPipeline(marked: string, opts: PipelineOptions): DocumentBody {
  try {
    return readDocument(marked, opts);
  } finally {
    forgetSentenceUnits();
  }
}

function readDocument(marked: string, opts: PipelineOptions): DocumentBody {
  const plain = stripMarkup(marked);
  const text = foldForMatching(plain.text);
  const lineMap = new LineMap(marked);
  const pos = (offset: number): Position => lineMap.position(plain.origin.toMarked(offset));
  const boldAt = (s: number, e: number) => isBold(plain.bold, s, e);

  const blocks = splitBlocks(text, { hardWrapped: opts.hardWrapped ?? looksHardWrapped(text) });
  const { header, bodyStart, bodyEnd, attachment } = readHeader(blocks, boldAt);
  // The tree's tables after the header: task tables give their rows as tasks (in the
  // body, in an attached plan or in a Phụ lục after the signature), statistical
  // tables nothing; their cells are not paragraphs of the body.
  const headerEnd = blocks[bodyStart]?.start ?? text.length;
  const toPlain = (marked: number) => plain.origin.toPlain(marked);
  const tables = (opts.tables ?? textTables(marked))
    .filter((t) => toPlain(t.start) >= headerEnd - 1)
    .map((t) => readTable(t, text, toPlain))
    .filter((t): t is TableRead => t !== null);
  const inTable = (b: Block) => tables.some((t) => b.start >= t.start && b.end <= t.end + 1);
  const body = [...blocks.slice(bodyStart, bodyEnd), ...(attachment ? blocks.slice(attachment[0], attachment[1]) : [])].filter((b) => !inTable(b));

  const bodyFrom = body.length ? body[0].start : 0;
  const bodyTo = body.length ? body[body.length - 1].end : 0;
  const yearHint = header.year ?? titleYear(header.subject ?? squash(blocks[0]?.text ?? '')) ?? dominantYear(text.slice(bodyFrom, bodyTo));
  readNarrativeHeader(body, header, yearHint);
  if (header.year === null) header.year = header.date ? Number(header.date.slice(0, 4)) : yearHint;
  readTitle(blocks.slice(0, Math.max(1, bodyStart)), header);
  // Cited documents are searched to the end: footnotes after the signature cite them too.
  const refs = findReferences(text.slice(bodyFrom), new Set(header.number ? [header.number] : [])).map((r) => ({
    ...r,
    start: r.start + bodyFrom,
    end: r.end + bodyFrom,
  }));

  const ctx: GrammarContext = { issueDate: header.date, year: header.year, folded: true, nfc: isNfc(text) };
  const diagnostics: Diagnostic[] = [];
  // The grammar runs once per paragraph; structure and tasks share the result.
  const timeCache = new Map<Block, TimeExpression[]>();
  const timeOf = (b: Block) => {
    let found = timeCache.get(b);
    if (!found) {
      found = scanTime(text.slice(b.bodyStart, b.end), ctx).filter((e) => {
        const start = b.bodyStart + e.index;
        const end = start + e.text.length;
        return !refs.some((r) => r.start < end && r.end > start); // a cited document's date
      });
      timeCache.set(b, found);
    }
    return found;
  };
  const dated = (e: TimeExpression) => e.date !== null || e.rrule !== null;
  const structure = buildStructure(body, (b) => timeOf(b).some((e) => dated(e) || e.trigger !== null));

  // A paragraph outside any section that names no unit continues the previous
  // one's work ("Báo cáo gửi về … chậm nhất …" after "UBND tỉnh yêu cầu X …"), and
  // so does one right after a numbered item of its section ("1. Các cơ quan … xây
  // dựng Kế hoạch …" / "Định kỳ báo cáo UBND tỉnh … hằng năm").
  const taskEnv: TaskEnv = { text, timeOf, ctx, lang: opts.lang, pos, boldAt, diagnostics, issueDate: header.date };
  let previousTop: string[] = [];
  let previousItem: { section: string | null; lead: string[] } | null = null;
  const tasks: Task[] = structure.tasks.map((draft) => {
    // …when it gives that work a time ("Thời hạn chậm nhất 05 ngày …"): "Trong quá trình thực
    // hiện, nếu có khó khăn, vướng mắc kịp thời báo cáo …" after the last item is everyone's.
    const afterItem = draft.section !== null && previousItem?.section === draft.section && timeOf(draft.block).some(dated) ? previousItem.lead : [];
    const ctxUnits = { previous: draft.section === null ? previousTop : afterItem, recipients: header.recipients };
    const { task, statesLead } = buildTask(draft, taskEnv, ctxUnits);
    if (draft.section === null) previousTop = task.lead;
    // Only a subject the item states itself: one found further in its text may be anyone's.
    if (draft.block.marker !== 'none') previousItem = statesLead ? { section: draft.section, lead: task.lead } : null;
    else if (previousItem?.section !== draft.section) previousItem = null;
    return task;
  });
  const tableSections: Section[] = [];
  tables.forEach((t, k) => {
    if (t.kind !== 'tasks') return;
    const read = tableTasks(t, k + 1, taskEnv);
    tableSections.push(...read.sections);
    tasks.push(...read.tasks);
  });
  tasks.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);

  // Figures outside tasks: narrative paragraphs and headings ("+ Sắn: phấn đấu đạt trên 155.000 tấn:").
  const taskBlocks = new Set(structure.tasks.map((t) => t.block));
  const headingsWithoutTask = structure.sections.map((sd) => sd.block).filter((b) => !taskBlocks.has(b));
  // Footnotes after the signature ("[2] Theo thống kê … 102 người chết …") report figures too.
  const footnotes = blocks.slice(Math.max(bodyEnd, attachment ? attachment[1] : 0)).filter((b) => FOOTNOTE.test(b.text) && !inTable(b));
  const loose: Target[] = [...structure.narrative, ...headingsWithoutTask, ...footnotes].sort((a, b) => a.start - b.start).flatMap((b) =>
    findTargets(text.slice(b.bodyStart, b.end)).map((t) => toTarget(t, b.bodyStart, pos, boldAt)),
  );

  for (const t of tasks) {
    if (t.lead.length === 0) diagnostics.push(diagnostic('task/no-unit', t.position, opts.lang, { task: t.id }));
    if (t.deadlines.length === 0) diagnostics.push(diagnostic('task/no-deadline', t.position, opts.lang, { task: t.id }));
  }
  if (tasks.length === 0) diagnostics.push(diagnostic('structure/none', null, opts.lang));

  const sections: Section[] = [
    ...structure.sections.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: squash([text.slice(s.block.bodyStart, s.block.end), ...(s.titleBlocks ?? []).map((t) => text.slice(t.start, t.end))].join(' ').replace(/\*\*/g, '')),
      level: s.level,
      units: s.units,
      position: pos(s.block.start),
    })),
    ...tableSections,
  ].sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);

  return {
    document: header,
    references: refs.map((r) => ({
      type: r.type,
      number: r.number,
      symbol: r.symbol,
      date: r.date,
      issuer: r.issuer,
      text: r.text,
      position: pos(r.start),
    })),
    sections,
    tasks,
    targets: loose,
    units: unitIndex(sections, tasks),
    diagnostics: sortDiagnostics(diagnostics),
  };
}

const FOOTNOTE = /^\s*\[\d{1,3}\]\s/u;

/** "Quý Ủy ban", "Quý cơ quan": the polite "you" of a letter — its recipients. */
const ADDRESSEE_RE = fast(/(?<![\p{L}])Quý\s+(?:Ủy ban|Uỷ ban|cơ quan|Cơ quan|đơn vị|Đơn vị|Sở|Bộ|Ban|Phòng|địa phương)(?![\p{L}])/u);

/** The task, and whether its first sentence names its lead (what a paragraph after it may take on). */
function buildTask(draft: TaskDraft, env: TaskEnv, context: { previous: string[]; recipients: string[] }): { task: Task; statesLead: boolean } {
  const { text, timeOf, pos, boldAt } = env;
  const from = draft.block.bodyStart;
  const body = text.slice(from, draft.block.end);
  const sents = sentences(body);
  const perSentence = new SentenceReading(sents);

  // The task's lead: named by its first sentence, else by its section; a task
  // with neither takes the first sentence that names one.
  const own = sents.length ? perSentence.at(0).lead : [];
  const found = timeOf(draft.block);
  let lead = own.length
    ? own
    : context.recipients.length && ADDRESSEE_RE.test(body)
      ? context.recipients
      : context.previous.length && draft.block.marker === 'none'
        ? context.previous
        : draft.inherited.length
          ? draft.inherited
          : perSentence.firstLead();
  const support: string[] = [];
  for (const su of perSentence.withPartners()) for (const n of su.support) if (!support.includes(n) && !lead.includes(n)) support.push(n);

  // "Đơn vị chủ trì: …", "Thời gian thực hiện: …" after the task fill its columns.
  // A field's value reads as a table cell: without the sentence's closing stop ("Quý I/2026.").
  const fieldText = (f: TaskField): CellText => {
    const raw = text.slice(f.valueStart, f.block.end);
    const end = f.valueStart + raw.replace(/[\s.;,*]+$/u, '').length;
    return { start: f.valueStart, end, text: text.slice(f.valueStart, end) };
  };
  const fields = draft.fields ?? [];
  const fieldLead = fields.filter((f) => f.role === 'lead').flatMap((f) => cellUnits(fieldText(f)));
  if (fieldLead.length) lead = fieldLead;
  for (const f of fields.filter((f) => f.role === 'support')) for (const n of cellUnits(fieldText(f))) if (!support.includes(n) && !lead.includes(n)) support.push(n);
  const deadlines = deadlinesIn(found, from, body, lead, env, { sents, perSentence });
  // Every field may carry a time ("Số lượng: 02 hội nghị/năm"), but a budget's "hằng năm"
  // says how it is funded, not when work is due.
  for (const f of fields) {
    if (f.role === 'budget') continue;
    const c = fieldText(f);
    deadlines.push(...deadlinesIn(timeOf({ ...f.block, bodyStart: c.start, end: c.end }), c.start, c.text, lead, env));
  }
  const productField = fields.find((f) => f.role === 'product');

  const task: Task = {
    id: draft.id,
    section: draft.section,
    text: squash(body),
    lead,
    support,
    deadlines,
    // The task's own figures, and those of its labelled fields ("- Số lượng: 02 hội nghị/năm × 50 đại biểu/hội nghị").
    targets: [
      ...findTargets(body).map((t) => toTarget(t, from, pos, boldAt)),
      ...fields.filter((f) => f.role !== 'time').flatMap((f) => findTargets(text.slice(f.valueStart, f.block.end)).map((t) => toTarget(t, f.valueStart, pos, boldAt))),
    ],
    ...(productField ? { product: squash(fieldText(productField).text) } : {}),
    position: pos(draft.block.start),
  };
  return { task, statesLead: own.length > 0 };
}

const PARTNER_HINT = fast(/[Pp]hối\s+hợp/u);

/**
 * The units each sentence of a stretch names, read when asked: a task's lead needs its
 * first sentence, its partners the sentences that say "phối hợp", and a deadline the
 * nearest naming sentence up to its own — most sentences of a long text are never read.
 */
class SentenceReading {
  private readonly read: (SentenceUnits | undefined)[] = [];
  /** For each sentence up to `filled`, the nearest one up to it (but not the first) that names units; -1 when none. */
  private readonly named: number[] = [];

  constructor(private readonly sents: Sentence[]) {}

  at(k: number): SentenceUnits {
    let su = this.read[k];
    if (su === undefined) {
      su = sentenceUnits(this.sents[k].text);
      this.read[k] = su;
    }
    return su;
  }

  /** The lead of the first sentence that names one; [] when none does. */
  firstLead(): string[] {
    for (let k = 0; k < this.sents.length; k++) if (this.at(k).lead.length) return this.at(k).lead;
    return [];
  }

  /** Sentences that may name partners, read. */
  *withPartners(): Generator<SentenceUnits> {
    for (let k = 0; k < this.sents.length; k++) if (PARTNER_HINT.test(this.sents[k].text)) yield this.at(k);
  }

  /** Filled forward once, so that a paragraph of thousands of deadlines stays near-linear. */
  namedUpTo(si: number): number {
    for (let k = this.named.length; k <= si; k++) this.named.push(k > 0 && this.at(k).lead.length ? k : k > 0 ? this.named[k - 1] : -1);
    return this.named[si];
  }
}

interface DeadlineEnv {
  ctx: GrammarContext;
  lang: Lang;
  pos: (o: number) => Position;
  boldAt: (s: number, e: number) => boolean;
  diagnostics: Diagnostic[];
  issueDate: string | null;
}

/** What building a task reads: the plain text, the grammar's cached answer per block, and where to report. */
interface TaskEnv extends DeadlineEnv {
  text: string;
  timeOf: (b: Block) => TimeExpression[];
}

/**
 * The deadlines of one stretch of text (a paragraph, a table cell) whose work
 * `lead` owns; a deadline whose clause or sentence names narrower units gets them.
 */
function deadlinesIn(
  found: TimeExpression[],
  from: number,
  body: string,
  lead: string[],
  env: DeadlineEnv,
  read?: { sents: Sentence[]; perSentence: SentenceReading },
): Deadline[] {
  const { ctx, lang, pos, boldAt, diagnostics, issueDate } = env;
  const deadlines: Deadline[] = [];
  if (found.length === 0) return deadlines;
  // The caller may have split and read the sentences already (a task's own text).
  const sents = read?.sents ?? sentences(body);
  const perSentence = read?.perSentence ?? new SentenceReading(sents);
  for (const found1 of found) {
    let e = found1;
    const si = sentenceAt(sents, e.index);
    const inSentence = si >= 0;
    // A time limit whose event goes unsaid ("Tiếp nhận và trả lời … trong thời hạn không quá
    // 05 ngày làm việc") counts from the step it limits: the words before it in its sentence.
    if (e.kind === 'relative' && e.date === null && e.trigger === null && e.offset && inSentence) {
      const before = sents[si].text.slice(0, e.index - sents[si].start);
      const after = sents[si].text.slice(e.index - sents[si].start + e.text.length);
      // How long a thing stays posted or kept ("Niêm yết … trong vòng 30 ngày") is no deadline.
      const step = STATE_VERB.test(before.toLowerCase()) ? null : (stepBefore(before) ?? stepAfter(after));
      if (step) e = { ...e, trigger: step };
    }
    // An expression the grammar could not resolve carries only problems.
    if ((e.kind === 'date' || e.kind === 'relative') && e.date === null && e.trigger === null) continue;
    const start = from + e.index;
    const end = start + e.text.length;
    // The units of the deadline's clause, else of the nearest sentence up to it
    // that names some ("Giao X … . Yêu cầu hoàn thiện … trước ngày …" is X's).
    const clause = inSentence ? clauseUnits(sents[si].text, e.index - sents[si].start) : [];
    const nearest = inSentence ? perSentence.namedUpTo(si) : -1;
    const named: string[] = nearest > 0 ? perSentence.at(nearest).lead : [];
    const narrower = clause.length ? clause : named;
    const d: Deadline = {
      kind: e.kind,
      date: e.date,
      due: e.due,
      time: e.time,
      relation: e.relation,
      granularity: e.granularity,
      yearInferred: e.yearInferred,
      rrule: e.rrule,
      trigger: e.trigger,
      offset: e.offset,
      ...(narrower.length && !sameUnits(narrower, lead) ? { units: narrower } : {}),
      text: squash(e.text),
      bold: boldAt(start, end),
      position: pos(start),
    };
    deadlines.push(d);
    if (e.yearInferred) diagnostics.push(diagnostic('deadline/year-inferred', d.position, lang, { text: d.text, year: d.date?.slice(0, 4) ?? ctx.year ?? '' }));
    if (issueDate && d.date && d.date < issueDate && !e.problems.some((p) => p.code === 'date/before-issue')) {
      diagnostics.push(diagnostic('deadline/before-issue', d.position, lang, { text: d.text, issue: issueDate }));
    }
  }
  for (const e of problemsOf(found)) {
    const code = e.code === 'date/before-issue' ? 'deadline/before-issue' : e.code;
    diagnostics.push(diagnostic(code, pos(from + e.index), lang, { text: squash(body.slice(e.index, e.index + e.length)), detail: e.detail ?? '', issue: issueDate ?? '' }));
  }
  return deadlines;
}

/** The index of the sentence that holds `offset` (sentences are in order and do not overlap), or -1. */
function sentenceAt(sents: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sents[mid].start) hi = mid - 1;
    else if (offset >= sents[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The step a bare time limit limits: the clause before it, without its connectives ("… trong thời hạn"). */
function stepBefore(before: string): string | null {
  const t = squash(before.replace(/\*+/g, ''))
    .replace(/(?:,\s*)?(?:trong(?:\s+(?:thời hạn|thời gian|vòng))?|đảm bảo đúng thời hạn|thời hạn|thời gian|là|phải|:)\s*$/u, '')
    .replace(/[,;:\s]+$/u, '')
    .replace(/^[-–+•\s]+/u, '');
  if (t.split(' ').length < 2) return null;
  const clause = t.length > 160 ? t.slice(t.length - 160).replace(/^\S*\s/u, '') : t;
  return clause.charAt(0).toLowerCase() + clause.slice(1);
}

/** "- Trong thời hạn 02 ngày làm việc, gửi Báo cáo …": the step after a limit that opens its sentence. */
function stepAfter(after: string): string | null {
  const m = /^\s*,\s*([^.;]{6,160})/u.exec(after.replace(/\*+/g, ''));
  return m ? squash(m[1]).replace(/[,:\s]+$/u, '') : null;
}

const STATE_VERB = rx(`(?<![\\p{L}])(?:${STATE_VERBS.join('|')})(?![\\p{L}])`, 'u');

/** A cell of units ("Sở Tài chính; Sở Nội vụ", "Sở KH&CN chủ trì hướng dẫn, tổng hợp"): each piece's units. */
function cellUnits(cell: CellText | undefined): string[] {
  if (!cell) return [];
  const out: string[] = [];
  // One name per piece: ";" divides, and so does a line break before a new name ("Sở Tài chính" /
  // "Sở Nội vụ"), but not one that wraps a name ("Sở Tư" / "pháp", "Sở Giáo dục và" / "Đào tạo").
  const pieces = cell.text
    .replace(/\*+/g, '')
    .split(/\n/u)
    .reduce<string[]>((acc, line) => {
      if (acc.length && !startsWithUnitHead(line.trim())) acc[acc.length - 1] += ` ${line}`;
      else acc.push(line);
      return acc;
    }, [])
    .flatMap((p) => p.split(/;/u));
  for (const raw of pieces) {
    const piece = squash(raw).replace(/[.,]$/u, '');
    if (!piece) continue;
    const su = sentenceUnits(piece).lead;
    const names = su.length ? su : headingUnits(piece);
    for (const n of names) if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** A task table's rows → tasks (and its heading rows → sections of kind table-row). */
function tableTasks(table: TableRead, n: number, env: TaskEnv): { sections: Section[]; tasks: Task[] } {
  const { timeOf, pos, boldAt } = env;
  const tableId = `bang${n}`;
  const sections: Section[] = [{ id: tableId, kind: 'table', title: table.title, level: 1, units: [], position: pos(table.start) }];
  const tasks: Task[] = [];
  let group = tableId;
  let count = 0;
  const used = new Set<string>();
  const cellBlock = (c: CellText): Block => ({ start: c.start, end: c.end, text: c.text, marker: 'none', label: '', bodyStart: c.start });
  for (const row of table.rows) {
    if (row.kind === 'heading') {
      const label = row.label || String(sections.length);
      group = `${tableId}.${label}`;
      count = 0;
      const title = squash(row.all[0].text.replace(/\*\*/g, ''));
      sections.push({ id: group, kind: 'table-row', title, level: 2, units: headingUnits(title), position: pos(row.start) });
      continue;
    }
    count++;
    let id = `${group}.${row.label || count}`;
    for (let k = 2; used.has(id); k++) id = `${group}.${row.label || count}~${k}`;
    used.add(id);
    const taskCell = row.cells.task ?? row.all.find((c) => c !== row.cells.id) ?? row.all[0];
    const lead = cellUnits(row.cells.lead);
    const support = cellUnits(row.cells.support).filter((u) => !lead.includes(u));
    const deadlines: Deadline[] = [];
    // The time column first; then phrases of time in the other cells ("… báo cáo hằng năm").
    const order = [row.cells.time, taskCell, row.cells.lead, row.cells.product].filter((c, i, all): c is CellText => c !== undefined && all.indexOf(c) === i);
    for (const c of order) deadlines.push(...deadlinesIn(timeOf(cellBlock(c)), c.start, c.text, lead, env));
    deadlines.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
    const product = row.cells.product ? squash(row.cells.product.text.replace(/\*\*/g, '')) : undefined;
    tasks.push({
      id,
      section: group,
      text: squash(taskCell.text.replace(/\*\*/g, '')),
      lead,
      support,
      deadlines,
      targets: findTargets(taskCell.text).map((t) => toTarget(t, taskCell.start, pos, boldAt)),
      ...(product ? { product } : {}),
      position: pos(row.start),
    });
  }
  return { sections, tasks };
}

/** Problems the grammar noticed, each reported once per paragraph. */
function problemsOf(found: TimeExpression[]): GrammarProblem[] {
  const seen = new Set<string>();
  const out: GrammarProblem[] = [];
  for (const e of found) {
    for (const p of e.problems) {
      const key = `${p.code}@${p.index}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(p);
      }
    }
  }
  return out;
}

function toTarget(
  t: ReturnType<typeof findTargets>[number],
  from: number,
  pos: (o: number) => Position,
  boldAt: (s: number, e: number) => boolean,
): Target {
  return {
    value: t.value,
    comparator: t.comparator,
    unit: t.unit,
    role: t.role,
    subject: t.subject,
    units: t.units,
    text: t.text,
    bold: boldAt(from + t.start, from + t.end),
    position: pos(from + t.start),
  };
}

function sameUnits(a: string[], b: string[]): boolean {
  const ka = a.map(unitKey).sort();
  const kb = b.map(unitKey).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}

function unitIndex(sections: Section[], tasks: Task[]) {
  const byKey = new Map<string, { key: string; name: string; aliases: string[] }>();
  const add = (name: string) => {
    const key = unitKey(name);
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { key, name, aliases: [] });
    else if (entry.name !== name && !entry.aliases.includes(name)) entry.aliases.push(name);
  };
  for (const s of sections) s.units.forEach(add);
  for (const t of tasks) {
    t.lead.forEach(add);
    t.support.forEach(add);
    for (const d of t.deadlines) d.units?.forEach(add);
    for (const g of t.targets) g.units.forEach(add);
  }
  return [...byKey.values()];
}

function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => (d.position ? d.position.line * 100_000 + d.position.column : 0);
  return ds.map((d, i) => ({ d, i })).sort((a, b) => key(a.d) - key(b.d) || a.i - b.i).map((x) => x.d);
}

/** "… NĂM 2018" in a title: the year a plan governs. */
function titleYear(title: string): number | null {
  const m = /năm\s+((?:19|20)\d{2})(?!\d)/iu.exec(title);
  return m ? Number(m[1]) : null;
}

/** The year most full dates in the text carry: the year of an excerpt without a header. */
function dominantYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d{2})(?!\d)|năm\s+((?:19|20)\d{2})(?!\d)/gu)) {
    const y = Number(m[1] ?? m[2]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let n = 0;
  // Most frequent; on a tie the earlier year (plans name the years after the document's).
  for (const [y, c] of [...counts.entries()].sort((a, b) => a[0] - b[0])) if (c > n) [best, n] = [y, c];
  return best;
}

function looksHardWrapped(text: string): boolean {
  // Counted without copying the text into an array of trimmed lines.
  let lines = 0;
  let blank = 0;
  for (let start = 0; ; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines++;
    if (isBlank(text.slice(start, end))) blank++;
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines >= 20 && blank / lines < 0.15;
}

