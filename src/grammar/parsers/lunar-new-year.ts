// Before the lunar new year → a date: "trước Tết Nguyên đán", "xong trước Tết Nguyên
// đán Ất Tỵ 2025", "chậm nhất trước Tết Giáp Thìn". The date is mùng 1 Tết (the
// lunar calendar in ../calendar.ts); "trước" makes the due date the day before it.
// The year comes from the text (2025, or the year's name, Ất Tỵ), else the first
// Tết after the issue date, flagged as inferred.
// Not: "Tết Dương lịch", "Tết Trung thu", "Tết trồng cây", "Tết Thiếu nhi", "dịp Tết"
// (a season, not a deadline).
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { lunarToSolar } from '../calendar.js';
import { E } from '../patterns.js';

const STEMS = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
const BRANCHES = ['tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi'];
const BRANCH_SPELLINGS: Record<string, string> = { tí: 'tý', mẹo: 'mão', tị: 'tỵ' };

const RE = new RegExp(
  String.raw`(?<cue>(?:chậm\s+nhất(?:\s+là)?\s+)?trước)\s+(?:ngày\s+)?tết(?!\s+(?:dương|tây|trung\s+thu|trồng|thiếu\s+nhi|độc\s+lập|đoan\s+ngọ|hàn\s+thực|nguyên\s+tiêu))` +
    String.raw`(?:\s+(?:nguyên\s+đán|âm\s+lịch|cổ\s+truyền))?(?:\s+\(?\s*(?<stem>${STEMS.join('|')})\s+(?<branch>${[...BRANCHES, ...Object.keys(BRANCH_SPELLINGS)].join('|')})\s*\)?)?(?:\s+\(?\s*(?:năm\s+)?(?<y>\d{4})\s*\)?)?` +
    E,
  'u',
);

/** The Gregorian year whose lunar new year bears this name, nearest `near`. */
function yearNamed(stem: string, branch: string, near: number): number | null {
  const s = STEMS.indexOf(stem);
  const b = BRANCHES.indexOf(BRANCH_SPELLINGS[branch] ?? branch);
  for (const d of [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6]) {
    const y = near + d;
    if ((((y - 4) % 10) + 10) % 10 === s && (((y - 4) % 12) + 12) % 12 === b) return y;
  }
  return null;
}

export const lunarNewYear = defineParser(RE, (m, at, st) => {
  const g = m.groups;
  const anchor = st.g.issueDate ?? (st.g.year ? `${st.g.year}-01-01` : null);
  const near = Number(anchor?.slice(0, 4) ?? NaN);
  let year: number | null = g.y ? Number(g.y) : null;
  if (year === null && g.stem && g.branch && Number.isFinite(near)) year = yearNamed(g.stem, g.branch, near);
  const inferred = year === null;
  if (year === null && anchor) {
    // The first Tết on or after the issue date.
    year = Number(anchor.slice(0, 4));
    if (lunarToSolar(1, 1, year) < anchor) year += 1;
  }
  if (year === null) return null;
  const [y, mo, d] = lunarToSolar(1, 1, year).split('-').map(Number);
  return draft(at, at + m[0].length, 'lunar-new-year', {
    relation: 'before', year: y, month: mo, day: d, granularity: 'day', yearInferred: inferred,
  });
}, /tết/);
