// Vietnamese public holidays and working days, computed for any year without
// loading date-holidays (heavy, and async to load lazily).
//
// The rule we use (Labor Code 2019, art. 112, as the government applies it):
//  - Tết Dương lịch 1/1; Giải phóng miền Nam 30/4; Quốc tế Lao động 1/5;
//    Quốc khánh 2/9 and the day before it (1/9: the adjacent day chosen for
//    2021–2023 and 2025);
//  - Giỗ Tổ Hùng Vương: 10th day of the 3rd lunar month;
//  - Tết Nguyên đán: from 2 days before the 1st day of the lunar year through
//    the 5th day of the 1st lunar month (mùng 5) — the 5 statutory days plus the
//    swapped days the Prime Minister's yearly decision has given in recent years
//    (2023: 20–26/1, 2024: 8–14/2, 2025: 25/1–2/2 and 2026: 14–22/2 all agree on
//    their working days). Weekends inside it are weekends anyway.
//  - A fixed-date holiday on a Saturday or Sunday gives the next working day off
//    (art. 111 compensation).
// The yearly decisions can still differ by a day: this is an estimate of a due date.
import { addDays, toIso, weekday } from '../text/dates.js';

// Lunar calendar after Hồ Ngọc Đức's algorithm (astronomical new moons, UTC+7).
const TZ = 7;

function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = Math.floor((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  return dd + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

function jdToIso(jd: number): string {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((b * 146097) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = b * 100 + d - 4800 + Math.floor(m / 10);
  return toIso(year, month, day);
}

function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  c1 -= 0.0004 * Math.sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltat = T < -11
    ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
    : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltat;
}

function sunLongitudeSector(jdn: number): number {
  const T = (jdn - 0.5 - TZ / 24 - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L -= Math.PI * 2 * Math.floor(L / (Math.PI * 2));
  return Math.floor((L / Math.PI) * 6);
}

function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TZ / 24);
}

function lunarMonth11(yy: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = Math.floor(off / 29.530588853);
  const nm = newMoonDay(k);
  return sunLongitudeSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let last: number;
  let i = 1;
  let arc = sunLongitudeSector(newMoonDay(k + i));
  do {
    last = arc;
    i++;
    arc = sunLongitudeSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** Solar ISO date of a (non-leap) lunar day. */
export function lunarToSolar(lunarDay: number, lunarMonth: number, lunarYear: number): string {
  const a11 = lunarMonth < 11 ? lunarMonth11(lunarYear - 1) : lunarMonth11(lunarYear);
  const b11 = lunarMonth < 11 ? lunarMonth11(lunarYear) : lunarMonth11(lunarYear + 1);
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = lunarMonth - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365 && off >= leapMonthOffset(a11)) off += 1;
  return jdToIso(newMoonDay(k + off) + lunarDay - 1);
}

const cache = new Map<number, Set<string>>();

/** Every public holiday (days off) of a solar year, ISO dates. */
export function holidays(year: number): Set<string> {
  const hit = cache.get(year);
  if (hit) return hit;
  const days = new Set<string>();
  const fixed = [toIso(year, 1, 1), toIso(year, 4, 30), toIso(year, 5, 1), toIso(year, 9, 1), toIso(year, 9, 2),
    lunarToSolar(10, 3, year)];
  for (const d of fixed) days.add(d);
  // Tết falls between 21/1 and 20/2, so its whole break is inside the solar year.
  const tet = lunarToSolar(1, 1, year);
  for (let i = -2; i <= 4; i++) days.add(addDays(tet, i));
  for (const d of fixed) {
    if (weekday(d) === 0 || weekday(d) === 6) {
      let x = addDays(d, 1);
      while (weekday(x) === 0 || weekday(x) === 6 || days.has(x)) x = addDays(x, 1);
      days.add(x);
    }
  }
  cache.set(year, days);
  return days;
}

export function isWorkingDay(iso: string): boolean {
  const w = weekday(iso);
  return w !== 0 && w !== 6 && !holidays(Number(iso.slice(0, 4))).has(iso);
}

/** The n-th working day after `iso` (before it when n < 0); the base day is not counted. */
export function addWorkingDays(iso: string, n: number): string {
  const step = n < 0 ? -1 : 1;
  let d = iso;
  let left = Math.abs(n);
  while (left > 0) {
    d = addDays(d, step);
    if (isWorkingDay(d)) left--;
  }
  return d;
}
