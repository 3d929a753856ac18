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
import { B } from '../patterns.js';

const RE = new RegExp(
  B + '(?:ngay\\s+)?(?:(?:sau|trước)\\s+khi|khi\\s+(?:có|được)\\s+(?:yêu\\s+cầu|đề\\s+nghị|chỉ\\s+đạo|văn\\s+bản|ý\\s+kiến|quyết\\s+định|hướng\\s+dẫn)|(?<=ngay\\s+)khi)(?=\\s)',
  'u',
);

export const conditional = defineParser(RE, (m, at, st) => {
  const end = clauseEnd(st.s, at + m[0].length);
  // "sau khi" with nothing after it is not a trigger.
  if (end - (at + m[0].length) < 3 && !/yêu\s+cầu|chỉ\s+đạo|đề\s+nghị/u.test(m[0])) return null;
  return draft(at, end, 'conditional', {
    kind: 'conditional',
    triggerSpan: [at, end],
  });
});
