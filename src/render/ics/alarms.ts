// VALARM per reminder offset. Accepted offsets: "3d" (days), "1w" (weeks),
// "2h" (hours), "30m" (minutes); anything else is ignored here, and the CLI can
// reject it up front with `parseReminder`.
import { escapeText, type Component } from './serializer.js';

const UNIT: Record<string, (n: number) => string> = {
  w: (n) => `P${n}W`,
  d: (n) => `P${n}D`,
  h: (n) => `PT${n}H`,
  m: (n) => `PT${n}M`,
};

/** "3d" → "-P3D"; null when the offset is not understood. */
export function parseReminder(s: string): string | null {
  const m = /^\s*(\d{1,4})\s*([wdhm])\s*$/i.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  return n === 0 ? 'PT0S' : `-${UNIT[m[2].toLowerCase()](n)}`;
}

/** Hour of the morning at which a reminder of an all-day deadline rings. */
export const MORNING_HOUR = 8;

/**
 * A whole-day offset counted back from a day's midnight would ring at night:
 * "3d" before an all-day deadline rings at 08:00 local three days before, i.e.
 * -P2DT16H from its DATE start (which calendars read in the user's zone).
 * Hour and minute offsets are kept as they are.
 */
export function morningTrigger(trigger: string): string {
  const m = /^-P(\d+)([WD])$/.exec(trigger);
  if (!m) return trigger === 'PT0S' ? `PT${MORNING_HOUR}H` : trigger;
  const days = Number(m[1]) * (m[2] === 'W' ? 7 : 1);
  return `-P${days > 1 ? `${days - 1}D` : ''}T${24 - MORNING_HOUR}H`;
}

/**
 * One DISPLAY alarm per distinct offset, in the order given. `related` is END
 * for a VTODO with DUE (the reminder counts back from the due time), START
 * otherwise (events, and to-dos whose RRULE counts from DTSTART). `allDay` when
 * the anchor is a day (or its midnight): day offsets then ring in the morning.
 */
export function alarms(remind: readonly string[], text: string, related: 'START' | 'END', allDay = false): Component[] {
  const seen = new Set<string>();
  const out: Component[] = [];
  for (const r of remind) {
    const given = parseReminder(r);
    const trigger = given !== null && allDay ? morningTrigger(given) : given;
    if (trigger === null || seen.has(trigger)) continue;
    seen.add(trigger);
    out.push({
      name: 'VALARM',
      props: [
        { name: 'ACTION', value: 'DISPLAY' },
        { name: 'DESCRIPTION', value: escapeText(text) },
        related === 'END' ? { name: 'TRIGGER', params: { RELATED: 'END' }, value: trigger } : { name: 'TRIGGER', value: trigger },
      ],
    });
  }
  return out;
}
