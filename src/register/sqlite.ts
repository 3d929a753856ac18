// RegisterStore on an embedded SQLite file (better-sqlite3): WAL so that
// readers never wait for a writer, a busy timeout so that two `cchc add` at
// once both land (the second waits for the first's transaction), and one
// IMMEDIATE transaction per document so that a process killed mid-add leaves
// the register as it was. Statements are prepared once per connection.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { VersionRecord } from './record.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import {
  RegisterError,
  type AddOutcome,
  type Completion,
  type DeadlineQuery,
  type DocumentSummary,
  type OpenOptions,
  type RegisterStore,
  type StoredDeadline,
  type VersionSummary,
} from './store.js';

type Db = Database.Database;

const BUSY_TIMEOUT_MS = 30_000;

export function openSqliteStore(path: string, opts: OpenOptions): RegisterStore {
  if (!opts.create && !existsSync(path)) throw new RegisterError('missing', path);
  let db: Db;
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  } catch (err) {
    throw new RegisterError('cannot-open', path, (err as NodeJS.ErrnoException).code ?? (err as Error).message);
  }
  try {
    prepareWaiting(db, path);
  } catch (err) {
    db.close();
    if (err instanceof RegisterError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new RegisterError('not-register', path);
    if (code.startsWith('SQLITE_BUSY')) throw new RegisterError('busy', path);
    throw new RegisterError('cannot-open', path, code || (err as Error).message);
  }
  return new SqliteStore(db, opts);
}

/**
 * prepare(), waiting while another process holds the file: switching a new file to WAL
 * answers SQLITE_BUSY at once, without the busy handler, when two `cchc add` create the
 * register together. Retried for as long as the busy timeout allows.
 */
function prepareWaiting(db: Db, path: string): void {
  const started = Date.now();
  for (;;) {
    try {
      prepare(db, path);
      return;
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_BUSY') || Date.now() - started > BUSY_TIMEOUT_MS) throw err;
      Atomics.wait(PAUSE, 0, 0, 20 + Math.floor(Math.random() * 30));
    }
  }
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** WAL, then the schema brought forward (or the file refused). */
function prepare(db: Db, path: string): void {
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL loses nothing when a process dies; only a power cut may drop the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const version = () => (db.prepare('SELECT version FROM schema_version').pluck().get() as number | undefined) ?? 0;
  const hasVersionTable = () => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get() !== undefined;
  if (hasVersionTable() && version() === SCHEMA_VERSION) return;
  db.transaction(() => {
    if (!hasVersionTable()) {
      // Another program's database is not ours to fill.
      const tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get() as number;
      if (tables > 0) throw new RegisterError('not-register', path);
      db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
      db.exec('INSERT INTO schema_version (version) VALUES (0)');
    }
    const from = version();
    if (from > SCHEMA_VERSION) throw new RegisterError('newer', path, String(from));
    for (let v = from; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]);
    db.prepare('UPDATE schema_version SET version = ?').run(SCHEMA_VERSION);
  }).immediate();
}

interface DeadlineRow {
  key: string; doc: string; doc_label: string; task_id: string; section: string | null; task: string;
  kind: StoredDeadline['kind']; due: string | null; time: string | null; rrule: string | null;
  start: string | null; end: string | null; trigger: string | null; text: string;
  lead: string; support: string; unit_keys: string;
}

const list = (s: string): string[] => (s ? s.split('\n') : []);

function toDeadline(r: DeadlineRow): StoredDeadline {
  return {
    key: r.key, docId: r.doc, docLabel: r.doc_label, taskId: r.task_id, section: r.section, task: r.task,
    kind: r.kind, due: r.due, time: r.time, rrule: r.rrule, start: r.start, end: r.end, trigger: r.trigger,
    text: r.text, lead: list(r.lead), support: list(r.support), unitKeys: list(r.unit_keys),
  };
}

const DEADLINE_COLUMNS = `d.key, v.doc, v.label AS doc_label, d.task_id, d.section, d.task, d.kind, d.due, d.time, d.rrule,
  d.start, d."end", d.trigger, d.text, d.lead, d.support, d.unit_keys`;

class SqliteStore implements RegisterStore {
  private readonly addTx: Database.Transaction<(rec: VersionRecord, today: string) => AddOutcome>;

