// Deadlines that wait for an event → kind conditional, trigger = the clause:
//   "sau khi UBND tỉnh ban hành các Đề án trên", "ngay sau khi có kết quả",
//   "ngay khi nhận được văn bản", "sau khi kết thúc Đề án", "sau khi có ý kiến thẩm định",
//   "sau khi được Quốc hội thông qua", "trước khi UBND tỉnh ban hành …",
//   "khi có văn bản chỉ đạo của cấp trên", "khi Bộ Y tế có văn bản triển khai",
//   "khi Bộ Giáo dục và Đào tạo triển khai thực hiện", "kể từ khi nhận được ý kiến phản hồi"
// The clause ends at punctuation, a blank line or a dated cue (clause.ts).
// Not deadlines (GOLD.md): a bare "khi" ("khi để xảy ra trễ hẹn"); duties on request
// ("khi có yêu cầu", "khi được yêu cầu", "khi có đề nghị"); a step's precondition, i.e.
// the unit's own next step with no agent or awaited event ("trước khi trình cấp có thẩm
// quyền", "trước khi đưa vào sử dụng", "trước khi cài đặt", "sau khi được khắc", "sau
// khi phân loại", "sau khi nhận được thông báo kết quả đánh giá").
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { clauseEnd } from '../clause.js';
import { QUALIFIER } from '../relation-words.js';
import { E } from '../patterns.js';

/** Bodies whose act a unit waits for ("khi Bộ Y tế có văn bản triển khai"). */
const AUTHORITY = '(?:bộ|chính\\s+phủ|thủ\\s+tướng|quốc\\s+hội|ubnd|ủy\\s+ban|hđnd|hội\\s+đồng|tỉnh\\s+ủy|trung\\s+ương|tổng\\s+liên\\s+đoàn|tổng\\s+cục|cục|sở|ban)\\s';
/** What such a body does that starts the work; "khi Bộ … yêu cầu" is on request. */
const AUTHORITY_ACT = /^\s+\S+(?:\s+\S+){0,8}?\s+(?:triển\s+khai|ban\s+hành|có\s+văn\s+bản|hướng\s+dẫn|phê\s+duyệt|chỉ\s+đạo|thông\s+qua|giao)(?=\s|[.,;:)]|$)/u;
/** An awaited event after "sau khi": something becomes available ("sau khi có kết quả"). */
const AWAITED = /^\s+có\s/u;
/** A subject-less step of the unit itself ("tiếp nhận hồ sơ", "thực hiện", "giải quyết"). */
const OWN_STEP = /^\s+(?:tiếp\s+nhận|thực\s+hiện|giải\s+quyết|tổ\s+chức|triển\s+khai|tiến\s+hành|làm\s+việc|kiểm\s+tra|tiếp\s+xúc|gặp|trao|cấp|ký|đăng\s+ký|nộp|gửi)(?![\p{L}])/u;
/** Duties on request: "ngay khi có yêu cầu", "khi được đề nghị", "khi cần thiết". */
// "khi có văn bản của Văn phòng đăng ký đất đai", "khi có văn bản đề nghị": a peer's letter asking
// for it is a request too (while "khi có văn bản chỉ đạo / hướng dẫn" waits for an instruction).
const ON_REQUEST = /^\s+(?:(?:có|được)\s+(?:yêu\s+cầu|đề\s+nghị)|cần\s+thiết)/u;

const RE = new RegExp(
  '(?<ngay>ngay\\s+)?(?:(?<from>(?:kể|kê)\\s+từ)\\s+khi|(?<side>sau|trước)\\s+khi|khi\\s+(?:có|được)\\s+(?:chỉ\\s+đạo|văn\\s+bản|ý\\s+kiến|quyết\\s+định|hướng\\s+dẫn)|khi(?=\\s+' + AUTHORITY + ')|(?<=ngay\\s+)khi)(?=\\s|[.,;:)]|$)',
  'u',
);

