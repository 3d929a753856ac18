// Daily deadlines at a time of day → FREQ=DAILY;BYHOUR;BYMINUTE:
//   "trước 16 giờ hằng ngày", "trước 16h00 hàng ngày", "hằng ngày, trước 16 giờ",
//   "hằng ngày (trước 15h00)", "vào 8 giờ sáng hằng ngày";
// and a count a day with its times: "02 lần/ngày (trước 9h00 và 16h00)" → one
// deadline per time ("2 lần mỗi ngày" alone is FREQ=DAILY).
// (a bare "hằng ngày" is frequency.ts).
import { defineParser } from '../parser.js';
import { draft, type Draft } from '../draft.js';
import { E, timeOf, timePattern } from '../patterns.js';
import { relationOfCue } from '../relation-words.js';

const CUE = (n: string) => `(?<cue${n}>trước|chậm\\s+nhất(?:\\s+(?:là|vào))?|vào(?:\\s+lúc)?|lúc)`;
const PART = (n: string) => `(?:\\s+(?:buổi\\s+)?(?<part${n}>sáng|trưa|chiều|tối))?`;
const RE = new RegExp(
  `(?:${CUE('')}\\s+${timePattern('')}${PART('')}\\s*,?\\s+(?:hàng|hằng|mỗi)\\s+ngày${E}` +
    `|(?:hàng|hằng)\\s+ngày\\s*,?\\s*\\(?\\s*${CUE('2')}\\s+${timePattern('2')}${PART('2')}(?:\\s*\\))?)`,
  'u',
);

export const daily = defineParser(RE, (m, at) => {
  const g = m.groups;
  const n = g.hour !== undefined ? '' : '2';
  const time = timeOf(g, n);
  if (!time) return null;
  let end = at + m[0].length;
  if (m[0].endsWith(')') && !m[0].includes('(')) end -= 1;
  const [hh, mm] = time.split(':').map(Number);
  return draft(at, end, 'daily', {
    kind: 'recurring',
    relation: relationOfCue(g[`cue${n}`] ?? ''),
    time,
    rrule: `FREQ=DAILY;BYHOUR=${hh};BYMINUTE=${mm}`,
  });
}, /ngày/);

const TIMES_A_DAY = new RegExp(
  `(?:\\d{1,2}|hai|ba|bốn)\\s+lần\\s*(?:\\/|mỗi|một|trong)\\s*ngày${E}(?:\\s*\\(\\s*(?:${CUE('3')}\\s+)?(?<list>[^()\\n]{1,60})\\))?`,
  'u',
);
const LIST_TIME = new RegExp(timePattern(), 'gu');

export const timesADay = defineParser(TIMES_A_DAY, (m, at) => {
  const relation = relationOfCue(m.groups.cue3 ?? '');
  const list = m.groups.list ?? '';
  const listAt = at + m[0].length - 1 - list.length;
  const items: Draft[] = [];
  for (const t of list.matchAll(LIST_TIME)) {
    const time = timeOf(t.groups ?? {});
    if (!time) continue;
    const [hh, mm] = time.split(':').map(Number);
    const start = items.length === 0 ? at : listAt + t.index;
    items.push(draft(start, listAt + t.index + t[0].length, 'daily', { kind: 'recurring', relation, time, rrule: `FREQ=DAILY;BYHOUR=${hh};BYMINUTE=${mm}` }));
  }
  if (items.length === 0) return draft(at, at + m[0].length - (list ? list.length + 2 : 0), 'daily', { kind: 'recurring', rrule: 'FREQ=DAILY' });
  const whole = { ...items[0], end: items[items.length - 1].end };
  if (items.length > 1) whole.siblings = items;
  return whole;
}, /lần/);
