// PLACEHOLDER written by the lead so that the pipeline builds while the grammar
// (issue 3) is being written. The grammar owner replaces this whole file with the
// real registry; nothing else depends on its internals, only on scanTime().
import type { GrammarContext, TimeExpression } from './types.js';
const pad = (n: number) => String(n).padStart(2, '0');
export function scanTime(text: string, ctx: GrammarContext): TimeExpression[] {
  const out: TimeExpression[] = [];
  const re = /(?:(hoàn thành\s+)?(trước|chậm nhất|đến)\s+(?:ngày\s+)?)?(?:(\d{1,2})h\d{0,2}'?\s+ngày\s+)?(?:ngày\s+)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/gu;
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (/(số\s*\S+|ngày)\s*$/u.test(before) && !m[2]) { if (/\/\S+\s+$/.test(before)) continue; }
    if (/\d\/[A-ZĐ]/.test(text.slice(m.index - 20, m.index))) continue;
    const y = m[6] ? Number(m[6]) : ctx.year ?? 2000;
    const date = `${y}-${pad(Number(m[5]))}-${pad(Number(m[4]))}`;
    const rel = m[2] === 'trước' ? 'before' : m[2] ? 'by' : 'by';
    if (!m[2] && !/đến\s*$/.test(before) && !/ngày\s*$/.test(text.slice(m.index, m.index+6))) { if (!/ngày/.test(m[0])) continue; }
    out.push({ index: m.index, text: m[0], kind: 'date', relation: rel as TimeExpression["relation"], date, due: date, time: null, granularity: 'day', yearInferred: !m[6], rrule: null, trigger: null, offset: null, problems: [] });
  }
  for (const m of text.matchAll(/thứ\s*6 hàng tuần/gu)) out.push({ index: m.index, text: m[0], kind: 'recurring', relation: null, date: null, due: null, time: null, granularity: null, yearInferred: false, rrule: 'FREQ=WEEKLY;BYDAY=FR', trigger: null, offset: null, problems: [] });
  for (const m of text.matchAll(/sau khi [^.;]+/gu)) out.push({ index: m.index, text: m[0], kind: 'conditional', relation: null, date: null, due: null, time: null, granularity: null, yearInferred: false, rrule: null, trigger: m[0], offset: null, problems: [] });
  return out.sort((a, b) => a.index - b.index);
}
