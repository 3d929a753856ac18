// Every corpus document with an answer key: parse it, export the calendar, and
// read it back with ical.js and node-ical. Dates, times, RRULEs and texts must
// match the parsed JSON; bytes must be CRLF, ≤ 75 octets a line, valid UTF-8;
// two exports must be byte-identical. (Against the parser's own output, not the
// gold key: scoring the parser is `npm run eval`'s job.)
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { CchcDocument } from '../../src/model/schema.js';
import { parseFile, validateDocument } from '../../src/parse.js';
import { renderIcs } from '../../src/render/ics/index.js';
import type { RenderOptions } from '../../src/render/types.js';
import { renderCsv } from '../../src/render/csv.js';
import { readCsv } from './fixtures/csv-reader.js';
import { checkCalendar, readBoth } from './fixtures/ics-oracle.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
const names = readdirSync(corpus)
  .filter((f) => /\.(txt|md)$/.test(f) && readdirSync(corpus).includes(f.replace(/\.(txt|md)$/, '.gold.json')))
  .sort();
const OPTS: RenderOptions = { lang: 'vi', today: '2031-07-07', color: false, todo: false, remind: ['3d', '1d'] };

describe('corpus calendars', () => {
  const docs: CchcDocument[] = [];

  test('the corpus is there', () => {
    expect(names.length).toBeGreaterThanOrEqual(18);
  });

  for (const name of names) {
    test(name, async () => {
      const doc = validateDocument(await parseFile(join(corpus, name), { displayPath: `fixtures/${name}` }));
      docs.push(doc);
      const ics = renderIcs([doc], OPTS);
      checkCalendar([doc], ics);
      expect(renderIcs([doc], OPTS)).toBe(ics);
    });
  }

  test('all documents in one calendar', () => {
    expect(docs.length).toBe(names.length);
    const ics = renderIcs(docs, OPTS);
    checkCalendar(docs, ics);
    expect(renderIcs(docs, OPTS)).toBe(ics);
    const todo = renderIcs(docs, { ...OPTS, todo: true, sourceDateEpoch: 1_700_000_000 });
    readBoth(todo);
    expect(todo).toBe(renderIcs(docs, { ...OPTS, todo: true, sourceDateEpoch: 1_700_000_000 }));
  });

  test('all documents as CSV: one row of 16 cells per deadline', () => {
    const csv = renderCsv(docs, OPTS);
    const rows = readCsv(csv.slice(1));
    expect(rows.length).toBe(1 + docs.reduce((n, d) => n + d.tasks.reduce((m, t) => m + t.deadlines.length, 0), 0));
    for (const r of rows) expect(r).toHaveLength(16);
    expect(renderCsv(docs, OPTS)).toBe(csv);
  });
});
