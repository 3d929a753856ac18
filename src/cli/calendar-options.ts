// The calendar's options that come from outside the command line's words:
// SOURCE_DATE_EPOCH (checked: a value past the year 9999 once gave
// "DTSTAMP:+0100000101T000000Z") and the --previous calendar, read here so
// that the renderer stays pure.
import { readFileSync, statSync } from 'node:fs';
import type { Lang, RenderOptions } from '../render/types.js';
import { message } from './messages.js';

/** 9999-12-31T23:59:59Z: the last second an iCalendar DATE-TIME can hold. */
export const MAX_EPOCH = 253_402_300_799;
/** A previous calendar larger than this is not one cchc wrote for a plan. */
const MAX_PREVIOUS_BYTES = 64 * 1024 * 1024;

type Calendar = Pick<RenderOptions, 'sourceDateEpoch' | 'previous' | 'daily'>;

/** The options, or the sentence that says why they cannot be used. */
export function calendarOptions(
  opts: { previous?: string; daily?: boolean },
  env: Record<string, string | undefined>,
  calendar: boolean,
  lang: Lang,
): { ok: true; value: Calendar } | { ok: false; message: string } {
  const raw = env.SOURCE_DATE_EPOCH;
  let sourceDateEpoch: number | undefined;
  if (raw !== undefined && raw !== '') {
    const n = Number(raw);
    if (!/^\d{1,15}$/.test(raw.trim()) || n > MAX_EPOCH) {
      if (calendar) return { ok: false, message: message('bad-epoch', lang, { detail: raw.slice(0, 40) }) };
    } else sourceDateEpoch = n;
  }
  let previous: string | undefined;
  if (opts.previous !== undefined) {
    try {
      if (statSync(opts.previous).size > MAX_PREVIOUS_BYTES) return { ok: false, message: message('previous-not-ics', lang, { path: opts.previous }) };
      previous = readFileSync(opts.previous, 'utf8').replace(/^\uFEFF/, '');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      const detail = code === 'ENOENT' ? (lang === 'en' ? 'no such file' : 'không có tệp này') : code;
      return { ok: false, message: message('previous-unreadable', lang, { path: opts.previous, detail }) };
    }
    if (!/^BEGIN:VCALENDAR\r?$/im.test(previous.slice(0, 4096))) return { ok: false, message: message('previous-not-ics', lang, { path: opts.previous }) };
  }
  return { ok: true, value: { sourceDateEpoch, previous, daily: Boolean(opts.daily) } };
}
