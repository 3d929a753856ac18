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
    const o = await occurrenceOrSay(store, id, today, io, lang);
    if (!o) return EXIT.usage;
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
    const o = await occurrenceOrSay(store, id, today, io, lang);
    if (!o) return EXIT.usage;
    if (!(await store.reopen(o.id))) {
      io.stderr(`cchc: ${say('reopen.notDone', lang, { detail: o.id })}\n`);
      return EXIT.findings;
    }
    io.stdout(`${say('reopen.ok', lang, { detail: o.id })} (${stateName(stateOf(o.day, null, today), lang)})\n`);
    return EXIT.ok;
  });
}

/** The occurrence an ID names, or null after saying in one sentence that it names none or several. */
async function occurrenceOrSay(store: Parameters<typeof findOccurrence>[0], id: string, today: string, io: Io, lang: RegisterCliOptions['lang']) {
  const r = await findOccurrence(store, id, today);
  if ('found' in r) return r.found;
  io.stderr(`cchc: ${say(r.error === 'unknown' ? 'done.unknown' : 'done.ambiguous', lang, { detail: id })}\n`);
  return null;
}
