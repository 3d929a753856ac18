// Absolute dates chrono's vi locale does not read, as bare dates (a relation
// word in front makes them deadlines: see refiners/relation.ts):
//   "20 / 11/2023", "20 / 11 / 2023"      spaces around the separators
//   "31/11/2023", "29/02/2023", "31/11"   impossible dates → a `date/impossible` problem
//   "ngày 31 tháng 11 năm 2023"           the same, in words
// Well-formed "20/11/2023", "20.11.2023", "5/12/23", "ngày 20 tháng 11 năm 2023"
// are chrono's (SlashDateFormatParser, VIStandardParser).
import { defineParser } from '../parser.js';
import { draft } from '../draft.js';
import { E, L, fullYear } from '../patterns.js';
import { isValidDate } from '../../text/dates.js';

// Only what can be ours: spaced separators, or a day 29–31 (the only days a month
// can lack). Chrono reads the rest; matching it here too would only cost a retry.
const RE = new RegExp(
  '(?:(?=\\d{1,2}\\s+[/.-]|\\d{1,2}[/.-]\\s|(?:29|30|31)[/.-])(?<d>\\d{1,2})(?<s1>\\s*)(?<sep>[/.-])(?<s2>\\s*)(?<m>\\d{1,2})(?:\\s*\\k<sep>\\s*(?<y>\\d{4}|\\d{2}))?(?!' + L + '|[/.-]\\d)' +
    '|(?=(?:29|30|31)\\s)(?<wd>\\d{1,2})\\s+tháng\\s+(?<wm>\\d{1,2})(?:\\s+năm\\s+(?<wy>\\d{4}))?' + E + ')',
  'u',
);

export const absoluteDate = defineParser(RE, (m, at) => {
  const g = m.groups;
  const words = g.wd !== undefined;
  const d = Number(words ? g.wd : g.d);
  const mo = Number(words ? g.wm : g.m);
  const yRaw = words ? g.wy : g.y;
  if (!words && !yRaw && g.sep !== '/') return null; // "1.5", "3-4": numbers, not dates
  if (d < 1 || d > 31 || mo < 1 || mo > 12) return null;
  const y = yRaw ? fullYear(yRaw) : null;
  const valid = isValidDate(y ?? 2024, mo, d);
  const spaced = !words && (g.s1 !== '' || g.s2 !== '');
  if (valid && !spaced) return null; // chrono reads it
  const end = at + m[0].length;
  if (valid) return draft(at, end, 'absolute-date', { year: y, month: mo, day: d, bare: true, granularity: 'day' });
  return draft(at, end, 'absolute-date', {
    bare: true,
    granularity: 'day',
    problems: [{ code: 'date/impossible', index: at, length: m[0].length, detail: `${d}/${mo}${y ? `/${y}` : ''}` }],
  });
}, /\d\s*[/.-]\s*\d|\d\s+tháng/);
