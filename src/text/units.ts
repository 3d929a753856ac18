// Vocabulary of Vietnamese public bodies: how a unit name starts, how a list of
// units is split, and the canonical key that makes two spellings one unit.
import { squash, toneKey } from './normalize.js';
import { fast, rx } from './letters.js';

// Compiled once, with the property classes spelled out (text/letters.ts).
const PLACES_LIST = fast(/^(?:các|Các)\s+(?:xã|phường|thị trấn|huyện|tỉnh|thành phố)(?![\p{L}])/u);
const CAC_WORD = fast(/(?<![\p{L}])các\s/u);

/**
 * Words that open the name of a body or of an office holder. A list is split at
 * "," / "và" only where the next piece opens with one of these, so
 * "UBND các xã, thị trấn" and "Phòng Tài nguyên và Môi trường" stay whole.
 */
const HEADS = [
  'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Ủy ban', 'Uỷ ban', 'UBND', 'HĐND', 'Hội đồng', 'Văn phòng', 'Phòng', 'Sở', 'Ban',
  'Bộ', 'Cục', 'Chi cục', 'Tổng cục', 'Trung tâm', 'Công an', 'Bộ Chỉ huy', 'Đài', 'Tập đoàn', 'Tổng công ty',
  'Công ty', 'Ngân hàng', 'Kho bạc', 'Thanh tra', 'Viện', 'Trường', 'Bệnh viện', 'Hội', 'Liên đoàn', 'Đoàn',
  'Mặt trận', 'Tỉnh đoàn', 'Huyện đoàn', 'Thành đoàn', 'Đảng ủy', 'Đảng uỷ', 'Tỉnh ủy', 'Tỉnh uỷ', 'Huyện ủy',
  'Thường trực', 'Bộ trưởng', 'Thứ trưởng', 'Thủ trưởng', 'Chủ tịch', 'Phó Chủ tịch', 'Giám đốc', 'Chánh Văn phòng',
  'Chánh', 'Trưởng ban', 'Trưởng phòng', 'Hiệu trưởng', 'Bí thư', 'Thống đốc', 'Tổng Giám đốc', 'Cục trưởng',
  'Chi cục trưởng', 'Kiểm toán', 'Bảo hiểm xã hội', 'Cảnh sát', 'Quân khu', 'Bộ đội', 'Bưu điện', 'Điện lực',
  'Đồn', 'Ủy ban bầu cử', 'Tổ công tác', 'Tổ giúp việc', 'Tổ thư ký', 'Tổ kiểm tra', 'Tổ chuyên gia', 'Tổ liên ngành', 'Thông tấn xã', 'các', 'Các', 'Cơ quan', 'Đơn vị', 'Đồng chí', 'đồng chí', 'Đ/c', 'Lãnh đạo', 'lãnh đạo',
] as const;

