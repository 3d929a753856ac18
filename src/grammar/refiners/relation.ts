// The words in front of a bare date that make it a deadline, and its relation:
//   "trước ngày 30/11/2023", "hoàn thành trước 10/12/2023"              → before
//   "chậm nhất (là|vào) ngày 20/11/2023", "hạn chót 5/12", "hạn cuối",
//   "thời hạn: 30/11/2023", "thời gian hoàn thành: …", "đến (hết) ngày …",
//   "xong (trước hoặc) trong ngày …", "trong ngày …", "không quá ngày …",
//   "không muộn hơn ngày …", "muộn nhất là ngày …", "đảm bảo đến ngày 15/11/2023" → by
//   "vào ngày …", "vào lúc 16h00 ngày thứ Sáu 20/4/2018", "tổ chức ngày …",
//   "07h00' ngày 06/9" (a time of day alone)                             → on
//   "từ ngày 01/12", "kể từ ngày 01/12/2023"                            → from
// with a time of day ("trước 16 giờ 00 ngày 20/11/2023", "chậm nhất 10h00' ngày
// 27/4/2020", "trước 16h30 ngày …", "24h00 ngày …") and a stated weekday
// ("thứ Sáu, ngày 21/11/2023", "ngày thứ Sáu 20/4/2018", "07/02/2021 (chủ Nhật)").
// Never a deadline: "có hiệu lực (thi hành) (kể) từ ngày …", "Cập nhật lúc : 08:51
// 17/04/2018", "ban hành vào ngày …" (dropped here); a date with no cue at all —
// a cited document's date, a holiday named in passing — stays bare and is dropped.
import { defineRefiner } from '../refiner.js';
import type { Draft } from '../draft.js';
import { B, TIME, WEEKDAY, partPattern, timeOf, weekdayNumber, weekdayPattern } from '../patterns.js';
import { QUALIFIER, relationOfCue } from '../relation-words.js';

const LEAD = '(?<lead>(?:(?:thời\\s+gian|thời\\s+hạn)(?:\\s+(?:hoàn\\s+thành|thực\\s+hiện|nộp|gửi))?\\s*:?|hoàn\\s+thành|thực\\s+hiện\\s+xong|xong)\\s*)';
const CUE =
  '(?<cue>trước\\s+hoặc\\s+(?:trong|đúng)|(?:xong\\s+)?trong|chậm\\s+nhất(?:\\s+(?:là|vào|đến|trong))?(?:\\s+trước)?' +
  '|(?:muộn|trễ)\\s+nhất(?:\\s+(?:là|vào))?|hạn\\s+(?:chót|cuối)(?:\\s+(?:là|vào))?|(?:thời\\s+hạn|hạn)(?:\\s+(?:nộp|gửi|báo\\s+cáo))?\\s*:' +
  '|đến\\s+hết|đến|tới|không\\s+(?:quá|muộn\\s+hơn|chậm\\s+hơn|để\\s+quá)|trước|vào(?:\\s+lúc)?|lúc' +
  '|tổ\\s+chức(?:\\s+vào)?|diễn\\s+ra(?:\\s+vào)?|khai\\s+mạc(?:\\s+vào)?|bắt\\s+đầu(?:\\s+từ)?|(?:kể|tính)\\s+từ|từ)';
const PART = partPattern();
const LEFT = new RegExp(
  `(?:${B}|(?=chậm\\s+nhất|hạn\\s+chót))${LEAD}?(?:${CUE}\\s*:?\\s*)?(?:${TIME}\\s*,?\\s*)?${PART}(?:(?:ngày|hôm)\\s+)?(?:${WEEKDAY}\\s*,?\\s*)?(?:ngày\\s*)?$`,
  'du',
);
/** Words before the cue that make the date something else than a deadline. */
const NOT_DEADLINE = /(?:hiệu\s+lực(?:\s+thi\s+hành)?|cập\s+nhật|đăng(?:\s+tải)?|ban\s+hành|được\s+ký|thông\s+qua)\s*$/u;
/** "tính đến ngày 09/11/2025", "tại thời điểm 0h00 ngày 01/01/2026", "từ đầu năm đến ngày 15/10": an as-of date. */
const AS_OF = new RegExp(`${B}(?:tính|cho|thời\\s+điểm|từ\\s+đầu\\s+năm(?:\\s+(?:nay|\\d{4}))?)\\s*$`, 'u');
const RIGHT = new RegExp(
  `^\\s*(?:\\(\\s*(?:${weekdayPattern('r')}|\\d+\\s+ngày(?:\\s+làm\\s+việc)?\\s+(?:trước|sau|kể\\s+từ)[^()\\n]{0,80})\\s*\\)|,?\\s*(?:vào\\s+)?lúc\\s+${TIME.replace(/<(hour|minute)>/g, '<$1r>')})`,
  'du',
);
const WINDOW = 90;

export const relation = defineRefiner((drafts, st) => {
  const out: Draft[] = [];
  let prevEnd = 0;
  for (const d of drafts) {
    if (d.bare) {
      const lo = Math.max(prevEnd, d.index - WINDOW);
      const m = LEFT.exec(st.s.slice(lo, d.index));
      const g = m?.groups ?? {};
      const time = timeOf(g);
      if (m && (g.cue || g.lead || time)) {
        const start = lo + m.index;
        if (AS_OF.test(st.s.slice(Math.max(0, start - 24), start))) continue;
        if (g.cue === 'trước' && QUALIFIER.test(st.s.slice(Math.max(0, start - 16), start))) continue;
        if ((g.cue && /^(?:từ|kể|tính|lúc|vào)/u.test(g.cue)) || !g.cue) {
          if (NOT_DEADLINE.test(st.s.slice(Math.max(0, start - 25), start))) continue;
        }
        const textStart = g.cue && m.indices?.groups?.cue ? lo + m.indices.groups.cue[0] : start;
        d.index = textStart;
        d.bare = false;
        // "Thời gian: 8h00 ngày 24/11/2023" is when something happens; "Thời gian hoàn thành: …" a deadline.
        const eventTime = !!g.lead && /^thời\s+gian\s*:?\s*$/u.test(g.lead) && !!time;
        d.relation = g.cue ? relationOfCue(g.cue) : g.lead && !eventTime ? 'by' : 'on';
        d.time = time;
        if (g.cue) d.cue = g.cue.replace(/\s+/g, ' ');
        if (g.weekday && m.indices?.groups?.weekday) {
          const [ws, we] = m.indices.groups.weekday;
          const wd = weekdayNumber(g.weekday);
          if (wd !== null) d.statedWeekday = { day: wd, index: lo + ws, length: we - ws, words: g.weekday };
        }
      }
      const r = RIGHT.exec(st.s.slice(d.end, d.end + 120));
      if (r) {
        const rg = r.groups ?? {};
        if (rg.weekdayr && r.indices?.groups?.weekdayr) {
          const wd = weekdayNumber(rg.weekdayr);
          const [ws, we] = r.indices.groups.weekdayr;
          if (wd !== null) d.statedWeekday = { day: wd, index: d.end + ws, length: we - ws, words: rg.weekdayr };
        }
        const rt = timeOf(rg, 'r');
        if (rt && !d.time) d.time = rt;
        d.end += r[0].length;
      }
    }
    prevEnd = d.end;
    out.push(d);
  }
  return out;
});
