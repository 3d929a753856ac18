// Diagnostic codes the pipeline emits, with their severity and message in one
// table (vfile-message's idea). `{x}` placeholders are filled from `vars`.
import type { Diagnostic, Position, Severity } from './schema.js';
import type { Lang } from '../render/types.js';

interface Entry {
  severity: Severity;
  vi: string;
  en: string;
}

export const DIAGNOSTICS = {
  'deadline/year-inferred': {
    severity: 'info',
    vi: 'Thời hạn "{text}" không ghi năm; hiểu là năm {year} theo thời điểm ban hành văn bản.',
    en: 'Deadline "{text}" has no year; read as {year} from when the document was issued.',
  },
  'deadline/before-issue': {
    severity: 'warning',
    vi: 'Thời hạn "{text}" rơi trước ngày ban hành văn bản ({issue}).',
    en: 'Deadline "{text}" falls before the issue date ({issue}).',
  },
  'date/impossible': {
    severity: 'error',
    vi: 'Ngày "{text}" không tồn tại.',
    en: 'Date "{text}" does not exist.',
  },
  'date/weekday-mismatch': {
    severity: 'warning',
    vi: 'Thứ trong "{text}" không khớp với ngày ({detail}).',
    en: 'The weekday in "{text}" does not match its date ({detail}).',
  },
  'time/unresolved': {
    severity: 'warning',
    vi: 'Nhận ra cách ghi thời gian "{text}" nhưng không xác định được ngày.',
    en: 'Recognised "{text}" as a time expression but could not resolve it.',
  },
  'task/no-deadline': {
    severity: 'info',
    vi: 'Nhiệm vụ {task} không có thời hạn.',
    en: 'Task {task} has no deadline.',
  },
  'task/no-unit': {
    severity: 'warning',
    vi: 'Nhiệm vụ {task} không xác định được đơn vị chủ trì.',
    en: 'Task {task} has no lead unit.',
  },
  'structure/none': {
    severity: 'warning',
    vi: 'Không nhận ra cấu trúc văn bản chỉ đạo (không có nhiệm vụ nào).',
    en: 'No directive structure found (no tasks).',
  },
} as const satisfies Record<string, Entry>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

export function diagnostic(
  code: DiagnosticCode,
  position: Position | null,
  lang: Lang,
  vars: Record<string, string | number> = {},
): Diagnostic {
  const entry: Entry = DIAGNOSTICS[code];
  const message = entry[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  return { severity: entry.severity, code, message, position };
}
