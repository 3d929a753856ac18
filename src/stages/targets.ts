// Numeric targets and reported figures: "đảm bảo trên 99% hồ sơ" (a goal, >),
// "100% văn bản" (=), "ít nhất/tối thiểu 50%" (>=), "dưới", "tối đa/không quá",
// ranges "10 - 13%/năm" (lower bound, >=), measured quantities "đạt trên 46.200 tấn".
// A figure in parentheses right after a unit name — "Phòng Giáo dục … (98%)" — is
// that unit's present rate: a baseline, not a goal.
import type { Comparator } from '../model/schema.js';
import { squash } from '../text/normalize.js';
import { cleanUnitName } from '../text/units.js';
import { fast, rx } from '../text/letters.js';

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
  [/(?:ít nhất|tối thiểu|không dưới|không thấp hơn|từ)\s*$/u, '>='],
  [/(?:tối đa|không quá|không vượt quá|không cao hơn)\s*$/u, '<='],
  [/(?:trên|hơn|vượt)\s*$/u, '>'],
  [/(?:dưới|thấp hơn)\s*$/u, '<'],
];

const MEASURES = [
  'triệu USD', 'tỷ USD', 'nghìn USD', 'USD', 'tỷ đồng', 'triệu đồng', 'nghìn tỷ đồng', 'tấn', 'nghìn tấn', 'ha',
  'km', 'người', 'hộ', 'nhà', 'con', 'lao động', 'doanh nghiệp', 'm3', 'm2', 'MW',
];
const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const PERCENT_RE = rx(
  String.raw`(?<![\p{L}\p{N},.])(${NUM})(?:\s*[-–]\s*(${NUM}))?\s*%(\s*\/\s*năm)?`,
  'gu',
);
// A range ("2,5 - 5,5 tỷ đồng") is one figure, its lower bound; a rate per place
// ("64 người/xã") keeps its "/xã".
const MEASURE_RE = rx(
  String.raw`(?<![\p{L}\p{N},.\/])(${NUM})(?:\s*[-–]\s*(${NUM}))?\s+(${MEASURES.sort((a, b) => b.length - a.length).map((m) => m.replace(/ /g, '\\s+')).join('|')})(?![\p{L}\p{N}])(\/\s*\p{Ll}+)?`,
  'gu',
);
// "đã hoàn thành 56/93 nhiệm vụ": the part done, of a whole. What reads as a day and
// a month ("5/12 năm …") is left to the date grammar.
const FRACTION_RE = rx(String.raw`(?<![\p{L}\p{N},.\/])(\d{1,5})\/(\d{1,5})(?![\p{N}\/.,])\s+(\p{Ll}+(?:[ \t]+\p{Ll}+)?)`, 'gu');
// "xếp thứ 05 cả nước về Chỉ số chuyển đổi số": a rank.
const RANK_RE = rx(String.raw`(?<![\p{L}])(?:xếp|đứng|xếp hạng)\s+(?:thứ\s+)?(\d{1,3})(?![\p{N}\/.,])`, 'gu');
// What makes a measured quantity a figure worth reporting, rather than a count in passing.
const MEASURE_CUE = fast(/(?:đạt|trên|khoảng|thiệt hại|tổng|là|trung bình|bình quân|ít nhất|tối thiểu|không dưới|tối đa|không quá|dưới|hơn|vượt|\()\s*$/u);

const BASELINE_CUES = fast(/(?:ước đạt|ước tính|ước|tăng|giảm|bình quân cả nước|cả nước là|hiện nay|hiện đang|đạt tỷ lệ|chiếm|thiệt hại|xếp thứ|trung bình|so với|so cùng kỳ|đã đạt)\s*(?:[\p{L}\s]{0,12})$/u);

function toNumber(s: string): number {
  return Number(s.replace(/\./g, '').replace(',', '.'));
}

export function findTargets(text: string): FoundTarget[] {
  const out: FoundTarget[] = [];
  const add = (m: RegExpMatchArray, unit: string, isRange: boolean, reported = false) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 60), start).replace(/\s+/g, ' ');
    // Cues are matched lower-cased: case-insensitive Unicode patterns are slow to compile.
    const lower = before.toLowerCase();
    // "chưa đạt 100%" names a threshold missed, neither a goal nor a measurement.
    if (/chưa đạt\s*$/u.test(lower)) return;
    let comparator: Comparator = '=';
    for (const [re, c] of COMPARATORS) if (re.test(lower.replace(/\s*(?:đạt|là|được)?\s*$/u, ' ').trimEnd() + ' ')) comparator = c;
    const near = lower.slice(-14);
    for (const [re, c] of COMPARATORS) if (re.test(near.trimEnd())) comparator = c;
    if (isRange) comparator = '>=';
    const closeAfter = /^\s*\)/u.test(text.slice(end, end + 3));
    // Past and present facts, not goals: "đã hoàn thành …", "xếp thứ …" (unless aimed at).
    const aimed = /(?:đảm bảo|bảo đảm|phấn đấu|chỉ tiêu|mục tiêu|phải|dự kiến|đến năm|định hướng)[^.;]*$/u.test(lower);
    let role: 'target' | 'baseline' = 'target';
    const units: string[] = [];
    // "(98%)" right after a unit name: that unit's present figure.
    const paren = NAME_BEFORE_PAREN.exec(before);
    if (paren && closeAfter) {
      role = 'baseline';
      const name = cleanUnitName(paren[1].replace(UP_TO_LAST_ITEM, ''));
      if (name) units.push(name);
    } else if ((BASELINE_CUES.test(lower.slice(-40)) || reported) && !aimed) {
      role = 'baseline';
    } else if (/^[^().;]{0,20}\)/u.test(text.slice(end, end + 24)) && /\([^()]*$/u.test(lower.slice(-40)) && !aimed) {
      // A figure in parentheses explains the sentence: "được đầu tư, nâng cấp (2,5 - 5,5 tỷ đồng/xã)".
      role = 'baseline';
    }
    const subjectMatch = SUBJECT_AFTER.exec(text.slice(end, end + 60));
    out.push({
      value: toNumber(m[1]),
      comparator,
      unit,
      role,
      subject: subjectMatch ? squash(subjectMatch[1]) || null : null,
      units,
      text: squash(text.slice(Math.max(0, start - 0), end)),
      start,
      end,
    });
  };
  for (const m of text.matchAll(PERCENT_RE)) add(m, m[3] ? '%/năm' : '%', m[2] !== undefined);
  for (const m of text.matchAll(MEASURE_RE)) {
    const measure = m[3].replace(/\s+/g, ' ') + (m[4] ? m[4].replace(/\s+/g, '') : '');
    const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index);
    // Counts ("01 TTHC", "05 nội dung") are not targets; measured quantities are
    // when the sentence reaches for them ("đạt", "trên", "ít nhất") or reports them.
    if (!MEASURE_CUE.test(before.toLowerCase()) && !/tỷ đồng|tấn|USD|ha/u.test(measure)) continue;
    add(m, measure, m[2] !== undefined);
  }
  for (const m of text.matchAll(FRACTION_RE)) {
    const [part, whole] = [Number(m[1]), Number(m[2])];
    const looksLikeDate = part >= 1 && part <= 31 && whole >= 1 && whole <= 12;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index).toLowerCase();
    // Not "24/24 giờ" (round the clock) nor a map scale ("tỷ lệ 1/500").
    const idiom = (part === 24 && whole === 24) || (part === 1 && whole >= 100);
    if (part > whole || whole < 2 || looksLikeDate || idiom || /(?:số|ngày|tháng|năm|tỷ lệ)\s*$/u.test(before)) continue;
    // The counted noun: one or two syllables ("xã", "nhiệm vụ"), not the verb after it ("xã đạt").
    add(m, m[3].replace(/[ \t]+(?:đạt|được|có|là|đã|đang|theo|trong|của|và|thể|kể|giao|trên|tại|thực|hoàn)$/u, ''), false, true);
  }
  for (const m of text.matchAll(RANK_RE)) add(m, 'thứ hạng', false, true);
  return out.sort((a, b) => a.start - b.start);
}
