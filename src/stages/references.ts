// Documents a directive cites: "Quyết định số 3057/QĐ-UBND ngày 21/9/2023 của
// UBND tỉnh", "Văn bản số 1801/UBND-NV ngày 6/11/2023", "các Nghị quyết số
// 347/NQ-CP ngày 24 tháng 10 năm 2025, số 380/NQ-CP …". Their spans (number and
// date) are never deadlines: the pipeline drops time expressions inside them.
import { execAll } from '../text/matches.js';
import { isValidDate, toIso } from '../text/dates.js';
import { lowerKeepingLength, squash } from '../text/normalize.js';
import { fast, rx } from '../text/letters.js';
import { predicateStart, startsWithUnitHead } from '../text/units.js';

// Compiled once, with the property classes spelled out (text/letters.ts).
const HAS_UPPER = fast(/\p{Lu}/u);

export interface FoundReference {
  type: string | null;
  number: string;
  symbol: string | null;
  date: string | null;
  issuer: string | null;
  text: string;
  start: number;
  end: number;
}

const TYPES = [
  'Quyết định', 'Công văn', 'Văn bản', 'Kế hoạch', 'Thông báo kết luận', 'Thông báo', 'Nghị quyết', 'Chỉ thị',
  'Nghị định', 'Thông tư liên tịch', 'Thông tư', 'Luật', 'Công điện', 'Tờ trình', 'Báo cáo', 'Hướng dẫn', 'Pháp lệnh',
  'Chương trình', 'Đề án', 'Quy chế', 'Kết luận', 'Giấy mời',
];
// Matched on the lower-cased words before a number: a case-insensitive Unicode pattern is
// slow, and this one runs before every number in the text.
const TYPE_BEFORE = rx(`(${TYPES.map((t) => t.toLowerCase()).join('|')})(?:\\s+liên tịch)?\\s*(?:số|số:)?\\s*$`, 'u');

// 3057/QĐ-UBND, 01/2015/QĐ-UBND, 66.4/2025/NQ-CP, 11554/VPCP-V.I, 37/2021/QH15, "846 /UBND-TH";
// the Party's own numbering puts the type before the slash: 14-KH/TU, 66-NQ/TW, 144-CTr/TU;
// a joint resolution chains its bodies: 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN.
// A stray space beside a hyphen ("13/CT- TTg", "78/2021/NĐ -CP") is a typing slip inside
// the symbol; a dash with spaces on both sides ("… QĐ-UBND - Sở …") ends it.
const SYMBOL = String.raw`(?=[\p{L}\p{N}.\-–&]*\p{Lu})[\p{L}\p{N}](?:[\p{L}\p{N}.&]|[-–]\s?|\s[-–](?=\p{Lu}))*[\p{L}\p{N}]`;
const NUMBER_RE = rx(
  String.raw`(?<![\p{L}\p{N}/])(\d{1,6}(?:\.\d{1,3})?(?:[-–]\p{Lu}\p{L}{0,7}(?=\/))?(?:\s?\/\s?\d{4})?\s?\/\s?${SYMBOL}(?:\/${SYMBOL})*)`,
  'gu',
);
const DATE_AFTER =
  /^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2})\s*(?:\/|-|\.|\s+tháng\s+)\s*(\d{1,2})\s*(?:\/|-|\.|\s+năm\s+)\s*(\d{4})/u;
// "… của Bộ Tài chính về việc …", "… do Thủ tướng Chính phủ ban hành": the issuer runs
// from "của/do" to the predicate or the clause's end. Body names mix capitals and lower
// case ("Sở Y tế", "Bộ Nội vụ"), so the cut is where the name ends, not where capitals do.
const ISSUER_START = fast(/^\s*(?:của|do)\s+(?=\p{Lu})/u);
const ISSUER_END = rx(
  String.raw`\s*(?:[,;.:()"“”]|\s[-–]\s)|\s(?:[Vv]ề|V\/v|[Qq]uy định|[Bb]an hành|gửi|kèm theo|cho|[Ss]ửa đổi|[Bb]ổ sung|[Hh]ướng dẫn|thi hành|hết hiệu lực|Cho phép|Phê duyệt|Thành lập|Công bố|QUYẾT|năm \d{4}|và\s+(?:các\s+)?(?:${TYPES.join('|')}))(?![\p{L}])`,
  'u',
);

const TYPE_AT = rx(`^(?:${TYPES.join('|')})(?![\\p{L}])`, 'u');
const NAME_GOES_ON = fast(/^\p{Lu}\p{Ll}/u);

