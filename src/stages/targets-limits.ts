// Limits and quotas on a counted thing, and the figure shapes that are not a plain
// number before a measure:
//   "tối thiểu 500MB/hộp thư", "tối đa 20 MB", "không quá 05 cá nhân", "ít nhất 01 (một)
//   điểm thu gom", "không quá một lần", "≥ 20m", "tối thiểu là 20m2", "từ 50 điểm trở lên",
//   "01 cá nhân/01 ban", "độ dài tối thiểu 08 ký tự", "tối thiểu 03 lần/tuần", "02 lần/tuần"
//   — a limit word (or a rate) makes a count a target; a bare count ("05 nội dung sau")
//   only enumerates the text;
//   "trong thời gian 07 ngày liên tục", "Thời gian niêm yết là 30 ngày", "tập kết trong thời
//   gian không quá 48 giờ" — how long a state lasts (posted, stored); the time to finish an
//   action ("trong 05 ngày làm việc kể từ …") is a deadline, not a target;
//   "từ 2 lên 3 phó trưởng phòng" — the present figure and the one to reach;
//   "tăng trưởng 2 con số" — double-digit growth, at least 10%.
// Every pattern here is a chain of bounded or disjoint pieces: linear in the text.
import { execAll } from '../text/matches.js';
import type { Comparator } from '../model/schema.js';
import { fast, rx } from '../text/letters.js';

export interface Candidate {
  start: number;
  end: number;
  value: number;
  unit: string;
  /** Set when the wording fixes it; otherwise read from the words before. */
  comparator?: Comparator;
  role?: 'target' | 'baseline';
  range?: boolean;
  /** A count the sentence reports as an event ("102 người chết"). */
  reported?: boolean;
}

export const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;

const SPELLED: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

const LIMIT_WORDS: Array<[string, Comparator]> = [
  ['không vượt quá', '<='], ['không quá', '<='], ['tối đa', '<='], ['≤', '<='], ['<=', '<='],
  ['ít nhất', '>='], ['tối thiểu', '>='], ['không dưới', '>='], ['không ít hơn', '>='], ['≥', '>='], ['>=', '>='],
  ['từ', '>='], ['trên', '>'], ['dưới', '<'], ['khoảng', '='],
];
const LIMIT_OF = new Map(LIMIT_WORDS);
const STRICT_LIMITS = new Set(['không vượt quá', 'không quá', 'tối đa', 'ít nhất', 'tối thiểu', 'không dưới', 'không ít hơn']);
const MEDIA = new Set(['loại', 'nền', 'hệ', 'kênh', 'trang', 'cổng', 'mạng', 'phương', 'báo', 'sóng']);
const PERMITTED_AFTER = fast(/^\s*(?:trở lên|trở xuống)?\s*(?:thì\s+)?được(?![\p{L}])/u);
const IN_SCOPE = fast(/(?<![\p{L}])(?:đối với|Đối với|trường hợp|Trường hợp|nếu|Nếu)(?![\p{L}])/u);

/** The clause up to `start`: back to the last ".", ";" or ":" (at most 200 characters). */
function clauseBefore(text: string, start: number): string {
  const from = Math.max(0, start - 200);
  for (let i = start - 1; i >= from; i--) if (text[i] === ';' || text[i] === ':' || (text[i] === '.' && /\s/u.test(text[i + 1] ?? ''))) return text.slice(i + 1, start);
  return text.slice(from, start);
}

