// `--previous old.ics`: the export the user imported last time, so that this
// one can say what changed. RFC 5545 clients replace an item by UID when its
// SEQUENCE is not lower (and DTSTAMP later); with METHOD:PUBLISH they remove an
// item that comes back as STATUS:CANCELLED.
// - An item whose content (everything but DTSTAMP, SEQUENCE, LAST-MODIFIED) is
//   what the previous export said is written with the previous bytes, so its
//   SEQUENCE and stamps stay.
// - A changed item gets the previous SEQUENCE + 1.
// - A previous item whose UID this export no longer has is written again with
//   STATUS:CANCELLED, SEQUENCE + 1 and no alarms; one that was cancelled
//   already is carried over as it was, so a calendar that missed one update
//   still learns it.
// Pure: the previous calendar is given as text in the render options.
import type { RenderOptions } from '../types.js';
import { foldLine, serialize, type Component } from './serializer.js';
import { icsUtc } from './datetime.js';

interface PreviousItem {
  uid: string;
  name: string;
  /** Physical lines, as they were on the wire. */
  raw: string[];
  /** Unfolded lines. */
  lines: string[];
  sequence: number;
  signature: string;
  cancelled: boolean;
}

const STAMPS = new Set(['DTSTAMP', 'SEQUENCE', 'LAST-MODIFIED']);
const nameOf = (line: string): string => (/^[A-Za-z0-9-]+/.exec(line)?.[0] ?? '').toUpperCase();
const valueOf = (line: string): string => {
  // The value starts after the first colon outside a quoted parameter.
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) return line.slice(i + 1);
  }
  return '';
};

/** Physical lines grouped into logical ones (RFC 5545 §3.1 unfolding). */
function unfold(text: string): { line: string; raw: string[] }[] {
  const out: { line: string; raw: string[] }[] = [];
  for (const phys of text.split(/\r?\n/)) {
    if ((phys.startsWith(' ') || phys.startsWith('\t')) && out.length) {
      const last = out[out.length - 1];
      last.line += phys.slice(1);
      last.raw.push(phys);
    } else if (phys !== '') out.push({ line: phys, raw: [phys] });
  }
  return out;
}

function signatureOf(lines: readonly string[]): string {
  return lines.filter((l) => !STAMPS.has(nameOf(l))).join('\n');
}

/** The VEVENTs and VTODOs of a calendar, by UID (the last one wins). */
export function parsePrevious(text: string): Map<string, PreviousItem> {
  const items = new Map<string, PreviousItem>();
  let depth = 0;
  let current: { name: string; raw: string[]; lines: string[] } | null = null;
  for (const { line, raw } of unfold(text)) {
    const upper = line.toUpperCase();
    if (upper.startsWith('BEGIN:')) {
      depth++;
      if (depth === 2 && /^BEGIN:(VEVENT|VTODO)$/.test(upper.trim())) current = { name: upper.slice(6).trim(), raw: [], lines: [] };
    }
    if (current) {
      current.raw.push(...raw);
      current.lines.push(line);
    }
    if (upper.startsWith('END:')) {
      depth--;
      if (depth === 1 && current) {
        const uid = valueOf(current.lines.find((l) => nameOf(l) === 'UID') ?? '');
        const seq = Number(valueOf(current.lines.find((l) => nameOf(l) === 'SEQUENCE') ?? ''));
        const status = valueOf(current.lines.find((l) => nameOf(l) === 'STATUS') ?? '').toUpperCase();
        if (uid) {
          items.set(uid, {
            uid, name: current.name, raw: current.raw, lines: current.lines,
            sequence: Number.isInteger(seq) && seq >= 0 ? seq : 0,
            signature: signatureOf(current.lines), cancelled: status === 'CANCELLED',
          });
        }
        current = null;
      }
    }
  }
  return items;
}

// Parsed once per previous calendar, however many documents a batch renders.
let cache: { text: string; items: Map<string, PreviousItem> } | null = null;
function previousOf(opts: RenderOptions): Map<string, PreviousItem> | null {
  if (opts.previous === undefined) return null;
  if (cache?.text !== opts.previous) cache = { text: opts.previous, items: parsePrevious(opts.previous) };
  return cache.items;
}

const uidOf = (c: Component): string => c.props.find((p) => p.name === 'UID')?.value ?? '';

/** Gives each item the previous bytes (unchanged) or the previous SEQUENCE + 1 (changed). */
export function withHistory(items: readonly Component[], opts: RenderOptions): void {
  const previous = previousOf(opts);
  if (!previous) return;
  for (const item of items) {
    const p = previous.get(uidOf(item));
    if (!p) continue;
    const lines = unfold(serialize(item)).map((x) => x.line);
    if (!p.cancelled && signatureOf(lines) === p.signature) item.raw = p.raw;
    else {
      const seq = item.props.find((x) => x.name === 'SEQUENCE');
      if (seq) seq.value = String(p.sequence + 1);
    }
  }
}

/**
 * The previous items this export no longer has, cancelled (in the previous
 * file's order); `timed` when one of them needs the VTIMEZONE.
 */
export function cancelledItems(emitted: Iterable<string>, opts: RenderOptions): { items: Component[]; timed: boolean } {
  const previous = previousOf(opts);
  if (!previous) return { items: [], timed: false };
  const kept = new Set(emitted);
  const items: Component[] = [];
  let timed = false;
  for (const p of previous.values()) {
    if (kept.has(p.uid)) continue;
    timed ||= p.lines.some((l) => /;TZID=/i.test(l.slice(0, l.indexOf(':') + 1 || undefined)));
    items.push({ name: p.name, props: [], raw: p.cancelled ? p.raw : cancel(p, opts) });
  }
  return { items, timed };
}

function cancel(p: PreviousItem, opts: RenderOptions): string[] {
  const out: string[] = [];
  const oldStamp = valueOf(p.lines.find((l) => nameOf(l) === 'DTSTAMP') ?? '');
  const stamp = opts.sourceDateEpoch !== undefined ? icsUtc(opts.sourceDateEpoch) : oldStamp;
  // Nested components (alarms) of a cancelled item are dropped.
  let nested = 0;
  for (const [i, line] of p.lines.entries()) {
    const name = nameOf(line);
    if (i > 0 && /^BEGIN:/i.test(line)) nested++;
    if (nested > 0) {
      if (/^END:/i.test(line)) nested--;
      continue;
    }
    if (name === 'STATUS') continue;
    if (name === 'SEQUENCE') {
      out.push(`SEQUENCE:${p.sequence + 1}`, 'STATUS:CANCELLED');
      continue;
    }
    if (name === 'DTSTAMP' && stamp) out.push(`DTSTAMP:${stamp}`);
    else if (name === 'LAST-MODIFIED' && stamp) out.push(`LAST-MODIFIED:${stamp}`);
    else out.push(line);
  }
  if (!p.lines.some((l) => nameOf(l) === 'SEQUENCE')) out.splice(out.length - 1, 0, `SEQUENCE:${p.sequence + 1}`, 'STATUS:CANCELLED');
  return out.map(foldLine).flatMap((l) => l.split('\r\n'));
}
