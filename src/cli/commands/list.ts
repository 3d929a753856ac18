// `cchc list`: the registered documents, their current version.
import { columns, showDay, withStore, type RegisterCliOptions } from '../../register/cli-common.js';
import { say } from '../../register/messages.js';
import { jsonSafe, safeText } from '../../text/terminal.js';
import { EXIT, type Io } from '../io.js';

export interface ListCliOptions extends RegisterCliOptions {
  format?: 'table' | 'json';
}

export async function runList(opts: ListCliOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  return withStore(opts, io, async (store) => {
    const docs = await store.documents();
    if ((opts.format ?? 'table') === 'json') {
      io.stdout(`${jsonSafe(JSON.stringify({ schemaVersion: 1, documents: docs }, null, 2))}\n`);
      return EXIT.ok;
    }
    if (!docs.length) {
      io.stderr(`cchc: ${say('list.empty', lang)}\n`);
      return EXIT.ok;
    }
    const L = (k: Parameters<typeof say>[0]) => say(k, lang);
    const rows = [[L('col.id'), L('col.doc'), L('col.date'), L('col.versions'), L('col.count'), L('col.subject')]];
    for (const d of docs) rows.push([d.docId, d.label, showDay(d.date, lang), String(d.versions), String(d.deadlines), d.subject ?? d.paths[0] ?? '']);
    io.stdout(columns(rows.map((r) => r.map(safeText)), io.stdoutColumns));
    return EXIT.ok;
  });
}
