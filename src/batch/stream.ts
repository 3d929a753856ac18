// The output of a batch, written as each document's outcome arrives (in input
// order): the shape around the pieces (the array's brackets, the CSV header,
// the calendar's frame) and what an error record looks like in each format.
import type { CchcDocument } from '../model/schema.js';
import type { Format } from '../render/index.js';
import type { RenderOptions } from '../render/types.js';
import { errorRecord, type Outcome } from './record.js';
import type { Sink } from './sink.js';
import { Spool } from './spool.js';

export interface StreamWriter {
  add(o: Outcome): void;
  /** Everything that can only be written last. */
  end(): Promise<void>;
}

export async function streamWriter(format: Format, opts: RenderOptions, array: boolean, sink: Sink): Promise<StreamWriter> {
  switch (format) {
    case 'json':
      return array ? await jsonArray(sink) : await jsonSingle(sink);
    case 'jsonl': {
      const { jsonlLine } = await import('../render/jsonl.js');
      return {
        add: (o) => write(sink, o.ok ? o.chunk! : jsonlLine(errorRecord(o))),
        end: async () => {},
      };
    }
    case 'csv': {
      const { csvHead, csvErrorRow } = await import('../render/csv.js');
      sink.write(csvHead(opts.lang));
      return {
        add: (o) => write(sink, o.ok ? o.chunk! : csvErrorRow(o.path, o.code, o.message, opts.lang)),
        end: async () => {},
      };
    }
    case 'ics':
      return icsStream(opts, sink);
    case 'table':
      return tableAtEnd(opts, sink);
  }
}

/** A piece as the main thread made it (text) or as a worker sent it (UTF-8 slices). */
function write(sink: Sink, piece: string | Uint8Array[]): void {
  if (typeof piece === 'string') sink.write(piece);
  else for (const slice of piece) sink.write(slice);
}

async function jsonArray(sink: Sink): Promise<StreamWriter> {
  const { JSON_ARRAY, jsonElement } = await import('../render/json.js');
  let first = true;
  return {
    add(o) {
      sink.write(first ? JSON_ARRAY.open : JSON_ARRAY.separator);
      first = false;
      write(sink, o.ok ? o.chunk! : jsonElement(errorRecord(o)));
    },
    end: async () => sink.write(first ? JSON_ARRAY.empty : JSON_ARRAY.close),
  };
}

/** One file argument: its object (a failure there is said on stderr and prints nothing, as always). */
async function jsonSingle(sink: Sink): Promise<StreamWriter> {
  return {
    add: (o) => {
      if (o.ok) write(sink, o.chunk!);
    },
    end: async () => {},
  };
}

/** The table is for a terminal: its columns fit every row, so it is drawn at the end. */
async function tableAtEnd(opts: RenderOptions, sink: Sink): Promise<StreamWriter> {
  const { renderTable } = await import('../render/table.js');
  const docs: CchcDocument[] = [];
  return {
    add: (o) => {
      if (o.ok) docs.push(o.doc!);
    },
    end: async () => {
      const out = renderTable(docs, opts);
      sink.write(typeof out === 'string' ? out : new TextDecoder().decode(out));
    },
  };
}

/**
 * The calendar: its header names the documents, so the items are spooled (in
 * memory, then a temporary file) and written after it. Document keys as
 * renderIcs gives them, decided as documents arrive: the same file twice is
 * exported once; a different file with a key already taken gets its sha256
 * appended (renderIcs, seeing all, appends it to both). Documents that could
 * not be read are named in X-CCHC-ERROR properties of the calendar.
 */
async function icsStream(opts: RenderOptions, sink: Sink): Promise<StreamWriter> {
  const { documentItems, calendarProps, cancelledItems, uidOf } = await import('../render/ics/index.js');
  const { docKey, docLabel } = await import('../render/ics/document.js');
  const { selectEntries } = await import('../render/ics/select.js');
  const { contentLine, escapeText, serialize } = await import('../render/ics/serializer.js');
  const { uniqueUids } = await import('../render/ics/uid.js');
  const { vtimezone } = await import('../render/ics/vtimezone.js');
  const spool = new Spool();
  const shas = new Map<string, Set<string>>();
  const labels = new Set<string>();
  const errors: string[] = [];
  let timed = false;
  let items = 0;
  const uids: string[] = []; // for --previous: what this export still has
  return {
    add(o) {
      if (!o.ok) {
        errors.push(contentLine({ name: 'X-CCHC-ERROR', value: escapeText(`${o.path}: ${o.code}: ${o.message}`) }));
        return;
      }
      const doc = o.doc!;
      labels.add(docLabel(doc));
      const k = docKey(doc);
      const seen = shas.get(k);
      if (seen?.has(doc.source.sha256)) return;
      const key = seen ? `${k}-${doc.source.sha256.slice(0, 8)}` : k;
      if (!seen) shas.set(k, new Set());
      shas.get(k)!.add(doc.source.sha256);
      const one = documentItems(selectEntries([doc], opts), key, opts);
      uniqueUids(one.items);
      timed ||= one.timed;
      items += one.items.length;
      if (opts.previous !== undefined) uids.push(...one.items.map(uidOf));
      spool.write(one.items.map(serialize).join(''));
    },
    async end() {
      const gone = cancelledItems(uids, opts);
      timed ||= gone.timed;
      items += gone.items.length;
      spool.write(gone.items.map(serialize).join(''));
      const head = ['BEGIN:VCALENDAR', ...calendarProps([...labels], opts).map(contentLine), ...errors].join('\r\n') + '\r\n';
      sink.write(head);
      // RFC 5545 wants at least one component: an export with nothing in it keeps the VTIMEZONE.
      if (timed || items === 0) sink.write(serialize(vtimezone()));
      spool.drain((s) => sink.write(s));
      sink.write('END:VCALENDAR\r\n');
    },
  };
}
