// Deadlines that wait for an event → kind conditional, trigger = the clause:
//   "sau khi UBND tỉnh ban hành các Đề án trên", "ngay sau khi có kết quả",
//   "ngay khi nhận được văn bản", "trước khi cung cấp cho Tổng Cục Thống kê",
//   "khi có yêu cầu", "khi có yêu cầu báo cáo đột xuất", "khi được yêu cầu",
//   "khi có văn bản chỉ đạo của cấp trên"
// The clause ends at punctuation, a blank line or a dated cue (clause.ts).
// A bare "khi" ("khi để xảy ra trễ hẹn") is not a deadline.
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { clauseEnd } from '../clause.js';
import { QUALIFIER } from '../relation-words.js';
import { B, E } from '../patterns.js';

const RE = new RegExp(
  B + '(?:ngay\\s+)?(?:(?:sau|trước)\\s+khi|khi\\s+(?:có|được)\\s+(?:yêu\\s+cầu|đề\\s+nghị|chỉ\\s+đạo|văn\\s+bản|ý\\s+kiến|quyết\\s+định|hướng\\s+dẫn)|(?<=ngay\\s+)khi)(?=\\s|[.,;:)]|$)',
  'u',
);

/**
 * Deliberation before a decision ("Sau khi xem xét …, UBND tỉnh có ý kiến") or a step of
 * a computation ("sau khi nhân với hệ số"): not an event to wait for.
 */
const DELIBERATION = new RegExp(String.raw`^\s+(?:nhân\s+với|cộng|trừ|chia|làm\s+tròn|quy\s+đổi|nghe|xem\s+xét|nghiên\s+cứu|thảo\s+luận|trao\s+đổi|làm\s+việc|họp|thống\s+nhất|hiệp\s+thương|kiểm\s+tra\s+thực\s+tế|khảo\s+sát)` + E, 'u');
const DATE_IN = /(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/u;

export const conditional = defineParser(RE, (m, at, st) => {
  const after = at + m[0].length;
  if (DELIBERATION.test(st.s.slice(after, after + 30))) return null;
  // "(chức danh nghỉ hưu trước khi kết thúc hoạt động)": who qualifies, not when.
  if (/^trước/u.test(m[0]) && QUALIFIER.test(st.s.slice(Math.max(0, at - 16), at))) return null;
  const end = clauseEnd(st.s, after);
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
