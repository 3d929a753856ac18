// `cchc backup FILE`: SQLite's online backup into a temporary file beside FILE,
// renamed when complete, so FILE is a whole register or absent. Safe while
// other cchc processes read or write.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { withStore, type RegisterCliOptions } from '../../register/cli-common.js';
import { say } from '../../register/messages.js';
import { EXIT, type Io } from '../io.js';

export async function runBackup(file: string, opts: RegisterCliOptions, io: Io): Promise<number> {
  const lang = opts.lang;
  const target = resolve(io.cwd, file);
  if (existsSync(target)) {
    io.stderr(`cchc: ${say('backup.exists', lang, { path: file })}\n`);
    return EXIT.usage;
  }
  return withStore(opts, io, async (store) => {
    const tmp = `${target}.${process.pid}.tmp`;
    try {
      await store.backup(tmp);
      renameSync(tmp, target);
    } catch (err) {
      rmSync(tmp, { force: true });
      io.stderr(`cchc: ${say('backup.failed', lang, { path: file, detail: (err as NodeJS.ErrnoException).code ?? (err as Error).message })}\n`);
      return EXIT.usage;
    }
    io.stdout(`${say('backup.ok', lang, { path: file })}\n`);
    return EXIT.ok;
  });
}
