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
const MEASURE_RE = rx(
  String.raw`(?<![\p{L}\p{N},.\/])(${NUM})\s+(${MEASURES.sort((a, b) => b.length - a.length).map((m) => m.replace(/ /g, '\\s+')).join('|')})(?![\p{L}\p{N}])`,
  'gu',
);

const BASELINE_CUES = fast(/(?:ước đạt|ước tính|ước|tăng|giảm|bình quân cả nước|cả nước là|hiện nay|hiện đang|đạt tỷ lệ|chiếm|thiệt hại|xếp thứ|trung bình|so với|so cùng kỳ|đã đạt)\s*(?:[\p{L}\s]{0,12})$/u);

function toNumber(s: string): number {
  return Number(s.replace(/\./g, '').replace(',', '.'));
}

export function findTargets(text: string): FoundTarget[] {
  const out: FoundTarget[] = [];
  const add = (m: RegExpMatchArray, unit: string, isRange: boolean) => {
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
    let role: 'target' | 'baseline' = 'target';
    const units: string[] = [];
    // "(98%)" right after a unit name: that unit's present figure.
    const paren = NAME_BEFORE_PAREN.exec(before);
    const closeAfter = /^\s*\)/u.test(text.slice(end, end + 3));
    if (paren && closeAfter) {
      role = 'baseline';
      const name = cleanUnitName(paren[1].replace(UP_TO_LAST_ITEM, ''));
      if (name) units.push(name);
    } else if (BASELINE_CUES.test(lower.slice(-40)) && !/(?:đảm bảo|bảo đảm|phấn đấu|chỉ tiêu|mục tiêu|phải|dự kiến|đến năm|định hướng)[^.;]*$/u.test(lower)) {
      role = 'baseline';
    } else if (/^\s*\)/u.test(text.slice(end, end + 3)) && /\(\s*(?:bình quân|cả nước|khoảng)/u.test(lower.slice(-40))) {
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
    const measure = m[2].replace(/\s+/g, ' ');
    const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index);
    // Counts ("01 TTHC", "05 nội dung") are not targets; measured quantities are
    // when the sentence reaches for them ("đạt", "trên") or reports them.
    if (!/(?:đạt|trên|khoảng|thiệt hại|tổng|là)\s*$/u.test(before.toLowerCase()) && !/tỷ đồng|tấn|USD|ha/u.test(measure)) continue;
    add(m, measure, false);
  }
  return out.sort((a, b) => a.start - b.start);
}
