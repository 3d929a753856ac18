// Commander wiring of the register commands (add, due, done, reopen, report,
// list, show, remove, backup). Each command's module is imported lazily, gets
// its options and the injected Io, and returns an exit code, as in main.ts.
import { Option, type Command } from 'commander';
import type { Io } from '../cli/io.js';
import type { Lang } from '../render/types.js';
import { say, type RegisterMessage } from './messages.js';

type MakeCommand = (name: string, description: string) => Command;

export function wireRegister(command: MakeCommand, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const t = (k: RegisterMessage) => say(k, lang);
  const common = (c: Command) =>
    c.option('--db <file>', t('help.db')).addOption(new Option('--lang <lang>').choices(['vi', 'en']).default('vi')).option('--today <date>', 'YYYY-MM-DD');
  const format = (choices: string[]) => new Option('-f, --format <format>', t('help.format')).choices(choices);

  common(command('add', t('help.add')).argument('<paths...>'))
    .action(async (paths: string[], opts) => setExit(await (await import('../cli/commands/add.js')).runAdd(paths, opts, io)));
  common(command('due', t('help.due')))
    .option('--unit <name>').option('--week', t('help.week')).option('--month', t('help.month'))
    .option('--from <date>').option('--to <date>').option('--overdue', t('help.overdue'))
    .addOption(format(['table', 'json', 'csv', 'ics']))
    .action(async (opts) => setExit(await (await import('../cli/commands/due.js')).runDue(opts, io)));
  common(command('done', t('help.done')).argument('<id>', t('help.id')))
    .option('--on <date>', t('help.on')).option('--note <text>', t('help.note'))
    .action(async (id: string, opts) => setExit(await (await import('../cli/commands/done.js')).runDone(id, opts, io)));
  common(command('reopen', t('help.reopen')).argument('<id>', t('help.id')))
    .action(async (id: string, opts) => setExit(await (await import('../cli/commands/reopen.js')).runReopen(id, opts, io)));
  common(command('report', t('help.report')))
    .option('--unit <name>').option('--week', t('help.week')).addOption(format(['md', 'html', 'csv']))
    .action(async (opts) => setExit(await (await import('../cli/commands/report.js')).runReport(opts, io)));
  common(command('list', t('help.list'))).addOption(format(['table', 'json']))
    .action(async (opts) => setExit(await (await import('../cli/commands/list.js')).runList(opts, io)));
  common(command('show', t('help.show')).argument('<doc>', t('help.doc'))).addOption(format(['table', 'json']))
    .action(async (doc: string, opts) => setExit(await (await import('../cli/commands/show.js')).runShow(doc, opts, io)));
  common(command('remove', t('help.remove')).argument('<doc>', t('help.doc')))
    .action(async (doc: string, opts) => setExit(await (await import('../cli/commands/remove.js')).runRemove(doc, opts, io)));
  common(command('backup', t('help.backup')).argument('<file>', t('help.file')))
    .action(async (file: string, opts) => setExit(await (await import('../cli/commands/backup.js')).runBackup(file, opts, io)));
}
