// `cchc done ID [--on DATE] [--note TEXT]` and `cchc reopen ID`.
import { datesOk, withStore, type RegisterCliOptions } from '../../register/cli-common.js';
import { findOccurrence } from '../../register/lookup.js';
import { say, stateName } from '../../register/messages.js';
import { stateOf } from '../../register/occurrences.js';
import { EXIT, type Io } from '../io.js';

export interface DoneCliOptions extends RegisterCliOptions {
  on?: string;
  note?: string;
}

export async function runDone(id: string, opts: DoneCliOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  if (!datesOk(opts as unknown as Record<string, unknown>, ['today', 'on'], io, lang)) return EXIT.usage;
  const today = opts.today ?? io.today();
  return withStore(opts, io, async (store) => {
    const r = await findOccurrence(store, id, today);
    if ('error' in r) {
      io.stderr(`cchc: ${say(r.error === 'unknown' ? 'done.unknown' : 'done.ambiguous', lang, { detail: id })}\n`);
      return EXIT.usage;
    }
    const o = r.found;
    const doneOn = opts.on ?? today;
    await store.complete({ occurrence: o.id, key: o.deadline.key, day: o.day ?? '', doneOn, note: opts.note ?? null });
    io.stdout(`${say('done.ok', lang, { detail: o.id })} (${stateName(stateOf(o.day, doneOn, today), lang)})\n`);
    return EXIT.ok;
  });
}

export async function runReopen(id: string, opts: RegisterCliOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  if (!datesOk(opts as unknown as Record<string, unknown>, ['today'], io, lang)) return EXIT.usage;
  const today = opts.today ?? io.today();
  return withStore(opts, io, async (store) => {
    const r = await findOccurrence(store, id, today);
    if ('error' in r) {
      io.stderr(`cchc: ${say(r.error === 'unknown' ? 'done.unknown' : 'done.ambiguous', lang, { detail: id })}\n`);
      return EXIT.usage;
    }
    if (!(await store.reopen(r.found.id))) {
      io.stderr(`cchc: ${say('reopen.notDone', lang, { detail: r.found.id })}\n`);
      return EXIT.findings;
    }
    io.stdout(`${say('reopen.ok', lang, { detail: r.found.id })} (${stateName(stateOf(r.found.day, null, today), lang)})\n`);
    return EXIT.ok;
  });
}
