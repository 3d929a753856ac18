// Blocks of the body → sections and tasks. Roman, Arabic, letter and dash/plus
// markers nest in the order they first appear; a numbered item with children is
// a section (its heading may name the units), a leaf is a task. Unnumbered
// paragraphs inside a section are its tasks; outside any section they are tasks
// only when they assign work ("Giao …", "Đề nghị …") or state a deadline — a
// paragraph ending in ":" introduces a list and names its default units.
import type { Block } from './blocks.js';
import { headingUnits, sentenceUnits } from './units.js';
import { fast } from '../text/letters.js';

export interface SectionDraft {
  id: string;
  level: number;
  block: Block;
  units: string[];
}

export interface TaskDraft {
  id: string;
  section: string | null;
  block: Block;
  /** Units from the enclosing sections or the lead-in paragraph. */
  inherited: string[];
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

const AIMS = fast(/^(?:MỤC ĐÍCH|Mục đích|MỤC TIÊU|Mục tiêu|YÊU CẦU|Yêu cầu|QUAN ĐIỂM|Quan điểm|SỰ CẦN THIẾT|Sự cần thiết)(?![\p{L}])/u);

function headingText(b: Block): string {
  return b.text.slice(b.bodyStart - b.start).replace(/\*\*/g, '').trim();
}

export function buildStructure(body: Block[], hasDeadline: (b: Block) => boolean): Structure {
  // "3.1." nests under "3.": Arabic numbers are keyed by their depth.
  const kindOf = (b: Block) => (b.marker === 'arabic' ? `arabic${b.label.split('.').length}` : b.marker);
  const levels = new Map<string, number>();
  const levelOf = (k: string) => {
    if (!levels.has(k)) levels.set(k, levels.size + 1);
    return levels.get(k) as number;
  };
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
    if (b.marker === 'none') {
      const frame = top();
      // A lone date under an excerpt's title is when it was published, not a deadline.
      if (!frame && tasks.length === 0 && i < 3 && /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$/u.test(b.text)) {
        narrative.push(b);
        continue;
      }
      if (frame && !(frame.taskCount > 0 && ASSIGNS.test(b.text) && sentenceUnits(b.text).lead.length > 0 && frame.level === 1)) {
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
      const su = sentenceUnits(b.text);
      if (/:\s*$/u.test(b.text.trim())) {
        if (su.lead.length) leadIn = su.lead;
        narrative.push(b);
      } else if (ASSIGNS.test(b.text) || hasDeadline(b) || (su.lead.length > 0 && ASSIGNS_WITHIN.test(b.text))) {
        addTask(b, null);
      } else {
        narrative.push(b);
      }
      continue;
    }

    const level = levelOf(kindOf(b));
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const hasChildren =
      next !== undefined &&
      ((next.marker !== 'none' && (levels.has(kindOf(next)) ? (levels.get(kindOf(next)) as number) > level : kindOf(next) !== kindOf(b))) ||
        (next.marker === 'none' && looksLikeHeading(b)));
    if (hasChildren) {
      const parent = top();
      const bullet = b.marker === 'dash' || b.marker === 'plus';
      const local = bullet ? String(parent ? ++parent.taskCount : ++topCount) : b.label;
      const id = uniqueId(parent && !b.label.includes('.') ? joinId(parent.section.id, local) : bullet ? `p${local}` : local);
      const units = headingUnits(b.text);
      const section: SectionDraft = { id, level: stack.length + 1, block: b, units: units.length ? units : [] };
      sections.push(section);
      stack.push({ kind: b.marker, level, section, taskCount: 0 });
      // A heading that itself states a deadline ("1. Sở Y tế hoàn thành trước ngày …:") is also a task.
      if (hasDeadline(b)) tasks.push({ id: uniqueId(`${id}.0`), section: id, block: b, inherited: inheritedUnits() });
    } else {
      addTask(b, b.label);
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
