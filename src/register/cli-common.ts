// What every register command does first: check its dates, find the register
// file and open it, or say in one sentence why not.
import type { Io } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import { message } from '../cli/messages.js';
import type { Lang } from '../render/types.js';
import { isIsoDate } from '../text/dates.js';
import { registerErrorMessage } from './messages.js';
import { openStore, RegisterError, registerPath, type OpenOptions, type RegisterStore } from './store.js';

export interface RegisterCliOptions {
  db?: string;
  lang: Lang;
  today?: string;
}

/** The first option that is not a YYYY-MM-DD date, said; true when all are dates. */
export function datesOk(opts: Record<string, unknown>, keys: readonly string[], io: Io, lang: Lang): boolean {
  for (const key of keys) {
    const v = opts[key];
    if (typeof v === 'string' && !isIsoDate(v)) {
      io.stderr(`cchc: ${message('bad-option', lang, { detail: `--${key} ${v} (YYYY-MM-DD)` })}\n`);
      return false;
    }
  }
  return true;
}

export async function openOrReport(opts: RegisterCliOptions, io: Io, open: Omit<OpenOptions, 'create'> & { create?: boolean } = {}): Promise<RegisterStore | null> {
  const path = registerPath(opts.db, io.env, io.cwd);
  try {
    return await openStore(path, { create: false, ...open });
  } catch (err) {
    if (!(err instanceof RegisterError)) throw err;
    io.stderr(`cchc: ${registerErrorMessage(err.code, err.path, err.detail, opts.lang)}\n`);
    return null;
  }
}

/** Run `body` on the open register and close it whatever happens. */
export async function withStore(opts: RegisterCliOptions, io: Io, body: (store: RegisterStore) => Promise<number>, open: Omit<OpenOptions, 'create'> & { create?: boolean } = {}): Promise<number> {
  const store = await openOrReport(opts, io, open);
  if (!store) return EXIT.usage;
  try {
    return await body(store);
  } finally {
    store.close();
  }
}

/** 2023-11-30 → 30/11/2023 in Vietnamese, unchanged in English. */
export function showDay(iso: string | null, lang: Lang): string {
  if (!iso) return '';
  return lang === 'en' ? iso : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Plain columns for a terminal: each as wide as its widest cell, the last one cut to fit. */
export function columns(rows: readonly string[][], width = 160): string {
  if (!rows.length) return '';
  const n = rows[0].length;
  const w = Array.from({ length: n }, (_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows
    .map((r) => {
      const head = r.slice(0, -1).map((c, i) => c + ' '.repeat(w[i] - [...c].length)).join('  ');
      const room = Math.max(20, width - [...head].length - 2);
      const last = [...(r[n - 1] ?? '')];
      return `${head}  ${last.length > room ? `${last.slice(0, room - 1).join('')}…` : last.join('')}`.trimEnd();
    })
    .join('\n') + '\n';
}