/**
 * Deliberation before a decision ("Sau khi xem xét …, UBND tỉnh có ý kiến") or a step of
 * a computation ("sau khi nhân với hệ số"): not an event to wait for.
 */
const DELIBERATION = new RegExp(String.raw`^\s+(?:nhân\s+với|cộng|trừ|chia|làm\s+tròn|quy\s+đổi|nghe|xem\s+xét|nghiên\s+cứu|thảo\s+luận|trao\s+đổi|làm\s+việc|họp|thống\s+nhất|hiệp\s+thương|kiểm\s+tra\s+thực\s+tế|khảo\s+sát)` + E, 'u');
const DATE_IN = /(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/u;

/**
 * A named body or document within the first words of the clause ("sau khi UBND tỉnh
 * ban hành", "sau khi kết thúc Đề án", "trước khi Bộ Nội vụ thẩm định"): capitals in the
 * text as written. "trước khi" needs it as the subject, the clause's first word.
 */
function namesAgent(cased: string, subjectOnly: boolean): boolean {
  const words = cased.trim().split(/\s+/u).slice(0, subjectOnly ? 1 : 4);
  return words.some((w) => /^[*_]*\p{Lu}/u.test(w));
}

export const conditional = defineParser(RE, (m, at, st) => {
  const after = at + m[0].length;
  if (DELIBERATION.test(st.s.slice(after, after + 30))) return null;
  // "(chức danh nghỉ hưu trước khi kết thúc hoạt động)": who qualifies, not when.
  if (/^trước/u.test(m[0]) && QUALIFIER.test(st.s.slice(Math.max(0, at - 16), at))) return null;
  // "kể từ khi nhận được ý kiến phản hồi, X phải thông báo": from an event, with no count of
  // days before it (a "trong 05 ngày … kể từ khi …" is the relative parser's).
  if (m.groups.from && /\d/u.test(st.s.slice(Math.max(0, at - 40), at))) return null;
  const end = clauseEnd(st.s, after);
  const clause = st.s.slice(after, end);
  if (ON_REQUEST.test(clause)) return null;
  if (/có\s+văn\s+bản$/u.test(m[0]) && /^\s+(?:của|đề\s+nghị|yêu\s+cầu|gửi)(?![\p{L}])/u.test(clause)) return null;
  // "khi Bộ X …" alone: only with the act that starts the work.
  if (/^khi$/u.test(m[0]) && !AUTHORITY_ACT.test(clause)) return null;
  const side = m.groups.side;
  // "… cho tổ chức, cá nhân ngay khi tiếp nhận hồ sơ": at the moment of the unit's own step,
  // not a wait for an event; "ngay khi nhận được văn bản", "ngay khi nước rút" wait.
  if (m.groups.ngay && !side && !m.groups.from && /^ngay\s+khi$/u.test(m[0]) && OWN_STEP.test(clause)) return null;
  if (side && !m.groups.ngay && !namesAgent(st.cased.slice(after, end), side === 'trước') && !(side === 'sau' && AWAITED.test(clause))) return null;
  // "sau khi" with nothing after it is not a trigger.
  if (end - after < 3 && !/yêu\s+cầu|chỉ\s+đạo|đề\s+nghị/u.test(m[0])) return null;
  // "Sau khi Thủ tướng ban hành Chỉ thị số 13/CT-TTg ngày 17 tháng 5 năm 2025": it already happened.
  const dated = DATE_IN.exec(st.s.slice(after, end));
  if (dated) {
    const iso = `${dated[3]}-${dated[2].padStart(2, '0')}-${dated[1].padStart(2, '0')}`;
    const ref = st.g.issueDate ?? (st.g.year ? `${st.g.year}-01-01` : null);
    if (ref && iso < ref) return null;
  }
  return draft(at, end, 'conditional', {
    kind: 'conditional',
    triggerSpan: [at, end],
  });
}, /khi/);