const HEAD_RE = rx(
  `^(?:${[...HEADS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// Words that open like a body but are not one ("Trường hợp", "Phòng, chống", "Hội nghị").
const NOT_A_UNIT = fast(/^(?:Trường hợp|trường hợp|Ban hành|Ban đầu|Hội nghị|Hội thảo|Hội họp|Phòng,? chống|Phòng ngừa|Đoàn kết|Các nội dung|các nội dung|Các nhiệm vụ|các nhiệm vụ|Các văn bản|các văn bản|Các chỉ tiêu|các chỉ tiêu|Các giải pháp|các giải pháp)(?![\p{L}])/u);

export function startsWithUnitHead(s: string): boolean {
  const t = s.trimStart();
  return HEAD_RE.test(t) && !NOT_A_UNIT.test(t);
}

/**
 * Words that open the predicate: the unit phrase before them is the subject.
 * Lower-case forms; matched at a word boundary.
 */
export const PREDICATE_STARTS = [
  'chủ trì', 'phối hợp', 'hoàn thành', 'thực hiện', 'tham mưu', 'nhanh chóng', 'khẩn trương', 'tổ chức', 'báo cáo',
  'xây dựng', 'chỉ đạo', 'hướng dẫn', 'tập trung', 'triển khai', 'rà soát', 'tiếp tục', 'có trách nhiệm', 'kiểm tra',
  'đôn đốc', 'theo dõi', 'gửi', 'nộp', 'cung cấp', 'trình', 'ban hành', 'nghiên cứu', 'đẩy mạnh', 'tăng cường',
  'chịu trách nhiệm', 'quyết liệt', 'chủ động', 'khẩn cấp', 'phải', 'cần', 'tích cực', 'đánh giá', 'tổng hợp',
  'thường xuyên', 'nghiêm túc', 'lập', 'cử', 'bố trí', 'huy động', 'hỗ trợ', 'phân công', 'giám sát', 'quán triệt',
  'tuyên truyền', 'thẩm định', 'đề xuất', 'sớm', 'kịp thời', 'tiến hành', 'căn cứ', 'ưu tiên', 'bảo đảm', 'đảm bảo',
  'rà', 'thu', 'xử lý', 'điều chỉnh', 'bổ sung', 'tiếp nhận', 'giải quyết', 'công bố', 'duy trì', 'mở', 'triệu tập',
  'chuẩn bị', 'tạo điều kiện', 'vận động', 'làm việc', 'là cơ quan', 'được giao', 'liên tục', 'ra quân', 'cập nhật',
  'số hóa', 'đăng ký', 'phát động', 'tổng kết', 'sơ kết', 'lưu ý', 'thống nhất', 'chấp hành', 'quản lý', 'hoàn thiện',
  'tiếp thu', 'nêu', 'thông báo', 'in', 'phát hành', 'phổ biến', 'hướng', 'tập huấn', 'bám sát', 'yêu cầu',
  'chỉ', 'đồng thời', 'trên cơ sở', 'theo', 'trong', 'trước', 'chậm nhất', 'được', 'để', 'nhằm', 'về việc',
  'trên địa bàn', 'tại', 'xem xét', 'trân trọng', 'sẽ', 'đã', 'đang', 'tiếp', 'kiểm soát', 'khắc phục', 'nâng cao', 'phát huy', 'tăng', 'giảm', 'rút', 'đẩy', 'tuyên', 'thẩm tra', 'ký', 'phê duyệt', 'lựa chọn', 'điều hành', 'vận hành', 'nắm', 'đề nghị', 'giao', 'chịu', 'hàng tháng', 'hằng tháng', 'hàng tuần', 'hằng tuần', 'hàng năm', 'hằng năm', 'hàng quý', 'hằng quý', 'định kỳ', 'hàng ngày', 'hằng ngày', 'dự', 'tham dự', 'tham gia', 'đi', 'đến', 'từ', 'ngay',
  'có nhiệm vụ', 'làm đầu mối', 'là đầu mối', 'ra quyết định', 'quyết định', 'có văn bản', 'có ý kiến', 'phản ánh', 'treo', 'sao lưu', 'lưu trữ', 'bảo quản', 'niêm yết', 'công khai', 'có thể', 'vẫn', 'kiện toàn', 'củng cố',
];

const PREDICATE_RE = rx(
  `(?<![\\p{L}\\p{N}])(?:${[...PREDICATE_STARTS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

// Predicate words that are no verb of a competence ("có thẩm quyền giải quyết" names the body).
const NOT_COMPETENCE = /^(?:trong|theo|tại|được|từ|đến|để|nhằm|về việc|trên địa bàn|trên cơ sở|ngay|trước|sau|chậm nhất|phải|cần|có trách nhiệm|chịu trách nhiệm|sẽ|đã|đang|có thể|vẫn|đồng thời|chủ động|kịp thời|khẩn trương|thường xuyên)$/u;
const PREDICATE_ANY = rx(
  `(?<![\\p{L}\\p{N}])(?:${[...PREDICATE_STARTS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
const DUTY_NEXT = fast(/^[^,.;:]{0,80}?\s(?:phải|có trách nhiệm|chịu trách nhiệm)(?![\p{L}])/u);

/** Whether, after a verb, the next predicate is the duty, or there is none. */
function dutyOrEndFollows(rest: string): boolean {
  return DUTY_NEXT.test(rest) || !PREDICATE_ANY.test(rest);
}

const OTHER_UNITS = fast(/^đơn vị\s+(?!(?:trực\s+)?thuộc|(?:có\s+)?liên quan|khác|được)\p{L}/u);
const AND_CAPITAL = fast(/^\s+và\s+\p{Lu}/u);
const BARE_WORD = fast(/^\p{L}+\s*(?:,|$)/u);

const PREDICATE_AT_START = rx(
  `^(?:${[...PREDICATE_STARTS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

/** Whether a verb of the predicate list follows `at` (after white space). */
function startsWithPredicateAt(s: string, at: number): boolean {
  return PREDICATE_AT_START.test(s.slice(at).trimStart());
}

/** Whether `s` opens with a verb of the predicate list ("gửi kết quả …", "báo cáo …"). */
export function startsWithPredicate(s: string): boolean {
  return PREDICATE_AT_START.test(s.trimStart());
}

// "các sở, ban, ngành có Báo cáo …", "UBND cấp xã có Kế hoạch …": "có" before a document
// named with a capital is the verb (while "có liên quan", "có thẩm quyền" qualify a body).
const HAS_DOCUMENT = fast(/(?<![\p{L}])có\s+(?=\p{Lu})/u);

/** Offset where the predicate begins in `s` (after at least one word), or -1. */
export function predicateStart(s: string): number {
  const listed = listedPredicateStart(s);
  const has = HAS_DOCUMENT.exec(s);
  if (has && has.index > 0 && (listed < 0 || has.index < listed)) return has.index;
  return listed;
}

const BEFORE_WINDOW = 80;

function listedPredicateStart(s: string): number {
  const re = PREDICATE_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m.index === 0) continue;
    // The words just before the verb: every test below looks at how they end (or, for a role,
    // at all of them, which a phrase longer than this window never is).
    const head = s.slice(Math.max(0, m.index - BEFORE_WINDOW), m.index);
    // "Ủy ban bầu cử", "Ban Quản lý dự án": nouns built on a verb.
    if (m[0] === 'cử' && /(?:bầu|Bầu)\s+$/u.test(head)) continue;
    // "Ban Quản lý Dự án đầu tư xây dựng và PTQĐ": a verb coordinated with a capitalised word is part of a name.
    if (AND_CAPITAL.test(s.slice(m.index + m[0].length))) continue;
    // "trực thuộc", "thuộc Chính phủ" inside a name ("cơ quan thuộc Chính phủ") are not predicates
    // when the preceding word is a body noun.
    const before = head.trimEnd();
    if (/^(?:trong|theo|tại|được|từ|đến|để|trên địa bàn|ngay)$/u.test(m[0]) && /(?:cơ quan|đơn vị|ban|phòng|sở|ngành|các)$/iu.test(before)) continue;
    // "các cơ quan trung ương đóng trên địa bàn tỉnh": stationed there, part of the name.
    if (m[0] === 'trên địa bàn' && /(?:^|\s)đóng$/u.test(before)) continue;
    // "sở, ban, ngành được giao chủ trì", "cơ quan được giao phối hợp": which body, not what it does.
    if (m[0] === 'được giao' && /(?:cơ quan|đơn vị|ban|phòng|sở|ngành)$/iu.test(before) && /^\s+(?:chủ trì|phối hợp|nhiệm vụ)/u.test(s.slice(m.index + m[0].length))) continue;
    if (/^(?:chủ trì|phối hợp)$/u.test(m[0]) && /(?:cơ quan|đơn vị|ban|phòng|sở|ngành)\s+được giao$/iu.test(before)) continue;
    // "Cơ quan chủ trì tổ chức cuộc họp …", "cơ quan phối hợp cử cán bộ …": a role, named by it.
    // At the end of the phrase too ("…, cơ quan phối hợp phải …" is cut before "phải").
    if (/^(?:chủ trì|phối hợp)$/u.test(m[0]) && /^(?:[Cc]ác\s+)?(?:[Cc]ơ quan|[Đđ]ơn vị)(?:,\s*đơn vị)?$/u.test(before)) {
      const after = m.index + m[0].length;
      if (s.slice(after).trim() === '' || startsWithPredicateAt(s, after)) continue;
    }
    // "cơ quan, đơn vị có thẩm quyền giải quyết hồ sơ": the competence names the body.
    // Only a verb: "các cơ quan có thẩm quyền trong việc …", "… phải …" still end the name.
    // And only when the duty follows the competence ("… giải quyết hồ sơ phải thông báo") or
    // nothing does: in "thì cơ quan có thẩm quyền thông báo cho cấp ủy quản lý …" it is the verb.
    if (/(?:cơ quan|đơn vị|cấp)(?:,\s*đơn vị)?\s+có thẩm quyền$/iu.test(before) && !NOT_COMPETENCE.test(m[0]) && dutyOrEndFollows(s.slice(m.index + m[0].length))) continue;
    // "cơ quan, tổ chức, đơn vị mới": "tổ chức" enumerated among bodies is a noun.
    if (m[0] === 'tổ chức' && /(?:cơ quan|đơn vị|cá nhân|doanh nghiệp),$/iu.test(before) && /^\s*(?:,|và\s|cá nhân|đơn vị)/u.test(s.slice(m.index + m[0].length))) continue;
    return m.index;
  }
  return -1;
}

/** Leading titles dropped when the rest names a group of bodies ("Thủ trưởng các cơ quan" → "các cơ quan"). */
// "Chủ tịch Ủy ban nhân dân cấp xã" is every commune's, as "Chủ tịch UBND các xã" is.
const GROUP_TITLE_RE = /^(?:Thủ trưởng|Chủ tịch|Giám đốc|Trưởng)\s+(?=(?:các|UBND|(?:Ủy|Uỷ) ban nhân dân cấp)\s)/u;

/** Split a list of units: ";" always; "," and "và" only before the opening of another unit. */
export function splitUnitList(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/;/)) {
    let rest = part;
    const pieces: string[] = [];
    const sep = /,\s*|\s+và\s+|\s+cùng\s+/gu;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = sep.exec(rest)) !== null) {
      const before = rest.slice(last, m.index);
      const after = rest.slice(m.index + m[0].length);
      // "HĐND và UBND" is one office ("Văn phòng HĐND và UBND huyện").
      if (/và/.test(m[0]) && /(?:HĐND|Hội đồng nhân dân)$/u.test(before) && /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)/u.test(after)) continue;
      // "các hội, đoàn thể, đơn vị lực lượng vũ trang": a new kind of body; but "cơ quan,
      // đơn vị" and "tổ chức, đơn vị" are fixed pairs ("các cơ quan, đơn vị trực thuộc UBND
      // huyện"), and "…, đơn vị liên quan / thuộc …" qualifies the whole enumeration.
      const otherBodies = /^,/u.test(m[0]) && OTHER_UNITS.test(after) && !/(?:[Cc]ơ quan|[Tt]ổ chức)$/u.test(before);
      if (!otherBodies && (!startsWithUnitHead(after) || PLACES_LIST.test(after))) continue;
      // "các Sở, Ban, ngành": a bare head word in an enumeration is not a unit of its own.
      if (BARE_WORD.test(after) && !/^(?:UBND|HĐND)/u.test(after)) continue;
      pieces.push(rest.slice(last, m.index));
      last = m.index + m[0].length;
    }
    pieces.push(rest.slice(last));
    rest = '';
    const names = pieces.map(cleanUnitName).filter(Boolean);
    // "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: A, B": the scope
    // ("các tỉnh: A, B") belongs to both titles.
    if (names.length === 2 && !CAC_WORD.test(names[0])) {
      const tail = /\s(các\s+(?:tỉnh|huyện|xã|bộ|sở|địa phương|thành phố)[\s:,].*)$/u.exec(names[1]);
      if (tail && names[0].split(' ').length <= 4) names[0] = `${names[0]} ${tail[1]}`;
    }
    out.push(...names);
  }
  return out;
}

export function cleanUnitName(s: string): string {
  let t = squash(s)
    .replace(/^[-–+•:,.\s]+/u, '')
    .replace(/[\s,;:.]+$/u, '')
    .replace(/^(?:đồng chí|Đồng chí|các đồng chí)\s+/u, '');
  t = t.replace(GROUP_TITLE_RE, '');
  return t.trim();
}

/**
 * The canonical key: NFC, lower case, new-style tone marks, and "–", "-", "và"
 * alike — "Phòng Tài chính – Kế hoạch" and "Phòng Tài chính và Kế hoạch" are one unit.
 * Common abbreviations are expanded so that "UBND" and "Ủy ban nhân dân" meet.
 */
export function unitKey(name: string): string {
  return squash(
    toneKey(name)
      .replace(/\bubnd\b/gu, 'ủy ban nhân dân')
      .replace(/hđnd/gu, 'hội đồng nhân dân')
      .replace(/\s*[-–—]\s*|\s+và\s+|\s*&\s*/gu, ' - ')
      .replace(/[.,;:]+$/u, ''),
  );
}
