// A frequency without a day → FREQ=DAILY|WEEKLY|MONTHLY|YEARLY, quarterly MONTHLY;INTERVAL=3:
//   "hằng ngày", "hàng tuần", "hàng tháng", "hằng quý", "hàng năm", "Hàng\nnăm,",
//   "định kỳ hằng tháng", "mỗi tuần", "mỗi năm", "thường niên", and lists: "hàng tháng,
//   quý" (two deadlines), "hằng tháng, hằng quý và hằng năm" (three), "định kỳ hằng
//   tháng, quý, 6 tháng, năm" (four: the six months are MONTHLY;INTERVAL=6).
// Not a deadline: a rate or a noun ("tăng bình quân hàng năm", "các mặt hàng năm …",
// "trợ cấp hằng tháng", "cây hàng năm", "ngân sách hằng năm", "khen thưởng hằng năm",
// "tiền thuê đất hằng năm"); a frequency that classifies a noun rather than timing the
// verb: owned ("Nghị quyết hằng năm của HĐND", "kế hoạch hoạt động hàng năm của cơ quan"),
// inside a passive clause — someone else's act ("dự toán được cấp có thẩm quyền giao hàng
// năm", "được bồi dưỡng … hàng năm") — or a "trong" phrase naming a fund or a plan ("bố trí
// kinh phí … trong kế hoạch hàng năm"); a yearly rate in a goal ("Phấn đấu mỗi năm phát
// triển …", "Hàng năm, giảm số người nghiện …"); a benefit ("mỗi năm được hưởng", "chế độ
// bệnh binh hàng tháng").
// "mỗi ngày" (a slogan more often than a rhythm). A bare frequency next to a dated
// one in the same sentence is dropped later (refiners/recurring-sentence.ts).
import { defineParser } from '../parser.js';
import { draft, type Draft } from '../draft.js';
import { B, E } from '../patterns.js';

const UNIT = '(?:ngày|tuần|tháng|quý|năm)';
const ONE = `(?:(?:hàng|hằng)\\s+${UNIT}|mỗi\\s+(?:tuần|tháng|quý|năm))${E}`;
const MORE = `(?:\\s*(?:,|và|hoặc)\\s*(?:(?:hàng|hằng)\\s+)?(?:tuần|tháng|quý|năm|\\d{1,2}\\s+tháng(?!\\s+(?:đầu|cuối)))${E})`;
const RE = new RegExp(`(?:định\\s+kỳ\\s+)?(?:${ONE}${MORE}*(?!\\s*\\d)|thường\\s+niên${E})`, 'u');
const ITEM = new RegExp(`(?:hàng|hằng|mỗi|,|và|hoặc|^)\\s*((?:\\d{1,2}\\s+)?(?:ngày|tuần|tháng|quý|năm))${E}`, 'gu');
const NOT_AFTER = new RegExp(B + String.raw`(?:bình\s+quân|trung\s+bình|mặt|cửa|ngân|khách|đơn|tăng|giảm|trưởng|cấp|trợ|dưỡng|lương|hưu|đất|cây|chi|thu|phí|sách|toán|xã\s+hội|hưởng|công\s+việc|sinh\s+hoạt|đời\s+sống|cuộc\s+sống|các|khen\s+thưởng|thi\s+đua|xếp\s+loại|chất\s+lượng|tiền|thuê\s+đất|phấn\s+đấu)\s*$`, 'u');
/** The clause back to its last stop, at most 60 characters. */
const CLAUSE_BACK = /[^.;:()]{0,60}$/u;
const PASSIVE = new RegExp(B + 'được\\s', 'u');
const FUND_OR_PLAN = new RegExp(B + String.raw`trong\s+(?:phạm\s+vi\s+)?(?:dự\s+toán|kế\s+hoạch|ngân\s+sách|nguồn|chương\s+trình)[^,]*$`, 'u');
/** A benefit paid per period ("chế độ bệnh binh hàng tháng"), not a reporting rule ("chế độ báo cáo hằng tháng"). */
const BENEFIT = new RegExp(B + String.raw`chế\s+độ\s+(?!báo\s+cáo|thông\s+tin)(?:[^\s.;:()]+\s+){0,4}$`, 'u');
/** After the frequency: an owner, a benefit, the change a goal asks for. */
const NOT_BEFORE = /^\s*(?:của\s|được\s+(?:tính\s+)?hưởng|,?\s*(?:giảm|tăng|số|tỷ\s+lệ)\s)/u;

const FREQ: Record<string, string> = {
  ngày: 'FREQ=DAILY', tuần: 'FREQ=WEEKLY', tháng: 'FREQ=MONTHLY', quý: 'FREQ=MONTHLY;INTERVAL=3', năm: 'FREQ=YEARLY',
};

/** "6 tháng" in a list of rhythms ("hằng tháng, quý, 6 tháng, năm"). */
function months(item: string): string {
  const n = Number(/^\d+/u.exec(item)?.[0] ?? 1);
  return n % 12 === 0 ? 'FREQ=YEARLY' : n === 1 ? 'FREQ=MONTHLY' : `FREQ=MONTHLY;INTERVAL=${n}`;
}

export const frequency = defineParser(RE, (m, at, st) => {
  if (NOT_AFTER.test(st.s.slice(Math.max(0, at - 20), at))) return null;
  if (NOT_BEFORE.test(st.s.slice(at + m[0].length, at + m[0].length + 20))) return null;
  const back = CLAUSE_BACK.exec(st.s.slice(Math.max(0, at - 60), at))?.[0] ?? '';
  if (PASSIVE.test(back) || FUND_OR_PLAN.test(back) || BENEFIT.test(back)) return null;
  if (/thường\s+niên$/u.test(m[0])) return draft(at, at + m[0].length, 'frequency', { kind: 'recurring', rrule: 'FREQ=YEARLY' });
  const items: Draft[] = [];
  const head = /^(?:định\s+kỳ\s+)?(?:hàng|hằng|mỗi)\s+/u.exec(m[0])?.[0].length ?? 0;
  for (const it of m[0].matchAll(ITEM)) {
    const unitStart = it.index + it[0].length - it[1].length;
    // The first item keeps its "định kỳ hằng"; the others start at their own words.
    const start = items.length === 0 ? 0 : it[0].startsWith(',') ? unitStart : it.index + (/^(?:và|hoặc)/u.test(it[0]) ? it[0].length - it[1].length : 0);
    items.push(draft(at + (items.length === 0 ? 0 : start), at + unitStart + it[1].length, 'frequency', {
      kind: 'recurring', rrule: FREQ[it[1]] ?? months(it[1]),
    }));
  }
  if (items.length === 0 || head === 0) return null;
  const whole = draft(at, at + m[0].length, 'frequency', { kind: 'recurring', rrule: items[0].rrule });
  if (items.length > 1) whole.siblings = items;
  return whole;
}, /hàng|hằng|mỗi|thường\s+niên/);