// Unit symbols written in capitals or glued to the number ("20 MB", "20m2", "3h/ngày").
const SYMBOLS = new Set(['MB', 'GB', 'KB', 'TB', 'Mbps', 'Gbps', 'Gb', 'MW', 'kW', 'kWh', 'km', 'm', 'm2', 'm3', 'cm', 'mm', 'kg', 'ha', 'h', 'l']);
// Time spans: deadlines are the grammar's; an age or a length of service defines a class of people.
const TIME_UNITS = new Set(['ngày', 'giờ', 'h', 'phút', 'tuần', 'tháng', 'năm', 'quý', 'buổi', 'tuổi', 'giây']);
// Words that end the counted noun phrase.
const STOP = new Set([
  'của', 'được', 'có', 'và', 'để', 'phục', 'trong', 'tại', 'theo', 'cho', 'trở', 'đến', 'là', 'thì', 'mà', 'với',
  'trên', 'dưới', 'chất', 'đạt', 'đã', 'đang', 'sẽ', 'thực', 'tham', 'từ', 'hoặc', 'hay', 'các', 'những', 'này', 'đó',
  'sau', 'như', 'khi', 'nếu', 'bị', 'phải', 'cần', 'gồm', 'trước', 'ra', 'về', 'vào', 'không', 'đáp', 'bảo', 'đảm',
  'phổ', 'cấp', 'chết', 'mất', 'lên', 'xuống', 'liên', 'làm', 'kể', 'tính', 'một', 'mỗi', 'x', 'áp',
]);
// Nouns that only enumerate the text ("03 nội dung sau", "05 nhiệm vụ trọng tâm").
// Article and section nouns ("Điều 5", "tối đa 02 khoản") number the text itself.
const ENUMERATING = new Set(['điều', 'khoản', 'mục', 'chương', 'phần', 'phụ', 'trang']);
// "ít nhất 01 triệu căn hộ": a count in thousands, millions …
const SCALE: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9 };
const POINTS_AHEAD = fast(/^\s*(?:sau|như sau|sau đây|gồm|bao gồm|:)/u);

const WORD = String.raw`[\p{L}][\p{L}\p{N}]*`;
// A limit word, an optional "là", the number (digits or a spelled one), an optional
// spelled repetition "(một)", then the counted noun: up to four words and a rate "/…".
const LIMIT_ALT = LIMIT_WORDS.map(([w]) => w.replace(/ /g, String.raw`\s+`)).join('|');
// No look-behind here (it costs a test at every position of every paragraph): the word
// boundary before the limit word is checked on each match instead.
const LETTER_OR_DIGIT = fast(/[\p{L}\p{N}]/u);
export const SPELLED_LIMIT = /(?:quá|đa|nhất|thiểu|dưới|hơn|trên|từ|khoảng)\s+(?:một|hai|ba|bốn|sáu|bảy|tám|chín|mười)(?![a-zà-ỹđ])/u;
const LIMIT_RE = rx(
  String.raw`(${LIMIT_ALT})(?:\s+là)?\s*(${NUM}|một|hai|ba|bốn|sáu|bảy|tám|chín|mười)(?![\p{N}\/])(?:[ \t]*\([ \t]*\p{Ll}+(?:[ \t]+\p{Ll}+)?[ \t]*\))?\s*(${WORD}(?:\s+\p{Ll}+){0,3})(?:[ \t]*\/[ \t]*((?:\d{1,3}[ \t]+)?\p{L}+(?:\s+\p{Ll}+)?))?`,
  'gu',
);
// A rate without a limit word: "02 lần/tuần", "01 cá nhân/01 ban", "50 đại biểu/hội nghị".
const RATE_RE = rx(
  String.raw`(?<![\p{L}\p{N},.\/])(\d{1,5})([ \t]*)(${WORD}(?:\s+\p{Ll}+){0,2})[ \t]*\/[ \t]*((?:\d{1,3}[ \t]+)?\p{Ll}[\p{L}\p{N}]*(?:\s+\p{Ll}+)?)`,
  'gu',
);
// How long a state lasts.
const SPAN_RE = rx(
  String.raw`(?<![\p{L}])(?:trong(?:[ \t\n]+(?:thời gian|vòng))?|là)[ \t\n]+(?:(không quá|tối đa|ít nhất|tối thiểu)[ \t\n]+)?(\d{1,3})[ \t\n]*(ngày đêm|ngày|giờ|h|tháng|tuần)(?![\p{L}])([ \t\n]+liên tục)?([ \t\n]+làm[ \t\n]+việc)?`,
  'gu',
);
// The verbs of a state that lasts: a posting, a display, a storage.
/** Verbs of a state that lasts (posted, kept, stored): a span after them is how long, not a deadline. */
export const STATE_VERBS = ['niêm yết', 'đăng tải', 'công khai', 'lưu giữ', 'lưu trữ', 'lưu chứa', 'tập kết', 'tạm giữ', 'trưng bày', 'treo', 'bảo quản', 'cách ly'];
const STATE_VERB = rx(`(?:${STATE_VERBS.join('|')})[^.;:]*$`, 'u');
const CHANGE_RE = rx(
  String.raw`(?<![\p{L}])từ\s+(${NUM})[ \t]*(%?)\s+(lên|xuống)\s+(${NUM})\s*(%|${WORD}(?:\s+\p{Ll}+){0,3})`,
  'gu',
);
const CON_SO = /con[ \t\n]+số/u;
const DIGITS_RE = fast(/(?<![\p{L}\p{N}])(2|hai|3|ba)[ \t\n]+con[ \t\n]+số(?![\p{L}])/gu);
const GROWTH_BEFORE = fast(/tăng trưởng(?:[ \t\n]+\p{L}+){0,3}[ \t\n]*$/u);
// "Số điểm quan trắc: 08 điểm": a quantity stated under its label.
const LABEL_RE = rx(String.raw`(?<![\p{L}])Số(?:\s+lượng)?\s+(\p{Ll}+)(?:\s+\p{Ll}+){0,3}\s*:\s*(\d{1,6})\s+(\p{Ll}+)(?![\p{L}\/])`, 'gu');