/** The issuer named right after a citation, and how many characters of `s` it spans. */
function issuerAfter(s: string): { name: string; length: number } | null {
  const m = ISSUER_START.exec(s);
  if (!m) return null;
  let raw = s.slice(m[0].length);
  // A comma or dash inside a name ("Bộ Văn hóa, Thể thao và Du lịch", "Ban Văn hóa - Xã
  // hội") goes on with a capital that opens neither another body nor a document.
  for (let from = 0; ; ) {
    const stop = ISSUER_END.exec(raw.slice(from));
    if (!stop) break;
    const at = from + stop.index;
    const next = raw.slice(at + stop[0].length).trimStart();
    if (/^\s*(?:,|[-–])\s*$/u.test(stop[0]) && NAME_GOES_ON.test(next) && !startsWithUnitHead(next) && !TYPE_AT.test(next)) {
      from = at + stop[0].length;
      continue;
    }
    raw = raw.slice(0, at);
    break;
  }
  const cut = predicateStart(raw);
  if (cut > 0) raw = raw.slice(0, cut);
  raw = raw.replace(/\s+(?:và|các|của)\s*$/u, '').trimEnd();
  const name = squash(raw);
  return name && name.split(' ').length <= 14 ? { name, length: m[0].length + raw.length } : null;
}

// A number without a symbol, named by its type and followed by its issuer or date:
// "QĐ 05 của UBND tỉnh", "Quyết định số 12 ngày 03/4/2018".
const BARE_RE = rx(
  String.raw`(?<![\p{L}\p{N}])(?:(QĐ|NQ|NĐ|CT|KH|TB)|(${TYPES.join('|')})\s+số)\s+(\d{1,5})(?=\s+(?:của|ngày)\s)`,
  'gu',
);
const ABBREVIATED: Record<string, string> = { QĐ: 'Quyết định', NQ: 'Nghị quyết', NĐ: 'Nghị định', CT: 'Chỉ thị', KH: 'Kế hoạch', TB: 'Thông báo' };

export function findReferences(text: string, exclude: Set<string> = new Set()): FoundReference[] {
  const out = findNumbered(text, exclude);
  for (const m of execAll(BARE_RE, text)) {
    const number = m[3];
    if (exclude.has(number) || out.some((r) => r.number === number)) continue;
    const { end, date } = dateAfter(text, m.index + m[0].length);
    const by = issuerAfter(text.slice(end, end + 160));
    const type = m[1] ? ABBREVIATED[m[1]] : capitalize(m[2]);
    out.push({ type, number, symbol: null, date, issuer: by?.name ?? null, text: squash(text.slice(m.index, end + (by?.length ?? 0))), start: m.index, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The cited document's date right after its number ("…, ngày 21/9/2023"), and where the citation then ends. */
function dateAfter(text: string, from: number): { end: number; date: string | null } {
  const dm = DATE_AFTER.exec(text.slice(from, from + 40));
  if (!dm) return { end: from, date: null };
  const [d, mo, y] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
  return { end: from + dm[0].length, date: isValidDate(y, mo, d) ? toIso(y, mo, d) : null };
}

function findNumbered(text: string, exclude: Set<string>): FoundReference[] {
  const out: FoundReference[] = [];
  const byNumber = new Map<string, FoundReference>();
  let lastType: string | null = null;
  let lastEnd = -1;
  for (const m of execAll(NUMBER_RE, text)) {
    const raw = m[1];
    const number = raw.replace(/\s+/g, '');
    if (/^\d+\/\d+$/.test(number)) continue; // a fraction or a date, not a document number
    if (exclude.has(number)) continue;
    const start0 = m.index;
    const before = text.slice(Math.max(0, start0 - 40), start0);
    const tm = TYPE_BEFORE.exec(lowerKeepingLength(before));
    let type: string | null = tm ? capitalize(tm[1]) : null;
    let start = tm ? start0 - (before.length - tm.index) : start0;
    // "…, số 380/NQ-CP" continues the previous citation's type.
    if (!type && /số\s*$/u.test(before) && lastEnd >= 0 && start0 - lastEnd < 80) type = lastType;
    if (!type && !/số\s*$/u.test(before) && !HAS_UPPER.test(number.split('/').pop() ?? '')) continue;
    const { end, date } = dateAfter(text, start0 + raw.length);
    const by = issuerAfter(text.slice(end, end + 160));
    const issuer = by?.name ?? null;
    if (start < 0) start = start0;
    // A document cited again is the same reference; a later mention may add its date.
    const seen = byNumber.get(number);
    if (seen) {
      if (!seen.date && date) seen.date = date;
      if (!seen.issuer && issuer) seen.issuer = issuer;
      if (!seen.type && type) seen.type = type;
      lastType = type ?? seen.type;
      lastEnd = end;
      continue;
    }
    const ref: FoundReference = {
      type,
      number,
      symbol: symbolOf(number),
      date,
      issuer,
      text: squash(text.slice(start, end + (by?.length ?? 0))),
      start,
      end,
    };
    out.push(ref);
    byNumber.set(number, ref);
    lastType = type;
    lastEnd = end;
  }
  return out;
}

/** "3057/QĐ-UBND" → "QĐ-UBND", "01/2015/QĐ-UBND" → "QĐ-UBND", "14-KH/TU" → "KH/TU". */
function symbolOf(number: string): string | null {
  const m = /^\d+(?:\.\d+)?(?:-(?=\D)|(?:\/\d{4})?\/)(.+)$/u.exec(number);
  return m ? m[1] : null;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}
