// `cchc show DOC`: one document's versions, current deadlines with their
// states, and the deadlines later versions cancelled.
import { columns, datesOk, showDay, withStore, type RegisterCliOptions } from '../../register/cli-common.js';
import { findDocument } from '../../register/lookup.js';
import { say, stateName } from '../../register/messages.js';
import { occurrencesIn } from '../../register/occurrences.js';
import { jsonSafe, safeText } from '../../text/terminal.js';
import { EXIT, type Io } from '../io.js';

export interface ShowCliOptions extends RegisterCliOptions {
  format?: 'table' | 'json';
}

export async function runShow(ref: string, opts: ShowCliOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  if (!datesOk(opts as unknown as Record<string, unknown>, ['today'], io, lang)) return EXIT.usage;
  const today = opts.today ?? io.today();
  return withStore(opts, io, async (store) => {
    const r = await findDocument(store, ref);
    if ('error' in r) {
      io.stderr(`cchc: ${say(r.error === 'unknown' ? 'doc.unknown' : 'doc.ambiguous', lang, { detail: ref })}\n`);
      return EXIT.usage;
    }
    const doc = r.found;
    const versions = await store.versions(doc.docId);
    const deadlines = await store.deadlines({ docId: doc.docId });
    const cancelled = await store.cancelled(doc.docId);
    const { dated, undated } = occurrencesIn(deadlines, { from: '0001-01-01', to: '9999-12-31' }, await store.completions(), today);
    if (opts.format === 'json') {
      const occ = [...dated, ...undated].map((o) => ({ id: o.id, key: o.deadline.key, taskId: o.deadline.taskId, day: o.day, state: o.state, doneOn: o.doneOn, text: o.deadline.text }));
      io.stdout(`${jsonSafe(JSON.stringify({ schemaVersion: 1, document: doc, versions, occurrences: occ, cancelled: cancelled.map((d) => ({ key: d.key, taskId: d.taskId, text: d.text, task: d.task })) }, null, 2))}\n`);
      return EXIT.ok;
    }
    const L = (k: Parameters<typeof say>[0]) => say(k, lang);
    let out = `${safeText(doc.label)}  [${doc.docId}]\n${safeText([doc.type, doc.issuer, showDay(doc.date, lang)].filter(Boolean).join(' – '))}\n${safeText(doc.subject ?? '')}\n\n${L('show.versions')}:\n`;
    for (const v of versions) out += `  ${v.current ? '*' : ' '} ${showDay(v.date, lang) || '—'}  ${safeText(v.paths.join(', '))}${v.current ? ` (${L('show.current')})` : ''}\n`;
    out += `\n${L('show.deadlines')}:\n`;
    const rows = [[L('col.id'), L('col.day'), L('col.state'), L('col.deadline'), L('col.task')]];
    for (const o of [...dated, ...undated]) rows.push([o.id, showDay(o.day, lang), stateName(o.state, lang), o.deadline.trigger ?? o.deadline.text, `${o.deadline.taskId} ${o.deadline.task}`]);
    out += columns(rows.map((x) => x.map(safeText)), io.stdoutColumns);
    if (cancelled.length) {
      out += `\n${L('show.cancelled')}:\n`;
      for (const d of cancelled) out += `  - ${safeText(d.text)} — ${safeText(`${d.taskId} ${d.task}`).slice(0, 100)}\n`;
    }
    io.stdout(out);
    return EXIT.ok;
  });
}