export function toNumber(s: string): number {
  const spelled = SPELLED[s.toLowerCase()];
  if (spelled !== undefined) return spelled;
  return Number(s.replace(/\./g, '').replace(',', '.'));
}

/** The counted noun: its first word, then more while they are not function words. */
function countedNoun(phrase: string): string {
  const words = phrase.split(/\s+/u).filter(Boolean);
  const out = [words[0]];
  for (const w of words.slice(1)) {
    if (STOP.has(w)) break;
    out.push(w);
  }
  return out.join(' ');
}

function isUnitWord(first: string): boolean {
  return SYMBOLS.has(first) || /^\p{Ll}/u.test(first);
}

/** "từ 2 lên 3 phó trưởng phòng": the present figure, then the one to reach. */
export function findChanges(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of execAll(CHANGE_RE, text)) {
    const start = m.index ?? 0;
    const unit = m[5] === '%' ? '%' : countedNoun(m[5]);
    const second = start + m[0].indexOf(m[3]);
    out.push({ start, end: second, value: toNumber(m[1]), unit, comparator: '=', role: 'baseline' });
    out.push({ start: second, end: start + m[0].length, value: toNumber(m[4]), unit, comparator: '=', role: 'target' });
  }
  return out;
}

/** Figures under a limit word, rates, state spans and "2 con số". */
export function findLimits(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Most paragraphs hold no figure a limit could bound: a digit, or a number spelled
  // after a strict limit word ("không quá một lần").
  const figures = /\d/u.test(text) || SPELLED_LIMIT.test(text);
  for (const m of figures ? execAll(LIMIT_RE, text) : []) {
    const start = m.index ?? 0;
    if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) continue;
    const noun = countedNoun(m[3]);
    const first = noun.split(' ')[0];
    const rate = m[4] ? countedNoun(m[4]) : '';
    // "cấp" ends a noun ("dữ liệu cấp tỉnh") but may open one ("02 cấp phó").
    if (!isUnitWord(first) || (STOP.has(first) && first !== 'cấp')) continue;
    // A span of time is a deadline unless it is a rate ("45 phút/ca", "3h/ngày").
    if (TIME_UNITS.has(first) && !rate) continue;
    if (ENUMERATING.has(first)) continue;
    // "từ 3 đến 5 …" is a range (its lower bound); "từ 2 lên 3" is a change, read below.
    const word = m[1].replace(/\s+/gu, ' ');
    // "trên một số tuyến đường", "dưới ba mươi sáu tháng": a spelled number counts only under a limit.
    if (SPELLED[m[2]] !== undefined && !STRICT_LIMITS.has(word)) continue;
    // Glued to the number only a unit symbol ("20m2", "3h/ngày"), not "18h00".
    const glued = text[start + m[0].indexOf(m[3]) - 1] === m[2].at(-1);
    if (glued && !SYMBOLS.has(first)) continue;
    // "trên 04 loại hình báo chí", "trên một nền tảng": "on" a medium, not "more than".
    if (word === 'trên' && MEDIA.has(first)) continue;
    const endNoun = m[4] ? start + m[0].length - (m[4].length - m[4].indexOf(rate) - rate.length) : start + m[0].length - (m[3].length - noun.length);
    if (word === 'từ' && /^\s*(?:lên|xuống)(?![\p{L}])/u.test(text.slice(start + m[0].length - m[3].length))) continue;
    if (POINTS_AHEAD.test(text.slice(endNoun, endNoun + 12))) continue;
    // "cơ sở có từ 16 biên chế trở lên được bố trí …", "Đối với công trình cao từ 03 tầng trở lên:":
    // the figure defines who a rule applies to.
    if (PERMITTED_AFTER.test(text.slice(endNoun, endNoun + 40)) || IN_SCOPE.test(clauseBefore(text, start))) continue;
    const end = endNoun;
    const scale = /^(?:đồng|USD)/u.test(noun.slice(first.length + 1)) ? undefined : SCALE[first];
    const unit = scale && noun.includes(' ') ? noun.slice(first.length + 1) : noun;
    out.push({
      start,
      end,
      value: toNumber(m[2]) * (scale && unit !== noun ? scale : 1),
      unit: rate ? `${unit}/${rate}` : unit,
      comparator: LIMIT_OF.get(word),
    });
  }
  const digits = figures && /\d/u.test(text);
  for (const m of digits ? execAll(RATE_RE, text) : []) {
    const noun = countedNoun(m[3]);
    const per = countedNoun(m[4]);
    const first = noun.split(' ')[0];
    if (!isUnitWord(first) || STOP.has(first) || ENUMERATING.has(first)) continue;
    // Glued to the number only a unit symbol ("400g/m2"), not a document number ("930e/QĐ").
    if (!m[2] && !SYMBOLS.has(first) && first !== 'g') continue;
    // "02 đợt/tháng", "01 lần/năm", "01 Gb/s": a rhythm or a speed, not a quota on a thing
    // (a rhythm is the deadline grammar's recurrence).
    if (TIME_UNITS.has(per.split(' ')[0]) || per === 's') continue;
    const start = m.index ?? 0;
    const end = start + m[0].length - (m[4].length - m[4].indexOf(per) - per.length);
    out.push({ start, end, value: toNumber(m[1]), unit: `${noun}/${per}` });
  }
  for (const m of digits ? execAll(SPAN_RE, text) : []) {
    if (m[5]) continue; // working days: the time allowed to act
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 160), start);
    if (!m[4] && !STATE_VERB.test(before.toLowerCase())) continue;
    out.push({
      start,
      end: start + m[0].length,
      value: Number(m[2]),
      unit: m[3] === 'h' ? 'giờ' : m[3],
      comparator: m[1] ? LIMIT_OF.get(m[1]) : '=',
    });
  }
  for (const m of digits ? execAll(LABEL_RE, text) : []) {
    if (m[1] !== m[3]) continue; // the label names what is counted
    const start = (m.index ?? 0) + m[0].lastIndexOf(m[2]);
    out.push({ start, end: (m.index ?? 0) + m[0].length, value: Number(m[2]), unit: m[3], comparator: '=' });
  }
  // "(2|hai|3|ba) con số" opens with syllables found everywhere: looked for only where "con số" is.
  for (const m of CON_SO.test(text) ? execAll(DIGITS_RE, text) : []) {
    const start = m.index ?? 0;
    if (!GROWTH_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
    const digits = m[1] === '2' || m[1] === 'hai' ? 2 : 3;
    out.push({ start, end: start + m[0].length, value: 10 ** (digits - 1), unit: '%', comparator: '>=' });
  }
  return out;
}
