// Commander wiring only: each command lives in commands/<name>.ts, is imported
// lazily, takes its options and an injected Io, and returns an exit code.
import { Command, CommanderError, Option } from 'commander';
import { EXIT, processIo, type Io } from './io.js';

const LANG = new Option('--lang <lang>', 'ngôn ngữ thông báo / message language (vi|en)').choices(['vi', 'en']).default('vi');

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('cchc')
    .description('Đọc văn bản chỉ đạo và trích xuất nhiệm vụ, thời hạn, chỉ tiêu / Extract tasks, deadlines and targets from Vietnamese directives')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError(false);

  program
    .command('parse')
    .description('trích xuất một hoặc nhiều văn bản (.txt, .md, .docx, .pdf, thư mục)')
    .argument('<paths...>', 'tệp hoặc thư mục')
    .addOption(new Option('-f, --format <format>', 'json | table | ics | csv').choices(['json', 'table', 'ics', 'csv']))
    .option('-o, --output <file>', 'ghi ra tệp (ghi nguyên vẹn hoặc không ghi)')
    .addOption(LANG)
    .option('--today <date>', 'ngày tham chiếu YYYY-MM-DD (quá hạn / sắp đến hạn)')
    .option('--todo', 'ics: VTODO thay cho VEVENT')
    .option('--remind <list>', 'ics: nhắc trước, ví dụ 3d,1d hoặc none', '3d,1d')
    .option('--unit <name>', 'chỉ giữ thời hạn của đơn vị này')
    .option('--from <date>', 'chỉ giữ thời hạn từ ngày YYYY-MM-DD')
    .option('--to <date>', 'chỉ giữ thời hạn đến ngày YYYY-MM-DD')
    .option('--until <date>', 'ics: ngày kết thúc của thời hạn định kỳ')
    .action(async (paths: string[], opts) => {
      const { runParse } = await import('./commands/parse.js');
      exitCode = await runParse(paths, opts, io);
    });

  program
    .command('schema')
    .description('in JSON Schema của kết quả / print the JSON Schema of the output')
    .action(async () => {
      const { runSchema } = await import('./commands/schema.js');
      exitCode = await runSchema(io);
    });

  program
    .command('check')
    .description('so sánh kết quả với tệp NAME.expected.json bên cạnh / compare with expected results')
    .argument('<paths...>', 'tệp hoặc thư mục')
    .option('--update', 'ghi lại các tệp expected')
    .option('--force', 'cho phép --update khi CI=true')
    .option('--strict', 'không so sánh được gì (không có tệp expected nào) cũng là thất bại')
    .addOption(new Option('-f, --format <format>', 'human | json | junit').choices(['human', 'json', 'junit']).default('human'))
    .option('-o, --output <file>', 'ghi ra tệp')
    .addOption(LANG)
    .action(async (paths: string[], opts) => {
      const { runCheck } = await import('./commands/check.js');
      exitCode = await runCheck(paths, opts, io);
    });

  program
    .command('lint')
    .description('kiểm tra dự thảo văn bản / lint directive drafts')
    .argument('<paths...>', 'tệp hoặc thư mục')
    .option('--config <file>', 'tệp cấu hình cchc.config.json')
    .option('--strict', 'cảnh báo cũng làm thất bại')
    .addOption(new Option('-f, --format <format>', 'human | json').choices(['human', 'json']).default('human'))
    .option('--today <date>', 'ngày tham chiếu YYYY-MM-DD')
    .addOption(LANG)
    .action(async (paths: string[], opts) => {
      const { runLint } = await import('./commands/lint.js');
      exitCode = await runLint(paths, opts, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    throw err;
  }
  return exitCode;
}
