// `cchc done ID [--on DATE] [--note TEXT]` and `cchc reopen ID`.
import { datesOk, withStore, type RegisterCliOptions } from '../../register/cli-common.js';
import { findOccurrence } from '../../register/lookup.js';
import { say, stateName } from '../../register/messages.js';
import { stateOf, type Occurrence } from '../../register/occurrences.js';
import type { RegisterStore } from '../../register/store.js';
import { EXIT, type Io } from '../io.js';

export interface DoneCliOptions extends RegisterCliOptions {
  on?: string;
  note?: string;
}

export async function runDone(id: string, opts: DoneCliOptions, io: Io): Promise<number> {
  return withOccurrence(id, opts, ['today', 'on'], io, async (store, o, today) => {
    const doneOn = opts.on ?? today;
    await store.complete({ occurrence: o.id, key: o.deadline.key, day: o.day ?? '', doneOn, note: opts.note ?? null });
    io.stdout(`${say('done.ok', opts.lang, { detail: o.id })} (${stateName(stateOf(o.day, doneOn, today), opts.lang)})\n`);
    return EXIT.ok;
  });
}

export async function runReopen(id: string, opts: RegisterCliOptions, io: Io): Promise<number> {
  return withOccurrence(id, opts, ['today'], io, async (store, o, today) => {
    if (!(await store.reopen(o.id))) {
      io.stderr(`cchc: ${say('reopen.notDone', opts.lang, { detail: o.id })}\n`);
      return EXIT.findings;
    }
    io.stdout(`${say('reopen.ok', opts.lang, { detail: o.id })} (${stateName(stateOf(o.day, null, today), opts.lang)})\n`);
    return EXIT.ok;
  });
}

/**
 * The dates checked, the register opened and the occurrence an ID names handed to `body`;
 * an ID that names none or several is said in one sentence (a usage error).
 */
async function withOccurrence(id: string, opts: RegisterCliOptions, dates: readonly string[], io: Io, body: (store: RegisterStore, o: Occurrence, today: string) => Promise<number>): Promise<number> {
  const lang = opts.lang;
  if (!datesOk(opts as unknown as Record<string, unknown>, dates, io, lang)) return EXIT.usage;
  const today = opts.today ?? io.today();
  return withStore(opts, io, async (store) => {
    const r = await findOccurrence(store, id, today);
    if ('found' in r) return body(store, r.found, today);
    io.stderr(`cchc: ${say(r.error === 'unknown' ? 'done.unknown' : 'done.ambiguous', lang, { detail: id })}\n`);
    return EXIT.usage;
  });
}
