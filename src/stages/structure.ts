// Blocks of the body → sections and tasks. Roman, Arabic, letter and dash/plus
// markers nest in the order they first appear; a numbered item with children is
// a section (its heading may name the units), a leaf is a task. Unnumbered
// paragraphs inside a section are its tasks; outside any section they are tasks
// only when they assign work ("Giao …", "Đề nghị …") or state a deadline — a
// paragraph ending in ":" introduces a list and names its default units.
import type { SectionKind } from '../model/schema.js';
import type { Block, MarkerKind } from './blocks.js';
import { headingUnits, sentenceUnits } from './units.js';
import { fast } from '../text/letters.js';
import { collapseSpace, stripDiacritics } from '../text/normalize.js';

export interface SectionDraft {
  id: string;
  kind: SectionKind;
  level: number;
  block: Block;
  units: string[];
  /** Title lines in blocks of their own ("Chương I" / "QUY ĐỊNH CHUNG"; "QUY CHẾ" / "Phối hợp …" / "(Ban hành kèm theo …)"). */
  titleBlocks?: Block[];
}

/**
 * The decision's own articles that assign no work: it promulgates the attached text,
 * takes effect, repeals, names who carries it out ("… chịu trách nhiệm thi hành Quyết định này").
 */
// Read on the block as written (its white space unsquashed: a long block is not copied for it).
const DECISION_CLAUSE = fast(
  /^\s*(?:Ban\s+hành\s+kèm\s+theo|Quyết\s+định\s+này\s+có\s+hiệu\s+lực|Quyết\s+định\s+có\s+hiệu\s+lực|Chỉ\s+thị\s+này\s+có\s+hiệu\s+lực|Quy\s+chế\s+này\s+có\s+hiệu\s+lực|Bãi\s+bỏ|Thay\s+thế|Phê\s+duyệt\s+kèm\s+theo)|chịu\s+trách\s+nhiệm\s+thi\s+hành\s+(?:Quyết\s+định|Chỉ\s+thị)\s+này/u,
);

/** A signature line that closed the decision's text ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"). */
const SIGNATURE = fast(/^(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}/u);

