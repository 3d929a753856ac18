// Commander wiring only: each command lives in commands/<name>.ts, is imported
// lazily, takes its options and an injected Io, and returns an exit code.
// Every word of the help and of usage errors follows --lang (cli/help.ts).
import { Command, CommanderError, Option } from 'commander';
import { helpText, langOf, localizeHelp, usageSentence, type HelpKey } from './help.js';
import { EXIT, processIo, type Io } from './io.js';
import { wireRegister } from '../register/wiring.js';
import { FORMATS } from '../render/index.js';

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const lang = langOf(argv);
  const t = (key: HelpKey) => helpText(key, lang);
  const langOption = () => new Option('--lang <lang>', t('lang')).choices(['vi', 'en']).default('vi');
  let exitCode: number = EXIT.ok;
  const program = new Command('cchc')
    .description(t('program'))
    .version('0.1.0', '-V, --version', t('version'))
    .helpOption('-h, --help', t('help'))
    .helpCommand('help [command]', t('helpCommand'))
    .exitOverride()
    // Commander's own error lines are English: each is said again, in one sentence, below.
    .configureOutput({ writeOut: (s) => io.stdout(localizeHelp(s, lang)), writeErr: (s) => io.stderr(localizeHelp(s, lang)), outputError: () => {} })
    .showHelpAfterError(false);
  const command = (name: string, description: HelpKey) =>
    program.command(name).description(t(description)).helpOption('-h, --help', t('help')).configureOutput({
      writeOut: (s) => io.stdout(localizeHelp(s, lang)),
      writeErr: (s) => io.stderr(localizeHelp(s, lang)),
      outputError: () => {},
    });

  command('parse', 'parse')
    .argument('<paths...>', t('paths'))
    .addOption(new Option('-f, --format <format>', t('parse.format')).choices(FORMATS))
    .option('-o, --output <file>', t('output'))
    .addOption(langOption())
    .option('--today <date>', t('today'))
    .option('--todo', t('todo'))
    .option('--remind <list>', t('remind'), '3d,1d')
    .option('--unit <name>', t('unit'))
    .option('--from <date>', t('from'))
    .option('--to <date>', t('to'))
    .option('--until <date>', t('until'))
    .option('--previous <file>', t('previous'))
    .option('--daily', t('daily'))
    .option('-j, --jobs <n>', t('jobs'))
    .option('--max-seconds <s>', t('maxSeconds'))
    .option('-q, --quiet', t('quiet'))
    .action(async (paths: string[], opts) => {
      const { runParse } = await import('./commands/parse.js');
      exitCode = await runParse(paths, opts, io);
    });

  command('schema', 'schema').action(async () => {
    const { runSchema } = await import('./commands/schema.js');
    exitCode = await runSchema(io);
  });

  command('check', 'check')
    .argument('<paths...>', t('paths'))
    .option('--update', t('update'))
    .option('--force', t('force'))
    .option('--strict', t('check.strict'))
    .addOption(new Option('-f, --format <format>', t('check.format')).choices(['human', 'json', 'junit']).default('human'))
    .option('-o, --output <file>', t('check.output'))
    .addOption(langOption())
    .action(async (paths: string[], opts) => {
      const { runCheck } = await import('./commands/check.js');
      exitCode = await runCheck(paths, opts, io);
    });

  command('lint', 'lint')
    .argument('<paths...>', t('paths'))
    .option('--config <file>', t('config'))
    .option('--strict', t('lint.strict'))
    .addOption(new Option('-f, --format <format>', t('lint.format')).choices(['human', 'json']).default('human'))
    .option('--today <date>', t('lint.today'))
    .addOption(langOption())
    .action(async (paths: string[], opts) => {
      const { runLint } = await import('./commands/lint.js');
      exitCode = await runLint(paths, opts, io);
    });

  // The register: add, due, done, reopen, report, list, show, remove, backup.
  wireRegister((name, description) => command(name, 'program').description(description), io, lang, (code) => (exitCode = code));

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT.ok;
      // `cchc` alone: the help (on stderr), and a usage error.
      if (err.code === 'commander.help') return EXIT.usage;
      io.stderr(`cchc: ${usageSentence(err, lang, program.commands.map((c) => c.name()))}\n`);
      return EXIT.usage;
    }
    throw err;
  }
  return exitCode;
}
