// The words of `--help` and of usage errors, in Vietnamese and English. The
// option descriptions are ours; commander's own headings and its error
// messages are English, so the headings are translated in the help text and
// each error is said again from its code.
import type { CommanderError } from 'commander';
import type { Lang } from '../render/types.js';
import { safeText } from '../text/terminal.js';

const T = {
  program: { vi: 'Đọc văn bản chỉ đạo và trích xuất nhiệm vụ, thời hạn, chỉ tiêu', en: 'Extract tasks, deadlines and targets from Vietnamese directives' },
  version: { vi: 'in số phiên bản', en: 'print the version number' },
  help: { vi: 'hiện hướng dẫn của lệnh', en: 'show help for the command' },
  helpCommand: { vi: 'hiện hướng dẫn của một lệnh', en: 'show help for a command' },
  paths: { vi: 'tệp hoặc thư mục ("-": đầu vào chuẩn)', en: 'files or folders ("-": standard input)' },
  lang: { vi: 'ngôn ngữ thông báo (vi|en)', en: 'message language (vi|en)' },
  parse: { vi: 'trích xuất một hoặc nhiều văn bản (.txt, .md, .docx, .pdf, thư mục)', en: 'extract one or more documents (.txt, .md, .docx, .pdf, folders)' },
  'parse.format': { vi: 'định dạng kết quả', en: 'output format' },
  output: { vi: 'ghi ra tệp (ghi nguyên vẹn hoặc không ghi; "-": đầu ra chuẩn)', en: 'write to a file (whole or not at all; "-": standard output)' },
  today: { vi: 'ngày tham chiếu YYYY-MM-DD (quá hạn / sắp đến hạn)', en: 'reference day YYYY-MM-DD (overdue / due soon)' },
  todo: { vi: 'ics: VTODO thay cho VEVENT', en: 'ics: VTODO instead of VEVENT' },
  remind: { vi: 'ics: nhắc trước, ví dụ 3d,1d hoặc none', en: 'ics: reminders before, e.g. 3d,1d or none' },
  unit: { vi: 'chỉ giữ thời hạn của đơn vị này', en: 'keep only the deadlines of this unit' },
  from: { vi: 'chỉ giữ thời hạn từ ngày YYYY-MM-DD', en: 'keep only deadlines from YYYY-MM-DD' },
  to: { vi: 'chỉ giữ thời hạn đến ngày YYYY-MM-DD', en: 'keep only deadlines up to YYYY-MM-DD' },
  until: { vi: 'ics: ngày kết thúc của thời hạn định kỳ', en: 'ics: end of recurring deadlines' },
  previous: { vi: 'ics: lịch đã xuất lần trước, để giữ SEQUENCE và hủy các thời hạn đã bỏ', en: 'ics: the calendar exported last time, to keep SEQUENCE and cancel dropped deadlines' },
  daily: { vi: 'ics: đưa cả thời hạn hằng ngày vào lịch', en: 'ics: put daily deadlines on the calendar too' },
  jobs: { vi: 'số luồng xử lý song song cho một thư mục (mặc định: số lõi)', en: 'parallel workers for a batch (default: the available cores)' },
  maxSeconds: { vi: 'giới hạn thời gian cho mỗi văn bản (giây)', en: 'time limit per document (seconds)' },
  quiet: { vi: 'không in tiến độ và dòng tổng kết', en: 'no progress line and no summary' },
  schema: { vi: 'in JSON Schema của kết quả', en: 'print the JSON Schema of the output' },
  check: { vi: 'so sánh kết quả với tệp NAME.expected.json bên cạnh', en: 'compare with NAME.expected.json next to each document' },
  update: { vi: 'ghi lại các tệp expected', en: 'rewrite the expected files' },
  force: { vi: 'cho phép --update khi CI=true', en: 'allow --update when CI=true' },
  'check.strict': { vi: 'không so sánh được gì (không có tệp expected nào) cũng là thất bại', en: 'fail when nothing was compared (no expected file at all)' },
  'check.format': { vi: 'định dạng báo cáo', en: 'report format' },
  'check.output': { vi: 'ghi báo cáo ra tệp', en: 'write the report to a file' },
  lint: { vi: 'kiểm tra dự thảo văn bản', en: 'lint directive drafts' },
  config: { vi: 'tệp cấu hình cchc.config.json', en: 'configuration file cchc.config.json' },
  'lint.strict': { vi: 'cảnh báo cũng làm thất bại', en: 'warnings fail too' },
  'lint.format': { vi: 'định dạng báo cáo', en: 'report format' },
  'lint.today': { vi: 'ngày tham chiếu YYYY-MM-DD', en: 'reference day YYYY-MM-DD' },
} as const;

