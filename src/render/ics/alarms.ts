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

/**
 * One DISPLAY alarm per distinct offset, in the order given. `related` is END
 * for a VTODO with DUE (the reminder counts back from the due time), START
 * otherwise (events, and to-dos that only have DTSTART).
 */
export function alarms(remind: readonly string[], text: string, related: 'START' | 'END'): Component[] {
  const seen = new Set<string>();
  const out: Component[] = [];
  for (const r of remind) {
    const trigger = parseReminder(r);
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
