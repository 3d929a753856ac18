// Numeric targets and reported figures: "đảm bảo trên 99% hồ sơ" (a goal, >),
// "100% văn bản" (=), "ít nhất/tối thiểu 50%" (>=), "dưới", "tối đa/không quá",
// ranges "10 - 13%/năm" (lower bound, >=), measured quantities "đạt trên 46.200 tấn".
// A figure in parentheses right after a unit name — "Phòng Giáo dục … (98%)" — is
// that unit's present rate: a baseline, not a goal.
import { execAll } from '../text/matches.js';
import type { Comparator } from '../model/schema.js';
import { collapseSpace, squash } from '../text/normalize.js';
import { cleanUnitName } from '../text/units.js';
import { fast, rx } from '../text/letters.js';
import { findChanges, findLimits, NUM, SPELLED_LIMIT, toNumber, type Candidate } from './targets-limits.js';

// Hoisted: compiled once per process, not once per call.
const NAME_BEFORE_PAREN = fast(/([\p{Lu}][^();:]{2,120}?)\s*\(\s*$/u);
const UP_TO_LAST_ITEM = fast(/^.*?[;,]\s*(?=\p{Lu})/u);
const SUBJECT_AFTER = fast(/^\s*([\p{L}\s]{2,40}?)(?=[,.;:()]|$)/u);

export interface FoundTarget {
  value: number;
  comparator: Comparator;
  unit: string;
  role: 'target' | 'baseline';
  subject: string | null;
  units: string[];
  text: string;
  start: number;
  end: number;
}

const COMPARATORS: Array<[RegExp, Comparator]> = [
  [/(?:ít nhất|tối thiểu|không dưới|không thấp hơn|từ|≥|>=)\s*$/u, '>='],
  [/(?:tối đa|không quá|không vượt quá|không cao hơn|≤|<=)\s*$/u, '<='],
  [/(?:trên|hơn|vượt|(?<![<>=])>)\s*$/u, '>'],
  [/(?:dưới|thấp hơn|(?<![<>=])<)\s*$/u, '<'],
];

const MEASURES = [
  'triệu USD', 'tỷ USD', 'nghìn USD', 'USD', 'tỷ đồng', 'triệu đồng', 'nghìn tỷ đồng', 'tấn', 'nghìn tấn', 'ha',
  'km', 'người', 'hộ', 'nhà', 'con', 'lao động', 'doanh nghiệp', 'm3', 'm2', 'MW',
];
// A range is written "10 - 13%" or "85%-90%".
const PERCENT_RE = rx(
  String.raw`(?<![\p{L}\p{N},.])(${NUM})(?:(?:\s*|[ \t]*%[ \t]*)[-–]\s*(${NUM}))?\s*%(\s*\/\s*năm)?`,
  'gu',
);
// A range ("2,5 - 5,5 tỷ đồng", "91.299 tỷ đồng - 97.386 tỷ đồng") is one figure, its
// lower bound; a rate per place ("64 người/xã") keeps its "/xã".
const MEASURE_ALT = MEASURES.sort((a, b) => b.length - a.length).map((m) => m.replace(/ /g, '\\s+')).join('|');
const MEASURE_RE = rx(
  String.raw`(?<![\p{L}\p{N},.\/])(${NUM})(?:(?:[ \t]+(?:${MEASURE_ALT}))?\s*[-–]\s*(${NUM}))?\s+(${MEASURE_ALT})(?![\p{L}\p{N}])(\/\s*\p{Ll}+)?`,
  'gu',
);
// "đã hoàn thành 56/93 nhiệm vụ": the part done, of a whole. What reads as a day and
// a month ("5/12 năm …") is left to the date grammar.
const FRACTION_RE = rx(String.raw`(?<![\p{L}\p{N},.\/])(\d{1,5})\/(\d{1,5})(?![\p{N}\/.,])\s+(\p{Ll}+(?:[ \t]+\p{Ll}+)?)`, 'gu');
// "xếp thứ 05 cả nước về Chỉ số chuyển đổi số": a rank.
const RANK_RE = rx(String.raw`(?<![\p{L}])(?:xếp|đứng|xếp hạng)\s+(?:thứ\s+)?(\d{1,3})(?![\p{N}\/.,])`, 'gu');
// "thuộc nhóm 10 địa phương có số thu cao nhất": a place among the first N.
const GROUP_RE = rx(String.raw`(?<![\p{L}])(?:thuộc|trong|vào)\s+(?:nhóm|tốp|top|Top)\s+(\d{1,3})\s+(\p{Ll}+(?:[ \t\n]+\p{Ll}+)?)`, 'gu');
// What makes a measured quantity a figure worth reporting, rather than a count in passing.
const MEASURE_CUE = fast(/(?:đạt|trên|khoảng|thiệt hại|tổng|là|trung bình|bình quân|ít nhất|tối thiểu|không dưới|tối đa|không quá|dưới|hơn|vượt|\()\s*$/u);

// "chiếm 45% GRDP" says a share, not when: a plan's goal as often as a report's figure.
// Strong cues say the figure was measured; weak ones ("tăng 15%") only that it is a change.
const BASELINE_CUES = fast(/(?:ước đạt|ước tính|ước|bình quân cả nước|cả nước là|hiện nay|hiện đang|đạt tỷ lệ|thiệt hại|xếp thứ|so với|so cùng kỳ|đã đạt)\s*(?:[\p{L}\s]{0,12})$/u);
const CHANGE_CUES = fast(/(?:tăng|giảm|trung bình)\s*(?:[\p{L}\s]{0,12})$/u);
// What makes a figure a goal, anywhere earlier in its sentence.
const AIM_CUES = fast(/(?<![\p{L}])(?:đảm bảo|bảo đảm|phấn đấu|chỉ tiêu|mục tiêu|phải|dự kiến|đến năm|định hướng)(?![\p{L}])/u);
// "Hằng năm, số vụ … tăng trên 03%": a yearly change is a plan's wording.
const YEARLY_OPENING = fast(/^[\s*_+\-–•]*(?:hằng|hàng|mỗi)\s+năm(?![\p{L}])/u);
// A sentence that reports what happened: "Theo thống kê …, đợt mưa lũ đã làm …".
const REPORT_CUES = fast(/(?<![\p{L}])(?:đã|theo thống kê|theo báo cáo|ước tính)(?![\p{L}])/u);
// A count followed by what befell it: "102 người chết", "221 nhà bị sập".
const EVENT_AFTER = fast(/^[\s,]*(?:bị|chết|mất tích|thiệt hại|hư hỏng|sập|thương vong)(?![\p{L}])/u);
// "so cùng kỳ" after the figure: a change already measured.
const COMPARED_AFTER = fast(/^[^.;]{0,40}?(?<![\p{L}])(?:so với|so cùng kỳ|cùng kỳ)(?![\p{L}])/u);
const PRODUCT_AFTER = /^\s*[x×]\s*\d/u;
const CONDITION_AFTER = fast(/^[^.;:()]*?(?<![\p{L}])thì(?![\p{L}])|^[^.;:(),]{0,24}:\s*\d+(?:[.,]\d+)?(?![\p{N}.,]|\s*\p{L})/u);
const PENALTY_BEFORE = fast(/(?<![\p{L}])phạt(?![\p{L}])[^.;]*$/u);
const UNIT_LABEL_BEFORE = /(?:Đơn vị tính|Đơn vị|ĐVT)\s*:\s*$/u;
// "cứ thêm một năm được tính thêm 5%", "được hưởng 100% lương": how an entitlement is computed.
const ENTITLEMENT_BEFORE = fast(/(?<![\p{L}])(?:được hưởng|hưởng thêm|tính thêm|cộng thêm|được tính)\s*$/u);
// "… x 100% x 5": a factor in a formula.
const FORMULA_BEFORE = /[x×*]\s*$/u;
// Past this a figure is an artefact (a run of digits), not a quantity anyone states;
// doubles also stop holding whole numbers exactly near 2^53 (issue #10: Infinity).
export const MAX_VALUE = 1e15;
const SENTENCE_WINDOW = 400;

const TITLE_NOUN = fast(/(?:Đề án|đề án|Chương trình|chương trình|Dự án|dự án|Kế hoạch|kế hoạch|Chiến lược|chiến lược|Nghị quyết|Quyết định|Chỉ thị|Luật|phong trào|Phong trào|Cuộc vận động|cuộc vận động|chủ đề)\s*$/u);

/** Whether `start` sits inside “…” opened right after the name of a kind of document. */
function inQuotedTitle(text: string, start: number): boolean {
  const from = Math.max(0, start - 300);
  for (let i = start - 1; i >= from; i--) {
    const c = text[i];
    if (c === '”' || c === '\n' && text[i - 1] === '\n') return false;
    if (c === '“') return TITLE_NOUN.test(text.slice(Math.max(0, i - 30), i));
  }
  return false;
}

/** The sentence up to `start`, at most SENTENCE_WINDOW characters back. */
function sentenceBefore(text: string, start: number): string {
  const from = Math.max(0, start - SENTENCE_WINDOW);
  for (let i = start - 1; i > from; i--) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && /\s/u.test(text[i + 1] ?? '')) return text.slice(i + 1, start);
    if (c === '\n' && text[i - 1] === '\n') return text.slice(i + 1, start);
  }
  return text.slice(from, start);
}