  constructor(private readonly db: Db, private readonly opts: OpenOptions) {
    const s = {
      doc: db.prepare('SELECT id, current FROM document WHERE identity = ?'),
      insertDoc: db.prepare('INSERT INTO document (id, identity, current) VALUES (?, ?, NULL)'),
      fileOf: db.prepare('SELECT 1 FROM file f JOIN version v ON v.id = f.version WHERE v.doc = ? AND f.sha256 = ?'),
      versionOf: db.prepare('SELECT id, json_sha FROM version WHERE doc = ? AND content = ?'),
      insertVersion: db.prepare(`INSERT INTO version (doc, content, label, type, number, issuer, subject, date, year, json, json_sha, added, modified)
        VALUES (@doc, @content, @label, @type, @number, @issuer, @subject, @date, @year, @json, @json_sha, @added, @modified)`),
      replaceJson: db.prepare('UPDATE version SET json = ?, json_sha = ?, label = ? WHERE id = ?'),
      insertFile: db.prepare('INSERT OR IGNORE INTO file (sha256, version, path) VALUES (?, ?, ?)'),
      insertDeadline: db.prepare(`INSERT INTO deadline (version, key, seq, task_id, section, task, kind, due, time, rrule, start, "end", trigger, text, lead, support, unit_keys)
        VALUES (@version, @key, @seq, @task_id, @section, @task, @kind, @due, @time, @rrule, @start, @end, @trigger, @text, @lead, @support, @unit_keys)`),
      // The current version is the one with the latest issue date; between equal dates (an undated draft and its
      // correction) the file saved last, then the content hash: never the order of adds, so that any order gives one register.
      newest: db.prepare("SELECT id, label FROM version WHERE doc = ? ORDER BY coalesce(date, printf('%04d', coalesce(year, 0))) DESC, modified DESC, content DESC LIMIT 1"),
      labelOf: db.prepare('SELECT label FROM version WHERE id = ?').pluck(),
      setCurrent: db.prepare('UPDATE document SET current = ? WHERE id = ?'),
      gone: db.prepare('SELECT count(*) FROM deadline WHERE version = ? AND key NOT IN (SELECT key FROM deadline WHERE version = ?)').pluck(),
    };
    this.addTx = db.transaction((rec: VersionRecord, today: string): AddOutcome => {
      const base = { docId: rec.docId, label: rec.label };
      const found = s.doc.get(rec.identity) as { id: string; current: number | null } | undefined;
      if (found && s.fileOf.get(found.id, rec.sha256)) return { status: 'unchanged', ...base };
      if (!found) s.insertDoc.run(rec.docId, rec.identity);
      const same = s.versionOf.get(rec.docId, rec.content) as { id: number; json_sha: string } | undefined;
      if (same) {
        // The same text from another file (the .pdf of a .docx): one version, every file noted; the kept JSON is the smallest sha's, whatever the order.
        s.insertFile.run(rec.sha256, same.id, rec.path);
        if (rec.sha256 < same.json_sha) s.replaceJson.run(rec.json, rec.sha256, rec.label, same.id);
        this.opts.insideAdd?.();
        return { status: 'unchanged', ...base };
      }
      const version = Number(s.insertVersion.run({
        doc: rec.docId, content: rec.content, label: rec.label, type: rec.type, number: rec.number, issuer: rec.issuer,
        subject: rec.subject, date: rec.date, year: rec.year, json: rec.json, json_sha: rec.sha256, added: today, modified: rec.modified,
      }).lastInsertRowid);
      s.insertFile.run(rec.sha256, version, rec.path);
      rec.deadlines.forEach((d, seq) => s.insertDeadline.run({
        version, key: d.key, seq, task_id: d.taskId, section: d.section, task: d.task, kind: d.kind, due: d.due, time: d.time,
        rrule: d.rrule, start: d.start, end: d.end, trigger: d.trigger, text: d.text,
        lead: d.lead.join('\n'), support: d.support.join('\n'), unit_keys: d.unitKeys.join('\n'),
      }));
      const newest = s.newest.get(rec.docId) as { id: number; label: string };
      s.setCurrent.run(newest.id, rec.docId);
      this.opts.insideAdd?.();
      if (!found) return { status: 'added', ...base };
      if (newest.id !== version) return { status: 'older', ...base };
      const before = found.current!;
      return { status: 'updated', ...base, superseded: s.labelOf.get(before) as string, cancelled: s.gone.get(before, version) as number };
    });
  }

