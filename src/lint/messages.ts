// One-line messages of every lint code, Vietnamese and English. Codes the
// pipeline already emits take their sentence from the diagnostics table.
import { DIAGNOSTICS } from '../model/diagnostics.js';
import type { Lang } from '../render/types.js';
import { safeText } from '../text/terminal.js';

type Entry = { vi: string; en: string };

const LINT_ONLY = {
  'task/completion-no-deadline': {
    vi: 'Nhiệm vụ {task} yêu cầu "hoàn thành" nhưng không ghi thời hạn.',
    en: 'Task {task} says "hoàn thành" (complete) but gives no deadline.',
  },
  'deadline/past': {
    vi: 'Thời hạn "{text}" ({due}) đã qua so với ngày {today}.',
    en: 'Deadline "{text}" ({due}) is already past on {today}.',
  },
  'document/number-blank': {
    vi: 'Số văn bản còn để trống ("{text}"), văn bản đang là dự thảo.',
    en: 'The document number is blank ("{text}"): this is a draft.',
  },
  'document/date-blank': {
    vi: 'Ngày ban hành còn để trống ("{text}").',
    en: 'The issue date is blank ("{text}").',
  },
  'unit/spelling': {
    vi: 'Đơn vị "{name}" được viết khác với "{other}" ở dòng {line}; nên thống nhất một cách viết.',
    en: 'Unit "{name}" is spelled differently from "{other}" on line {line}; use one spelling.',
  },
  'unit/unknown': {
    vi: 'Đơn vị "{name}" không có trong danh sách đơn vị của tệp cấu hình.',
    en: 'Unit "{name}" is not in the configured list of known units.',
  },
  'target/over-100': {
    vi: 'Chỉ tiêu "{text}" vượt quá 100%.',
    en: 'Target "{text}" is over 100%.',
  },
  'reference/malformed-number': {
    vi: 'Số, ký hiệu văn bản được dẫn "{number}" không đúng dạng: {detail}.',
    en: 'Cited document number "{number}" is malformed: {detail}.',
  },
  'deadline/unit-not-recipient': {
    vi: 'Thời hạn "{text}" giao cho {unit} nhưng đơn vị này không có trong phần "Kính gửi".',
    en: 'Deadline "{text}" is set for {unit}, which is not among the recipients (Kính gửi).',
  },
} as const satisfies Record<string, Entry>;

/** Reasons a cited number is malformed (detail of reference/malformed-number). */
export const NUMBER_PROBLEMS = {
  spaces: { vi: 'có khoảng trắng', en: 'it contains spaces' },
  dash: { vi: 'dùng gạch dài thay cho dấu "-"', en: 'it uses a long dash instead of "-"' },
  'no-number': { vi: 'thiếu số', en: 'the number is missing' },
  shape: { vi: 'không theo dạng Số/KÝ HIỆU (ví dụ 3057/QĐ-UBND)', en: 'not of the form Number/SYMBOL (e.g. 3057/QĐ-UBND)' },
  year: { vi: 'năm {numberYear} trong số hiệu khác năm ban hành {dateYear}', en: 'the year {numberYear} in the number differs from its date ({dateYear})' },
} as const satisfies Record<string, Entry>;

const TABLE: Record<string, Entry> = { ...DIAGNOSTICS, ...LINT_ONLY };

export function lintMessage(code: string, lang: Lang, vars: Record<string, string | number> = {}): string {
  const entry = TABLE[code];
  if (!entry) return code;
  return fill(entry[lang], vars);
}

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => safeText(String(vars[k] ?? '')));
}

const SEVERITY = {
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  info: { vi: 'lưu ý', en: 'info' },
} as const;

export function severityLabel(s: keyof typeof SEVERITY, lang: Lang): string {
  return SEVERITY[s][lang];
}

export const LINT_TEXT = {
  clean: { vi: 'Không có vấn đề nào.', en: 'No problems found.' },
  unreadable: { vi: '{count} tệp không đọc được (xem thông báo ở trên).', en: '{count} file(s) could not be read (see above).' },
  summary: {
    vi: '{errors} lỗi, {warnings} cảnh báo, {infos} lưu ý trong {files} tệp.',
    en: '{errors} error(s), {warnings} warning(s), {infos} info in {files} file(s).',
  },
  'config-invalid': {
    vi: 'Tệp cấu hình {path} không hợp lệ: {detail}.',
    en: 'Invalid configuration file {path}: {detail}.',
  },
  'config-not-found': { vi: 'Không tìm thấy tệp cấu hình {path}.', en: 'Configuration file not found: {path}.' },
  'unknown-rule': { vi: 'không có quy tắc "{code}"', en: 'there is no rule "{code}"' },
} as const satisfies Record<string, Entry>;

export function lintText(key: keyof typeof LINT_TEXT, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(LINT_TEXT[key][lang], vars);
}
