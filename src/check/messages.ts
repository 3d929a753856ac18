// Every sentence `cchc check` says, in Vietnamese and English, and the one
// function that turns a Difference into a line of text.
import type { Lang } from '../render/types.js';
import { safeText } from '../text/terminal.js';
import type { Json } from './expected.js';
import type { Difference } from './diff.js';

const TEXT = {
  changed: { vi: '{path}: mong đợi {expected}, thực tế {actual}', en: '{path}: expected {expected}, got {actual}' },
  missing: { vi: '{path}: thiếu (mong đợi {expected})', en: '{path}: missing (expected {expected})' },
  unexpected: { vi: '{path}: thừa {actual}', en: '{path}: unexpected {actual}' },
  'task-missing': { vi: '{task}: thiếu nhiệm vụ {expected}', en: '{task}: missing task {expected}' },
  'task-unexpected': { vi: '{task}: thừa nhiệm vụ {actual}', en: '{task}: unexpected task {actual}' },
  pass: { vi: 'đạt', en: 'pass' },
  fail: { vi: 'khác {count} chỗ', en: '{count} difference(s)' },
  orphan: {
    vi: 'không có văn bản nào dùng tệp này (văn bản đã đổi tên hoặc bị xóa?)',
    en: 'no document uses this file (was the document renamed or deleted?)',
  },
  more: { vi: '… và {count} chỗ khác (xem tất cả với --format json)', en: '… and {count} more (see all with --format json)' },
  skipped: { vi: 'bỏ qua: chưa có {expected}', en: 'skipped: no {expected}' },
  'skipped-many': {
    vi: '{count} tài liệu bỏ qua vì chưa có tệp .expected.json (--format json liệt kê từng tệp)',
    en: '{count} documents skipped: no .expected.json (--format json lists them)',
  },
  error: { vi: 'lỗi', en: 'error' },
  updated: { vi: 'đã ghi {expected}', en: 'wrote {expected}' },
  unchanged: { vi: '{expected} không đổi', en: '{expected} unchanged' },
  summary: {
    vi: '{passed} đạt, {failed} khác, {skipped} bỏ qua, {errors} lỗi',
    en: '{passed} passed, {failed} failed, {skipped} skipped, {errors} errors',
  },
  'summary-updated': { vi: '{updated} tệp expected được ghi', en: '{updated} expected file(s) written' },
  'bad-expected': {
    vi: 'Tệp {path} không phải JSON hợp lệ (lỗi ở dòng {line}, cột {column}); hãy sửa hoặc ghi lại bằng --update.',
    en: '{path} is not valid JSON (error at line {line}, column {column}); fix it or rewrite it with --update.',
  },
  'update-in-ci': {
    vi: 'Không ghi lại tệp expected khi CI=true (kết quả mong đợi không được tự thay đổi trong CI); thêm --force nếu thật sự muốn.',
    en: 'Refusing to rewrite expected files when CI=true (a CI run must not change its own answers); add --force if you mean it.',
  },
  'no-expected-strict': {
    vi: 'Không có tệp văn bản nào có tệp NAME.expected.json bên cạnh, nên không so sánh được gì (lỗi khi có --strict hoặc CI=true); chạy với --update để tạo.',
    en: 'No document has a NAME.expected.json next to it, so nothing was compared (a failure with --strict or CI=true); run with --update to create them.',
  },
  'no-expected': {
    vi: 'Không có tệp văn bản nào có tệp NAME.expected.json bên cạnh; chạy với --update để tạo.',
    en: 'No document has a NAME.expected.json next to it; run with --update to create them.',
  },
} as const;

export type CheckMessage = keyof typeof TEXT;

export function checkMessage(key: CheckMessage, lang: Lang, vars: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => safeText(String(vars[k] ?? '')));
}

/** "2.3 deadlines[0].date: expected 2023-12-10, got 2023-12-01" */
export function formatDifference(d: Difference, lang: Lang): string {
  const path = [d.task, d.path].filter((s) => s !== null && s !== '').join(' ');
  if (d.task !== null && d.path === '') {
    const key = d.kind === 'missing' ? 'task-missing' : 'task-unexpected';
    return checkMessage(key, lang, { task: d.task, expected: quote(d.expected), actual: quote(d.actual) });
  }
  let expected = d.kind === 'missing' ? formatElement(d.expected) : formatValue(d.expected);
  let actual = d.kind === 'unexpected' ? formatElement(d.actual) : formatValue(d.actual);
  if (d.kind === 'changed' && typeof d.expected === 'string' && typeof d.actual === 'string') {
    [expected, actual] = windowed(d.expected, d.actual);
  }
  return checkMessage(d.kind, lang, { path, expected, actual });
}

const MAX = 80;

/** Scalars as they read (dates unquoted); strings quoted only when they could be misread. */
export function formatValue(v: Json | undefined): string {
  if (v === undefined) return '—';
  if (typeof v === 'string') {
    const plain = v !== '' && v.trim() === v && !/^(null|true|false|-?\d+(\.\d+)?)$/.test(v) && !/[",\n]/.test(v);
    return plain && v.length <= MAX ? v : quote(v);
  }
  return clip(JSON.stringify(v));
}

/** A whole missing or extra element is shown by the words it stands for, when it has them. */
const LABEL_FIELDS = ['text', 'message', 'name', 'number', 'title'];

function formatElement(v: Json | undefined): string {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    if (typeof v.code === 'string' && typeof v.message === 'string') return `${v.code} ${quote(v.message)}`;
    for (const k of LABEL_FIELDS) {
      const x = v[k];
      if (typeof x === 'string' && x !== '') return quote(x);
    }
  }
  return formatValue(v);
}

function quote(v: Json | undefined): string {
  return typeof v === 'string' ? clip(JSON.stringify(v)) : formatValue(v);
}

function clip(s: string): string {
  return s.length <= MAX ? s : `${s.slice(0, MAX - 1)}…`;
}

/** Two long strings: show both around their first difference. */
function windowed(e: string, a: string): [string, string] {
  if (e.length <= MAX && a.length <= MAX) return [formatValue(e), formatValue(a)];
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  const start = Math.max(0, i - 30);
  const cut = (s: string) => `${start > 0 ? '…' : ''}${s.slice(start, start + 60)}${start + 60 < s.length ? '…' : ''}`;
  return [JSON.stringify(cut(e)), JSON.stringify(cut(a))];
}
