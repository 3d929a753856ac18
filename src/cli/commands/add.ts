// `cchc add FILE|DIR…`: parse each document and record it in the register, one
// transaction per document; prints what was added, updated, unchanged, failed.
import { statSync } from 'node:fs';
import { parseSource, validateDocument } from '../../parse.js';
import { versionRecord } from '../../register/record.js';
import { say, type RegisterMessage } from '../../register/messages.js';
import { datesOk, withStore, type RegisterCliOptions } from '../../register/cli-common.js';
import type { AddOutcome } from '../../register/store.js';
import { InputError } from '../../source/types.js';
import { safeText } from '../../text/terminal.js';
import { inputsOrReport } from '../files.js';
import { readInput, shownName } from '../input.js';
import { EXIT, type Io } from '../io.js';
import { inputErrorMessage } from '../messages.js';

export async function runAdd(paths: string[], opts: RegisterCliOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  if (!datesOk(opts as unknown as Record<string, unknown>, ['today'], io, lang)) return EXIT.usage;
  const inputs = inputsOrReport(paths, io, lang);
  if (!inputs) return EXIT.usage;
  const today = opts.today ?? io.today();
  const counts = { added: 0, updated: 0, unchanged: 0, failed: 0 };
  return withStore(opts, io, async (store) => {
    for (const f of inputs.files) {
      const name = shownName(f.path);
      let outcome: AddOutcome;
      try {
        const { source, bytes } = await readInput(f.path, io);
        const doc = validateDocument(parseSource(source, bytes, name, { lang }));
        outcome = await store.add(versionRecord(doc, savedAt(f.path)), today);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        counts.failed++;
        io.stdout(`${say('add.failed', lang)}  ${safeText(name)}\n`);
        io.stderr(`cchc: ${inputErrorMessage(err.code, name, lang)}\n`);
        continue;
      }
      counts[outcome.status === 'older' ? 'updated' : outcome.status]++;
      io.stdout(`${line(outcome, lang)}  (${safeText(name)})\n`);
    }
    io.stdout(`${say('add.summary', lang, counts)}\n`);
    return counts.failed > 0 || inputs.incomplete ? EXIT.usage : EXIT.ok;
  }, { create: true, insideAdd: pauseHook(io) });
}

/** The file's modification time (ISO, UTC); '' for standard input or when it cannot be read. */
function savedAt(path: string): string {
  try {
    return statSync(path).mtime.toISOString();
  } catch {
    return '';
  }
}

function line(o: AddOutcome, lang: RegisterCliOptions['lang']): string {
  const head = `${say(`add.${o.status}` as RegisterMessage, lang)}  ${o.docId}  ${safeText(o.label)}`;
  if (o.status === 'older') return `${head}: ${say('add.olderNote', lang)}`;
  if (o.status !== 'updated') return head;
  const extra = [say('add.supersedes', lang, { detail: o.superseded ?? '' })];
  if (o.cancelled) extra.push(say('add.cancelled', lang, { detail: o.cancelled }));
  return `${head}: ${extra.join(', ')}`;
}

/**
 * Test hook (CCHC_TEST_PAUSE_IN_ADD=ms): inside each add's transaction, say
 * "paused" on stderr and wait, so that a test can kill the process mid-add.
 */
function pauseHook(io: Io): (() => void) | undefined {
  const ms = Number(io.env.CCHC_TEST_PAUSE_IN_ADD);
  if (!ms) return undefined;
  return () => {
    io.stderr('paused\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  };
}