/** A line that goes on a title: short, no closing full stop, or a bracketed "(Ban hành kèm theo …)". */
function continuesTitle(b: Block | undefined, capitalsToo = false): b is Block {
  if (!b || b.marker !== 'none' || fieldOf(b) || (isPartTitle(b) && !capitalsToo)) return false;
  const t = b.text.replace(/\*\*/g, '').trim();
  return t.length < 300 && (/^\(.*\)$/su.test(t) || /^\(?Ban hành kèm theo/u.test(t) || (!/[.;:!?]$/u.test(t) && t.length < 200));
}

/**
 * A regulation's divisions nest in a fixed order whatever comes first (a decision's
 * own "Điều 1." before its Quy chế's "Chương I"); list markers nest below them in
 * the order they first appear.
 */
const FIXED_RANK: Partial<Record<MarkerKind, number>> = { part: 1, chapter: 2, subsection: 3, article: 4 };
const DYNAMIC_BASE = 10;
/** Ids of divisions say what they are ("dieu12.3" is clause 3 of Điều 12), in ASCII for calendar UIDs. */
const ID_PREFIX: Partial<Record<MarkerKind, string>> = { part: 'phan', chapter: 'chuong', subsection: 'muc', article: 'dieu' };

function idLabel(b: Block): string {
  const prefix = ID_PREFIX[b.marker];
  if (!prefix) return b.label;
  const label = stripDiacritics(b.label).replace(/\s+/g, '-').toLowerCase();
  return `${prefix}${label}`;
}

/** The title of an attached document or an appendix, in capitals: a new part of the tree. */
const PART_TITLE = fast(/^(?:QUY CHẾ|QUY ĐỊNH|ĐIỀU LỆ|KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|HƯỚNG DẪN|PHỤ LỤC|DANH MỤC|QUY TRÌNH|PHƯƠNG ÁN)(?![\p{L}])/u);

export function isPartTitle(b: Block): boolean {
  const t = b.text.replace(/\*\*/g, '').trim();
  const first = t.split('\n')[0];
  return b.marker === 'none' && PART_TITLE.test(first) && first === first.toUpperCase() && t.length < 400;
}

function sectionKind(marker: MarkerKind, inArticle: boolean): SectionKind {
  switch (marker) {
    case 'part':
      return 'part';
    case 'chapter':
      return 'chapter';
    case 'subsection':
      return 'section';
    case 'article':
      return 'article';
    case 'roman':
      return 'roman';
    case 'arabic':
      return inArticle ? 'clause' : 'arabic';
    case 'letter':
      return inArticle ? 'point' : 'letter';
    default:
      return 'bullet';
  }
}

export interface TaskDraft {
  id: string;
  section: string | null;
  block: Block;
  /** Units from the enclosing sections or the lead-in paragraph. */
  inherited: string[];
  /** Labelled paragraphs after the task that fill a task table's columns ("Đơn vị chủ trì: …", "Thời gian thực hiện: …"). */
  fields?: TaskField[];
}

export type FieldRole = 'lead' | 'support' | 'time' | 'product' | 'budget' | 'other';

export interface TaskField {
  role: FieldRole;
  block: Block;
  /** Offset of the value, after "Label:". */
  valueStart: number;
}

// A task's columns written as paragraphs: "Đơn vị chủ trì thực hiện: Các Sở, ngành …",
// "Đơn vị phối hợp: Sở Nội vụ", "Thời gian thực hiện: Hằng năm", "Sản phẩm: …".
const FIELD_LABELS: Array<[FieldRole, RegExp]> = [
  ['support', /^(?:(?:Đơn vị|Cơ quan|Cơ quan, đơn vị)\s+)?[Pp]hối hợp(?:\s+thực hiện)?$/u],
  ['lead', /^(?:(?:Đơn vị|Cơ quan|Cơ quan, đơn vị|Bộ phận)\s+(?:chủ trì|thực hiện|chịu trách nhiệm|đầu mối)|Chủ trì|Trách nhiệm thực hiện)(?:\s+(?:tham mưu|thực hiện|triển khai|theo dõi|xây dựng)){0,2}$/u],
  ['time', /^(?:Thời gian(?:\s+(?:thực hiện|hoàn thành|triển khai))?|Thời hạn(?:\s+hoàn thành)?|Tiến độ(?:\s+thực hiện)?|Mốc thời gian)$/u],
  ['product', /^(?:Sản phẩm(?:\s+(?:dự kiến|đầu ra))?|Kết quả(?:\s+(?:dự kiến|đầu ra))?)$/u],
  ['budget', /^(?:Kinh phí(?:\s+thực hiện)?|Nguồn kinh phí)$/u],
  ['other', /^(?:Địa điểm|Thành phần|Hình thức|Số lượng|Quy mô)$/u],
];

export function fieldOf(b: Block): { role: FieldRole; valueStart: number } | null {
  const body = b.text.slice(b.bodyStart - b.start);
  const colon = body.indexOf(':');
  if (colon < 4 || colon > 45) return null;
  // Italic labels keep their asterisks in the plain text ("*Thời gian thực hiện: *Hằng năm").
  const label = body.slice(0, colon).replace(/\s+/g, ' ').replace(/^[\s*\-–+•]+|[\s*]+$/gu, '');
  const skip = /^[\s*]*/u.exec(body.slice(colon + 1))?.[0].length ?? 0;
  for (const [role, re] of FIELD_LABELS) if (re.test(label)) return { role, valueStart: b.bodyStart + colon + 1 + skip };
  return null;
}

export interface Structure {
  sections: SectionDraft[];
  tasks: TaskDraft[];
  /** Body paragraphs that are neither tasks nor headings (narrative). */
  narrative: Block[];
}

// "UBND tỉnh yêu cầu các Sở, … báo cáo …": work assigned mid-sentence.
const ASSIGNS_WITHIN = /\s(?:yêu cầu|giao|đề nghị)\s/u;
const ASSIGNS = /^(?:Giao|Đề nghị|Yêu cầu|Chỉ đạo|Phân công|Ủy quyền|Uỷ quyền|Riêng)\s/u;

interface Frame {
  kind: string;
  level: number;
  section: SectionDraft;
  taskCount: number;
}

const PROMULGATES = fast(/(?<![\p{L}])(?:ban hành|xây dựng|triển khai|thông báo)\s+(?:[\p{L}]+\s+){0,2}?(?:Kế hoạch|kế hoạch|Quyết định|Chỉ thị|Quy chế|Quy định|Chương trình|Công văn|Kết luận|ý kiến)(?![\p{L}])/u);

const AIMS = fast(/^(?:MỤC ĐÍCH|Mục đích|MỤC TIÊU|Mục tiêu|YÊU CẦU|Yêu cầu|QUAN ĐIỂM|Quan điểm|SỰ CẦN THIẾT|Sự cần thiết)(?![\p{L}])/u);

function headingText(b: Block): string {
  return b.text.slice(b.bodyStart - b.start).replace(/\*\*/g, '').trim();
}

export function buildStructure(body: Block[], hasDeadline: (b: Block) => boolean): Structure {
  // "3.1." nests under "3.": Arabic numbers are keyed by their depth.
  const kindOf = (b: Block) => (b.marker === 'arabic' ? `arabic${b.label.split('.').length}` : b.marker);
  const levels = new Map<string, number>();
  for (const [k, r] of Object.entries(FIXED_RANK)) levels.set(k, r);
  const levelOf = (k: string) => {
    if (!levels.has(k)) levels.set(k, DYNAMIC_BASE + levels.size);
    return levels.get(k) as number;
  };
  const resetLevels = () => {
    for (const k of [...levels.keys()]) if (!(k in FIXED_RANK)) levels.delete(k);
  };
  let parts = 0;
  const sections: SectionDraft[] = [];
  const tasks: TaskDraft[] = [];
  const narrative: Block[] = [];
  const stack: Frame[] = [];
  const usedIds = new Set<string>();
  let leadIn: string[] = [];
  let topCount = 0;

  const uniqueId = (id: string) => {
    let out = id;
    for (let n = 2; usedIds.has(out); n++) out = `${id}~${n}`;
    usedIds.add(out);
    return out;
  };
  const top = () => stack[stack.length - 1];
  // The outermost section of the text (inside its part, if any): "Giao X …" after its
  // last item assigns work of its own, outside that section.
  const outermost = (f: Frame) => stack.filter((g) => g.kind !== 'part').indexOf(f) === 0;
  const inheritedUnits = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].section.units.length) return stack[i].section.units;
    return leadIn;
  };
  const addTask = (b: Block, label: string | null) => {
    // Under "MỤC ĐÍCH, YÊU CẦU" / "MỤC TIÊU" a plan states aims, not work: an item there
    // is a task only when it carries a deadline (its figures are kept as the document's).
    if (!hasDeadline(b) && stack.some((f) => AIMS.test(headingText(f.section.block)))) {
      narrative.push(b);
      return;
    }
    const frame = top();
    let id: string;
    if (frame) {
      frame.taskCount++;
      id = label && b.marker !== 'dash' && b.marker !== 'plus' ? joinId(frame.section.id, label) : `${frame.section.id}.${frame.taskCount}`;
    } else {
      topCount++;
      id = label && b.marker !== 'dash' && b.marker !== 'plus' ? label : `p${topCount}`;
    }
    tasks.push({ id: uniqueId(id), section: frame ? frame.section.id : null, block: b, inherited: inheritedUnits() });
  };

  for (let i = 0; i < body.length; i++) {
    const b = body[i];
    const next = body[i + 1];
    // An attached Quy chế / Kế hoạch or a Phụ lục starts a part of its own: nothing
    // of the decision before it encloses it.
    if (isPartTitle(b) && (sections.length > 0 || tasks.length > 0 || i > 0)) {
      stack.length = 0;
      leadIn = [];
      resetLevels();
      parts++;
      const section: SectionDraft = { id: uniqueId(`phan${parts}`), kind: 'part', level: 1, block: b, units: [] };
      // The part's title goes on over the next lines ("Phối hợp trong quản lý …", "(Ban hành kèm theo …)").
      while (continuesTitle(body[i + 1]) && (section.titleBlocks?.length ?? 0) < 3) (section.titleBlocks ??= []).push(body[++i]);
      sections.push(section);
      stack.push({ kind: 'part', level: 0, section, taskCount: 0 });
      continue;
    }
    // In the decision itself (before any attached part), its standard articles are no work.
    if (parts === 0 && (b.marker === 'article' || stack.some((f) => f.kind === 'article')) && DECISION_CLAUSE.test(b.text.slice(b.bodyStart - b.start))) {
      narrative.push(b);
      continue;
    }
    if (b.marker === 'none' && SIGNATURE.test(b.text.trim())) {
      narrative.push(b);
      continue;
    }
    const field = fieldOf(b);
    if (field && (tasks.length > 0 || stack.length > 0)) {
      let owner: TaskDraft | undefined = tasks[tasks.length - 1];
      const frame = top();
      // Fields right under a heading make that heading the task.
      if (frame && frame.kind !== 'part' && (!owner || owner.block.start < frame.section.block.start)) {
        owner = { id: uniqueId(`${frame.section.id}.0`), section: frame.section.id, block: frame.section.block, inherited: inheritedUnits() };
        tasks.push(owner);
        frame.taskCount++;
      }
      if (owner) {
        (owner.fields ??= []).push({ role: field.role, block: b, valueStart: field.valueStart });
        continue;
      }
    }
    if (b.marker === 'none') {
      const frame = top();
      // A lone date under an excerpt's title is when it was published, not a deadline.
      if (!frame && tasks.length === 0 && i < 3 && /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$/u.test(b.text)) {
        narrative.push(b);
        continue;
      }
      if (frame && !(frame.taskCount > 0 && ASSIGNS.test(b.text) && sentenceUnits(b.text).lead.length > 0 && outermost(frame))) {
        if (/:\s*$/u.test(b.text) && next && next.marker !== 'none' && !levels.has(kindOf(next))) {
          // A lead-in inside a section ("Bộ trưởng Bộ Tài chính chủ trì:") acts as a sub-heading.
          const units = sentenceUnits(b.text).lead;
          if (units.length) frame.section.units = frame.section.units.length ? frame.section.units : units;
          narrative.push(b);
          continue;
        }
        addTask(b, null);
        continue;
      }
      stack.length = 0;
      if (/:\s*$/u.test(b.text.trim())) {
        // "UBND tỉnh ban hành Kế hoạch … với các nội dung sau:" is the issuer speaking, not a lead-in of work.
        const su = sentenceUnits(b.text);
        const flat = collapseSpace(b.text);
        if (su.lead.length && !(PROMULGATES.test(flat) && !ASSIGNS_WITHIN.test(flat))) leadIn = su.lead;
        narrative.push(b);
      } else if (ASSIGNS.test(b.text) || hasDeadline(b) || (ASSIGNS_WITHIN.test(b.text) && sentenceUnits(b.text).lead.length > 0)) {
        addTask(b, null);
      } else {
        narrative.push(b);
      }
      continue;
    }

    const level = levelOf(kindOf(b));
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const fixed = b.marker in FIXED_RANK;
    // "Chương I" / "QUY ĐỊNH CHUNG": a division's title in the block after its label.
    let titleBlocks: Block[] | undefined;
    // …and so does a bare list label whose title went to the next paragraph ("2.3." / "Công an tỉnh").
    if (b.text.slice(b.bodyStart - b.start).replace(/\*+/g, '').trim() === '' && continuesTitle(next, fixed)) {
      titleBlocks = [next];
      i++;
    }
    const after = body[i + 1];
    const hasChildren =
      after !== undefined &&
      !fieldOf(after) &&
      (fixed
        ? !isPartTitle(after) && !(after.marker in FIXED_RANK && (FIXED_RANK[after.marker] as number) <= level)
        : (after.marker !== 'none' && (levels.has(kindOf(after)) ? (levels.get(kindOf(after)) as number) > level : kindOf(after) !== kindOf(b))) ||
          (after.marker === 'none' && looksLikeHeading(b)));
    if (hasChildren) {
      const parent = top();
      const bullet = b.marker === 'dash' || b.marker === 'plus';
      const local = bullet ? String(parent ? ++parent.taskCount : ++topCount) : idLabel(b);
      // Articles are numbered through a whole regulation: their ids need only the part.
      const part = stack.find((f) => f.kind === 'part');
      const id = uniqueId(
        fixed
          ? `${part ? `${part.section.id}.` : ''}${local}`
          : parent && !b.label.includes('.')
            ? joinId(parent.section.id, local)
            : bullet
              ? `p${local}`
              : local,
      );
      const units = headingUnits([b.text.slice(b.bodyStart - b.start), ...(titleBlocks ?? []).map((t) => t.text)].join(' '));
      const inArticle = stack.some((f) => f.kind === 'article');
      const section: SectionDraft = { id, kind: sectionKind(b.marker, inArticle), level: stack.length + 1, block: b, units: units.length ? units : [], ...(titleBlocks ? { titleBlocks } : {}) };
      sections.push(section);
      stack.push({ kind: b.marker, level, section, taskCount: 0 });
      // A heading that itself states a deadline ("1. Sở Y tế hoàn thành trước ngày …:") is also a task.
      if (hasDeadline(b)) tasks.push({ id: uniqueId(`${id}.0`), section: id, block: b, inherited: inheritedUnits() });
    } else {
      addTask(b, idLabel(b));
    }
  }
  return { sections, tasks, narrative };
}

function joinId(parent: string, label: string): string {
  return label.startsWith(`${parent}.`) ? label : `${parent}.${label}`;
}

/** Short, or ends without a full stop, or ends with ":" — a heading rather than a task. */
function looksLikeHeading(b: Block): boolean {
  const t = b.text.trim();
  return /:\s*\**$/u.test(t) || t.length < 120 || !/[.;]\s*\**$/u.test(t);
}
