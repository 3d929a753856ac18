// The seam between the register's commands and where the register lives.
// Commands see only RegisterStore (and openStore, which picks the backend):
// SQLite through better-sqlite3 today (sqlite.ts); a shared server database
// (PostgreSQL, for an office of many clerks) is another implementation of this
// interface, chosen in openStore, without touching the commands. The interface
// is asynchronous for that reason, although SQLite answers at once.
import { resolve } from 'node:path';
import type { DeadlineRecord, VersionRecord } from './record.js';

export type AddStatus = 'added' | 'updated' | 'older' | 'unchanged';

export interface AddOutcome {
  status: AddStatus;
  docId: string;
  label: string;
  /** updated: the label of the version it superseded. */
  superseded?: string;
  /** updated: deadlines that were in the superseded version and are not in this one. */
  cancelled?: number;
}

/** A registered document as `cchc list` shows it: its current version's header, and counts. */
export interface DocumentSummary extends Pick<VersionRecord, 'docId' | 'label' | 'type' | 'number' | 'issuer' | 'subject' | 'date'> {
  /** How many versions the register holds (the current one included). */
  versions: number;
  deadlines: number;
  paths: string[];
}

export interface VersionSummary extends Pick<VersionRecord, 'content' | 'label' | 'date'> {
  added: string;
  current: boolean;
  paths: string[];
}

/** A deadline of the current version of a registered document. */
export interface StoredDeadline extends DeadlineRecord {
  docId: string;
  docLabel: string;
}

export interface Completion {
  /** The occurrence id `cchc due` shows. */
  occurrence: string;
  key: string;
  /** The occurrence's due day ('' for an undated deadline). */
  day: string;
  doneOn: string;
  note: string | null;
}

export interface DeadlineQuery {
  docId?: string;
  /** Dated deadlines due outside [from, to] are left out; the others are always returned. */
  from?: string;
  to?: string;
}

export interface RegisterStore {
  /** Record one document version, all or nothing. */
  add(record: VersionRecord, today: string): Promise<AddOutcome>;
  documents(): Promise<DocumentSummary[]>;
  versions(docId: string): Promise<VersionSummary[]>;
  /** Deadlines of current versions, in document order within each document. */
  deadlines(query?: DeadlineQuery): Promise<StoredDeadline[]>;
  /** Deadlines of earlier versions that the current version no longer has. */
  cancelled(docId: string): Promise<StoredDeadline[]>;
  completions(): Promise<Completion[]>;
  complete(c: Completion): Promise<void>;
  /** False when the occurrence was not marked done. */
  reopen(occurrence: string): Promise<boolean>;
  /** The document, its versions and its completions; false when it is not registered. */
  remove(docId: string): Promise<boolean>;
  /** A consistent copy of the whole register into a new file. */
  backup(path: string): Promise<void>;
  close(): void;
}

export type RegisterErrorCode = 'missing' | 'newer' | 'not-register' | 'busy' | 'cannot-open';

/** A register that cannot be used; said in one sentence (messages.ts). */
export class RegisterError extends Error {
  constructor(readonly code: RegisterErrorCode, readonly path: string, readonly detail = '') {
    super(`${code}: ${path}${detail ? ` (${detail})` : ''}`);
  }
}

export interface OpenOptions {
  /** Create the file when it does not exist (add); else it must exist. */
  create: boolean;
  /** Test hook: called inside an add's transaction, after its rows are written and before the commit. */
  insideAdd?: () => void;
}

/** Where the register is: --db, else CCHC_DB, else cchc.db in the current folder. */
export function registerPath(db: string | undefined, env: Record<string, string | undefined>, cwd: string): string {
  return resolve(cwd, db ?? env.CCHC_DB ?? 'cchc.db');
}

/** The one place that picks a backend. */
export async function openStore(path: string, opts: OpenOptions): Promise<RegisterStore> {
  const { openSqliteStore } = await import('./sqlite.js');
  return openSqliteStore(path, opts);
}