export type HelpKey = keyof typeof T;

export function helpText(key: HelpKey, lang: Lang): string {
  return T[key][lang];
}

/** The language asked for on the command line, before commander has read it. */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'vi';
}

const HEADINGS: Array<[RegExp, string]> = [
  [/^Usage:/gm, 'Cách dùng:'],
  [/^Options:/gm, 'Tùy chọn:'],
  [/^Commands:/gm, 'Lệnh:'],
  [/^Arguments:/gm, 'Tham số:'],
  [/\(choices: /g, '(chọn: '],
  [/, default: /g, ', mặc định: '],
  [/\(default: /g, '(mặc định: '],
  [/ \[options\]/g, ' [tùy chọn]'],
  [/ \[command\]/g, ' [lệnh]'],
];

/** Commander's English headings in the help text, in Vietnamese when that is the language. */
export function localizeHelp(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return HEADINGS.reduce((s, [re, to]) => s.replace(re, to), text);
}

const USAGE = {
  'commander.unknownOption': { vi: 'Không có tùy chọn {0}{hint}; xem cchc --help.', en: 'Unknown option {0}{hint}; see cchc --help.' },
  'commander.unknownCommand': { vi: 'Không có lệnh {0}{hint}; các lệnh: {commands}.', en: 'Unknown command {0}{hint}; the commands are {commands}.' },
  'commander.missingArgument': { vi: 'Thiếu tệp hoặc thư mục cần đọc.', en: 'Missing the files or folders to read.' },
  'commander.optionMissingArgument': { vi: 'Tùy chọn {0} cần một giá trị.', en: 'Option {0} needs a value.' },
  'commander.invalidArgument': { vi: 'Giá trị {1} không hợp lệ cho {0}; chọn một trong: {2}.', en: 'Invalid value {1} for {0}; choose one of: {2}.' },
  'commander.excessArguments': { vi: 'Thừa tham số: lệnh này không nhận tệp nào.', en: 'Too many arguments: this command takes no files.' },
  other: { vi: 'Lệnh không hợp lệ: {0}.', en: 'Invalid command line: {0}.' },
} as const;

/**
 * One sentence for a commander usage error, in the asked language; quoted user text is
 * shown, never obeyed. `commands` are the program's command names, listed for an unknown one.
 */
export function usageSentence(err: CommanderError, lang: Lang, commands: readonly string[]): string {
  const quoted = [...err.message.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  const choices = err.message.match(/Allowed choices are (.+)\.$/)?.[1] ?? '';
  const suggestion = err.message.match(/\(Did you mean (.+?)\?\)/)?.[1];
  const hint = suggestion ? (lang === 'vi' ? ` (có phải ${suggestion}?)` : ` (did you mean ${suggestion}?)`) : '';
  const option = (quoted[0] ?? '').replace(/ <.*>$/, '');
  const entry = USAGE[err.code as keyof typeof USAGE] ?? USAGE.other;
  const vars: Record<string, string> = {
    '0': err.code in USAGE ? option : err.message.replace(/^error: /, ''),
    '1': quoted[1] ?? '',
    '2': choices,
    hint,
    commands: commands.join(', '),
  };
  return safeText(entry[lang].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? ''));
}
