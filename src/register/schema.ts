// The register's SQLite schema, as numbered forward migrations. The number of
// the last one applied is kept in the schema_version table; a register with a
// higher number was made by a newer cchc and is refused, never altered.
// A migration is only ever appended: never edit one that has shipped.
export const MIGRATIONS: readonly string[] = [
  // 1: documents, their versions, the files each version was read from, the
  // deadlines of each version, and completed occurrences (keyed by the deadline
  // identity, so that they outlive the version they were marked in).
  `
  CREATE TABLE document (
    id TEXT PRIMARY KEY,
    identity TEXT NOT NULL UNIQUE,
    current INTEGER
  );
  CREATE TABLE version (
    id INTEGER PRIMARY KEY,
    doc TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    content TEXT NOT NULL,
    label TEXT NOT NULL,
    type TEXT, number TEXT, issuer TEXT, subject TEXT, date TEXT, year INTEGER,
    json TEXT NOT NULL,
    json_sha TEXT NOT NULL,
    added TEXT NOT NULL,
    modified TEXT NOT NULL,
    UNIQUE (doc, content)
  );
  CREATE TABLE file (
    sha256 TEXT NOT NULL,
    version INTEGER NOT NULL REFERENCES version(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    PRIMARY KEY (sha256, version)
  );
  CREATE TABLE deadline (
    version INTEGER NOT NULL REFERENCES version(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    task_id TEXT NOT NULL, section TEXT, task TEXT NOT NULL,
    kind TEXT NOT NULL, due TEXT, time TEXT, rrule TEXT, start TEXT, "end" TEXT,
    trigger TEXT, text TEXT NOT NULL,
    lead TEXT NOT NULL, support TEXT NOT NULL, unit_keys TEXT NOT NULL,
    PRIMARY KEY (version, key)
  );
  CREATE INDEX deadline_due ON deadline (due);
  CREATE INDEX version_doc ON version (doc);
  CREATE TABLE completion (
    occurrence TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    day TEXT NOT NULL,
    done_on TEXT NOT NULL,
    note TEXT
  );
  CREATE INDEX completion_key ON completion (key);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