export function findTargets(text: string): FoundTarget[] {
  // Every figure needs a digit, but for a number spelled after a limit ("không quá một
  // lần") and "hai con số": most paragraphs have none, and skip a dozen scans.
  if (!/\d/u.test(text) && !SPELLED_LIMIT.test(text) && !/con\s+số/u.test(text)) return [];
  // Each reading yields its figures in text order; where two readings overlap, the
  // earlier reading stands. Overlaps are checked against the sorted figures kept so
  // far with one moving pointer, so the cost stays linear in the number of figures.
  let picked: Candidate[] = [];
  const accept = (list: Candidate[]) => {
    const kept: Candidate[] = [];
    let k = 0;
    let reach = -1; // the furthest end among this list's kept figures
    for (const c of [...list].sort((x, y) => x.start - y.start)) {
      while (k < picked.length && picked[k].end <= c.start) k++;
      if (k < picked.length && picked[k].start < c.end) continue;
      if (c.start < reach || !admissible(text, c)) continue;
      kept.push(c);
      reach = Math.max(reach, c.end);
    }
    picked = mergeByStart(picked, kept);
  };
  accept(findChanges(text));
  const percents: Candidate[] = [];
  for (const m of execAll(PERCENT_RE, text)) {
    if (FORMULA_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 4), m.index))) continue;
    percents.push({ ...span(m), value: toNumber(m[1]), unit: m[3] ? '%/năm' : '%', range: m[2] !== undefined });
  }
  accept(percents);
  const measures: Candidate[] = [];
  for (const m of execAll(MEASURE_RE, text)) {
    const measure = m[3].replace(/\s+/g, ' ') + (m[4] ? m[4].replace(/\s+/g, '') : '');
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 30), at);
    const event = EVENT_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 20));
    // Counts ("01 TTHC", "05 nội dung") are not targets; measured quantities are
    // when the sentence reaches for them ("đạt", "trên", "ít nhất") or reports them.
    if (!event && !MEASURE_CUE.test(before.toLowerCase()) && !/tỷ đồng|tấn|USD|ha/u.test(measure)) continue;
    measures.push({ ...span(m), value: toNumber(m[1]), unit: measure, range: m[2] !== undefined, reported: event });
  }
  accept(measures);
  const fractions: Candidate[] = [];
  for (const m of execAll(FRACTION_RE, text)) {
    const [part, whole] = [Number(m[1]), Number(m[2])];
    const looksLikeDate = part >= 1 && part <= 31 && whole >= 1 && whole <= 12;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index).toLowerCase();
    // Not "24/24 giờ" (round the clock) nor a map scale ("tỷ lệ 1/500").
    const idiom = (part === 24 && whole === 24) || (part === 1 && whole >= 100);
    if (part > whole || whole < 2 || looksLikeDate || idiom || /(?:số|ngày|tháng|năm|tỷ lệ)\s*$/u.test(before)) continue;
    // The counted noun: one or two syllables ("xã", "nhiệm vụ"), not the verb after it ("xã đạt").
    const unit = m[3].replace(/[ \t]+(?:đạt|được|có|là|đã|đang|theo|trong|của|và|thể|kể|giao|trên|tại|thực|hoàn)$/u, '');
    fractions.push({ ...span(m), value: part, unit, reported: true });
  }
  accept(fractions);
  accept([...execAll(RANK_RE, text)].map((m) => ({ ...span(m), value: Number(m[1]), unit: 'thứ hạng', reported: true })));
  accept([...execAll(GROUP_RE, text)].map((m) => ({ ...span(m), value: Number(m[1]), unit: m[2], reported: true })));
  accept(findLimits(text));

  const out: FoundTarget[] = [];
  for (const c of picked) {
    const previous = out.at(-1);
    out.push(classify(text, c, previous));
  }
  return out;
}