  async add(record: VersionRecord, today: string): Promise<AddOutcome> {
    return this.addTx.immediate(record, today);
  }

  async documents(): Promise<DocumentSummary[]> {
    const rows = this.db.prepare(`SELECT d.id, v.label, v.type, v.number, v.issuer, v.subject, v.date,
        (SELECT count(*) FROM version x WHERE x.doc = d.id) AS versions,
        (SELECT count(*) FROM deadline x WHERE x.version = d.current) AS deadlines,
        (SELECT group_concat(path, '\n') FROM (SELECT DISTINCT f.path FROM file f JOIN version x ON x.id = f.version WHERE x.doc = d.id ORDER BY f.path)) AS paths
      FROM document d JOIN version v ON v.id = d.current ORDER BY v.label, d.id`).all() as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      docId: r.id as string, label: r.label as string, type: r.type as string | null, number: r.number as string | null,
      issuer: r.issuer as string | null, subject: r.subject as string | null, date: r.date as string | null,
      versions: r.versions as number, deadlines: r.deadlines as number, paths: list((r.paths as string | null) ?? ''),
    }));
  }

  async versions(docId: string): Promise<VersionSummary[]> {
    const rows = this.db.prepare(`SELECT v.id, v.content, v.label, v.date, v.added, v.id = d.current AS current,
        (SELECT group_concat(path, '\n') FROM (SELECT path FROM file WHERE version = v.id ORDER BY path)) AS paths
      FROM version v JOIN document d ON d.id = v.doc WHERE v.doc = ?
      ORDER BY coalesce(v.date, printf('%04d', coalesce(v.year, 0))), v.content`).all(docId) as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      content: r.content as string, label: r.label as string, date: r.date as string | null, added: r.added as string,
      current: r.current === 1, paths: list((r.paths as string | null) ?? ''),
    }));
  }

  async deadlines(q: DeadlineQuery = {}): Promise<StoredDeadline[]> {
    const where: string[] = [];
    const args: string[] = [];
    if (q.docId) {
      where.push('v.doc = ?');
      args.push(q.docId);
    }
    if (q.from || q.to) {
      where.push(`(d.kind <> 'date' OR d.due IS NULL OR (d.due >= ? AND d.due <= ?))`);
      args.push(q.from ?? '0000-00-00', q.to ?? '9999-99-99');
    }
    const rows = this.db.prepare(`SELECT ${DEADLINE_COLUMNS} FROM document doc JOIN version v ON v.id = doc.current
      JOIN deadline d ON d.version = v.id ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY v.label, v.doc, d.seq`).all(...args) as DeadlineRow[];
    return rows.map(toDeadline);
  }

  async cancelled(docId: string): Promise<StoredDeadline[]> {
    const rows = this.db.prepare(`SELECT ${DEADLINE_COLUMNS} FROM document doc JOIN version v ON v.doc = doc.id AND v.id <> doc.current
      JOIN deadline d ON d.version = v.id
      WHERE doc.id = ? AND d.key NOT IN (SELECT key FROM deadline WHERE version = doc.current)
      GROUP BY d.key ORDER BY min(v.content), d.seq`).all(docId) as DeadlineRow[];
    return rows.map(toDeadline);
  }

  async completions(): Promise<Completion[]> {
    const rows = this.db.prepare('SELECT occurrence, key, day, done_on, note FROM completion ORDER BY occurrence').all() as Array<Record<string, string | null>>;
    return rows.map((r) => ({ occurrence: r.occurrence!, key: r.key!, day: r.day!, doneOn: r.done_on!, note: r.note }));
  }

  async complete(c: Completion): Promise<void> {
    this.db.prepare('INSERT OR REPLACE INTO completion (occurrence, key, day, done_on, note) VALUES (?, ?, ?, ?, ?)').run(c.occurrence, c.key, c.day, c.doneOn, c.note);
  }

  async reopen(occurrence: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM completion WHERE occurrence = ?').run(occurrence).changes > 0;
  }

  async remove(docId: string): Promise<boolean> {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM completion WHERE key IN (SELECT d.key FROM deadline d JOIN version v ON v.id = d.version WHERE v.doc = ?)').run(docId);
      return this.db.prepare('DELETE FROM document WHERE id = ?').run(docId).changes > 0;
    }).immediate();
  }

  async backup(path: string): Promise<void> {
    await this.db.backup(path);
  }

  close(): void {
    this.db.close();
  }
}
