// `cchc remove DOC`: the document, every version and its completions.
import { withStore, type RegisterCliOptions } from '../../register/cli-common.js';
import { findDocument } from '../../register/lookup.js';
import { say } from '../../register/messages.js';
import { EXIT, type Io } from '../io.js';

export async function runRemove(ref: string, opts: RegisterCliOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  return withStore(opts, io, async (store) => {
    const r = await findDocument(store, ref);
    if ('error' in r) {
      io.stderr(`cchc: ${say(r.error === 'unknown' ? 'doc.unknown' : 'doc.ambiguous', lang, { detail: ref })}\n`);
      return EXIT.usage;
    }
    await store.remove(r.found.docId);
    io.stdout(`${say('doc.removed', lang, { detail: `${r.found.label} [${r.found.docId}]` })}\n`);
    return EXIT.ok;
  });
}