/** Whether a figure may be reported at all, whatever its reading. */
function admissible(text: string, c: Candidate): boolean {
  if (!Number.isFinite(c.value) || Math.abs(c.value) > MAX_VALUE) return false;
  // "chưa đạt 100%" names a threshold missed, neither a goal nor a measurement.
  if (/chưa đạt\s*$/u.test(text.slice(Math.max(0, c.start - 20), c.start).toLowerCase())) return false;
  const after = text.slice(c.end, c.end + 200);
  // The first factor of a product ("50 người/lớp x 02 lớp") is a line of a cost estimate.
  if (PRODUCT_AFTER.test(after)) return false;
  // "Bán kính tối đa 10 km thì diện tích …", "Tỷ lệ đạt từ 95% trở lên: 2,5 (điểm)": a figure in
  // the condition says when a requirement or a score applies.
  if (CONDITION_AFTER.test(after)) return false;
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  if (ENTITLEMENT_BEFORE.test(before.slice(-20).toLowerCase())) return false;
  // "Phạt tiền từ 15.000.000 đồng đến …": a sanction; "Đơn vị: 01 km/lần": the unit of a table.
  if (PENALTY_BEFORE.test(before.toLowerCase()) || UNIT_LABEL_BEFORE.test(before)) return false;
  // "Đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ …”": a figure in the title of a cited work.
  return !inQuotedTitle(text, c.start);
}

function mergeByStart(a: Candidate[], b: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
  return out;
}

function span(m: RegExpMatchArray): { start: number; end: number } {
  const start = m.index ?? 0;
  return { start, end: start + m[0].length };
}

function classify(text: string, c: Candidate, previous: FoundTarget | undefined): FoundTarget {
  const { start, end } = c;
  const before = collapseSpace(text.slice(Math.max(0, start - 60), start));
  // Cues are matched lower-cased: case-insensitive Unicode patterns are slow to compile.
  const lower = before.toLowerCase();
  const sentence = sentenceBefore(text, start).toLowerCase();
  let comparator: Comparator = '=';
  for (const [re, k] of COMPARATORS) if (re.test(lower.replace(/\s*(?:đạt|là|được)?\s*$/u, ' ').trimEnd() + ' ')) comparator = k;
  const near = lower.slice(-14);
  for (const [re, k] of COMPARATORS) if (re.test(near.trimEnd())) comparator = k;
  if (c.range) comparator = '>=';
  if (c.comparator) comparator = c.comparator;
  const closeAfter = /^\s*\)/u.test(text.slice(end, end + 3));
  // Past and present facts, not goals: "đã hoàn thành …", "xếp thứ …" (unless aimed at).
  const aimedNear = /(?:đảm bảo|bảo đảm|phấn đấu|chỉ tiêu|mục tiêu|phải|dự kiến|đến năm|định hướng)[^.;]*$/u.test(lower);
  const aimed = AIM_CUES.test(sentence) || YEARLY_OPENING.test(sentence);
  const after = text.slice(end, end + 60);
  let role: 'target' | 'baseline' = 'target';
  const units: string[] = [];
  // "(98%)" right after a unit name: that unit's present figure.
  const paren = NAME_BEFORE_PAREN.exec(before);
  const restates = previous !== undefined && /^[^.;()]{0,80}\(\s*(?:khoảng|tương đương|tương ứng|bằng)?\s*$/u.test(text.slice(previous.end, start));
  if (c.role) {
    role = c.role;
  } else if (paren && closeAfter) {
    role = 'baseline';
    const name = cleanUnitName(paren[1].replace(UP_TO_LAST_ITEM, ''));
    if (name) units.push(name);
  } else if (restates) {
    // "75%-80% tổng vốn (khoảng 91.299 tỷ đồng - 97.386 tỷ đồng)": the same figure in other words.
    role = previous.role;
  } else if (aimedNear) {
    role = 'target';
  } else if (BASELINE_CUES.test(lower.slice(-40))) {
    role = 'baseline';
  } else if (aimed) {
    role = 'target';
  } else if (c.reported || REPORT_CUES.test(sentence)) {
    role = 'baseline';
  } else if (CHANGE_CUES.test(lower.slice(-40)) && !(comparator !== '=' && !COMPARED_AFTER.test(after))) {
    // "tăng 15,55%" is measured; "tăng trên 03%" sets a floor, unless "so cùng kỳ" follows.
    role = 'baseline';
  } else if (/^[^().;]{0,20}\)/u.test(text.slice(end, end + 24)) && /\([^()]*$/u.test(lower.slice(-40))) {
    // A figure in parentheses explains the sentence: "được đầu tư, nâng cấp (2,5 - 5,5 tỷ đồng/xã)".
    role = 'baseline';
  }
  const subjectMatch = SUBJECT_AFTER.exec(after);
  return {
    value: c.value,
    comparator,
    unit: c.unit,
    role,
    subject: subjectMatch ? squash(subjectMatch[1]) || null : null,
    units,
    text: squash(text.slice(start, end)),
    start,
    end,
  };
}
