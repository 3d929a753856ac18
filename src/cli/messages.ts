// Every sentence the CLI says about unusable input, in Vietnamese and English.
import type { InputErrorCode } from '../source/types.js';
import type { Lang } from '../render/types.js';
import { safeText } from '../text/terminal.js';

type Table = Record<InputErrorCode, { vi: string; en: string }>;

const INPUT_ERRORS: Table = {
  'not-found': { vi: 'Không tìm thấy tệp {path}.', en: 'File not found: {path}.' },
  'is-directory': {
    vi: '{path} là một thư mục; hãy chỉ định một tệp văn bản.',
    en: '{path} is a directory; give a document file.',
  },
  'not-a-file': {
    vi: '{path} không phải là một tệp thông thường (ống dẫn, thiết bị hay socket); hãy chỉ định một tệp văn bản, hoặc dùng - để đọc từ đầu vào chuẩn.',
    en: '{path} is not a regular file (a pipe, a device or a socket); give a document file, or - to read standard input.',
  },
  empty: { vi: 'Tệp {path} rỗng, không có nội dung để đọc.', en: 'File {path} is empty: there is nothing to read.' },
  unreadable: { vi: 'Không đọc được tệp {path} (kiểm tra quyền truy cập).', en: 'Cannot read {path} (check its permissions).' },
  'unsupported-format': {
    vi: 'Không hỗ trợ định dạng của tệp {path}; hãy dùng .txt, .md, .docx hoặc .pdf.',
    en: 'Unsupported format for {path}; use .txt, .md, .docx or .pdf.',
  },
  'not-docx': {
    vi: 'Tệp {path} không phải là tài liệu Word (.docx) hợp lệ.',
    en: '{path} is not a Word document (.docx).',
  },
  'damaged-docx': {
    vi: 'Tệp Word {path} bị hỏng hoặc không đầy đủ; hãy mở và lưu lại bằng Word, hoặc xin bản khác.',
    en: 'The Word file {path} is damaged or incomplete; re-save it in Word or get another copy.',
  },
  'legacy-doc': {
    vi: 'Tệp {path} ở định dạng Word 97-2003 (.doc) cũ; hãy mở bằng Word và lưu lại dưới dạng .docx (hoặc chuyển đổi bằng LibreOffice).',
    en: '{path} is an old Word 97-2003 (.doc) file; open it in Word and save it as .docx (or convert it with LibreOffice).',
  },
  'too-large': {
    vi: 'Tệp {path} quá lớn (hoặc giải nén ra quá lớn) để xử lý an toàn; không đọc tiếp.',
    en: '{path} is too large (or inflates to too much) to process safely; not reading it.',
  },
  'pdf-encrypted': {
    vi: 'Tệp PDF {path} được bảo vệ bằng mật khẩu; hãy cung cấp bản không đặt mật khẩu.',
    en: 'The PDF {path} is encrypted; give the password or an unprotected copy.',
  },
  'pdf-no-text': {
    vi: 'Tệp PDF {path} không có lớp văn bản (bản quét); hãy nhận dạng chữ trước, ví dụ: ocrmypdf -l vie vao.pdf ra.pdf.',
    en: 'The PDF {path} has no text layer (a scan); run OCR first, e.g. ocrmypdf -l vie in.pdf out.pdf.',
  },
  'damaged-pdf': {
    vi: 'Tệp PDF {path} bị hỏng, không đọc được.',
    en: 'The PDF {path} is damaged and cannot be read.',
  },
  'docx-encrypted': {
    vi: 'Tệp Word {path} được bảo vệ bằng mật khẩu; hãy mở bằng Word, bỏ mật khẩu và lưu lại, hoặc xin bản không đặt mật khẩu.',
    en: 'The Word file {path} is password-protected; open it in Word, remove the password and save it, or get an unprotected copy.',
  },
  'unknown-encoding': {
    vi: 'Không nhận ra bảng mã của tệp {path}; hãy lưu lại dưới dạng UTF-8.',
    en: 'Cannot tell the text encoding of {path}; save it as UTF-8.',
  },
};

/** A file name is the user's, and may hold escape sequences: it is shown, never obeyed. */
export function inputErrorMessage(code: InputErrorCode, path: string, lang: Lang): string {
  return INPUT_ERRORS[code][lang].replace('{path}', () => safeText(path));
}

const GENERAL = {
  internal: {
    vi: 'Lỗi nội bộ của cchc khi xử lý {path}: {detail}. Xin báo lỗi kèm tệp này.',
    en: 'Internal cchc error while processing {path}: {detail}. Please report it with this file.',
  },
  'invalid-output': {
    vi: 'Lỗi nội bộ của cchc: kết quả của {path} không hợp lệ ở trường {detail}. Xin báo lỗi kèm tệp này.',
    en: 'Internal cchc error: the result for {path} is invalid at {detail}. Please report it with this file.',
  },
  timeout: {
    vi: 'Bỏ qua {path}: xử lý quá {detail} giây (--max-seconds).',
    en: 'Skipped {path}: it took more than {detail} seconds (--max-seconds).',
  },
  'out-of-memory': {
    vi: 'Bỏ qua {path}: cần quá nhiều bộ nhớ ({detail}).',
    en: 'Skipped {path}: it needs too much memory ({detail}).',
  },
  'worker-failed': {
    vi: 'Lỗi nội bộ của cchc khi xử lý {path}: luồng xử lý dừng ({detail}). Xin báo lỗi kèm tệp này.',
    en: 'Internal cchc error while processing {path}: the worker stopped ({detail}). Please report it with this file.',
  },
  'skipped-files': {
    vi: 'Bỏ qua {path} tệp không đọc được ({detail}); hãy chuyển sang .docx, .pdf hoặc .txt.',
    en: 'Skipped {path} files cchc cannot read ({detail}); convert them to .docx, .pdf or .txt.',
  },
  'no-input': { vi: 'Chưa chỉ định tệp nào để đọc.', en: 'No input file given.' },
  'bad-option': { vi: 'Tùy chọn không hợp lệ: {detail}.', en: 'Invalid option: {detail}.' },
  'bad-epoch': {
    vi: 'SOURCE_DATE_EPOCH={detail} không phải là một mốc thời gian hợp lệ: cần số giây từ 1970-01-01 (số nguyên từ 0 đến 253402300799, tức trước năm 10000).',
    en: 'SOURCE_DATE_EPOCH={detail} is not a valid timestamp: it must be seconds since 1970-01-01 (a whole number from 0 to 253402300799, before the year 10000).',
  },
  'previous-unreadable': {
    vi: 'Không đọc được lịch cũ {path} (--previous): {detail}.',
    en: 'Cannot read the previous calendar {path} (--previous): {detail}.',
  },
  'previous-not-ics': {
    vi: 'Tệp {path} (--previous) không phải là lịch iCalendar (.ics) do cchc xuất ra trước đó.',
    en: '{path} (--previous) is not an iCalendar (.ics) file exported before.',
  },
  'write-failed': { vi: 'Không ghi được tệp {path}: {detail}.', en: 'Cannot write {path}: {detail}.' },
  'output-is-input': {
    vi: 'Không ghi ra {path}: đó là một tệp đầu vào của lệnh này; hãy chọn tệp kết quả khác.',
    en: 'Not writing to {path}: it is one of this command\'s inputs; choose another output file.',
  },
  'output-is-directory': {
    vi: 'Không ghi ra {path}: đó là một thư mục; hãy đặt tên tệp kết quả.',
    en: 'Not writing to {path}: it is a directory; give an output file name.',
  },
  'output-not-regular': {
    vi: 'Không ghi ra {path}: đó không phải là tệp thông thường.',
    en: 'Not writing to {path}: it is not a regular file.',
  },
  'output-read-only': {
    vi: 'Không ghi đè {path}: tệp đang được đặt chỉ đọc.',
    en: 'Not overwriting {path}: the file is read-only.',
  },
  'folder-unreadable': {
    vi: 'Không đọc được thư mục {path} ({detail}); các tệp khác vẫn được xử lý.',
    en: 'Cannot read the folder {path} ({detail}); the other files are still processed.',
  },
  'stdin-not-for-check': {
    vi: 'cchc check cần tệp văn bản thật (kết quả mong đợi nằm cạnh tệp); không đọc từ "-".',
    en: 'cchc check needs real document files (the expected result sits next to each); it does not read "-".',
  },
  'no-match': {
    vi: 'Không có thời hạn nào khớp với {detail}.',
    en: 'No deadline matches {detail}.',
  },
  'no-documents': {
    vi: 'Không có tệp văn bản (.txt, .md, .docx, .pdf) nào trong {path}.',
    en: 'No document files (.txt, .md, .docx, .pdf) under {path}.',
  },
} as const;

export type GeneralMessage = keyof typeof GENERAL;

export function message(key: GeneralMessage, lang: Lang, vars: { path?: string; detail?: string } = {}): string {
  const path = safeText(vars.path ?? '');
  const detail = safeText(errnoWords(vars.detail ?? '', lang));
  return GENERAL[key][lang].replace('{path}', () => path).replace('{detail}', () => detail);
}

/** System error codes a clerk may meet, in words; anything else stays as the code. */
const ERRNO: Record<string, { vi: string; en: string }> = {
  ENOENT: { vi: 'thư mục chứa nó không tồn tại', en: 'its folder does not exist' },
  EACCES: { vi: 'không có quyền truy cập', en: 'permission denied' },
  EPERM: { vi: 'không được phép', en: 'operation not permitted' },
  EROFS: { vi: 'ổ đĩa chỉ đọc', en: 'the file system is read-only' },
  ENOSPC: { vi: 'ổ đĩa đã đầy', en: 'the disk is full' },
  EDQUOT: { vi: 'đã hết hạn mức dung lượng', en: 'the disk quota is used up' },
  EISDIR: { vi: 'đó là một thư mục', en: 'it is a directory' },
  ENOTDIR: { vi: 'một phần của đường dẫn không phải là thư mục', en: 'part of the path is not a directory' },
  ELOOP: { vi: 'liên kết tượng trưng vòng lặp', en: 'a loop of symbolic links' },
  EXDEV: { vi: 'không đổi tên được sang ổ đĩa khác', en: 'cannot rename across file systems' },
  ENAMETOOLONG: { vi: 'tên tệp quá dài', en: 'the file name is too long' },
};

function errnoWords(detail: string, lang: Lang): string {
  return ERRNO[detail]?.[lang] ?? detail;
}

export interface BatchFigures {
  done: number;
  total: number;
  failed: number;
  deadlines: number;
  bytes: number;
  seconds: number;
}

const num = (x: number, lang: Lang, digits = 0) => x.toFixed(digits).replace('.', lang === 'vi' ? ',' : '.');

/** The last line of a batch: "13946 văn bản, 0 lỗi, 41234 thời hạn, 52,3 giây". */
export function batchSummary(f: BatchFigures, lang: Lang): string {
  return lang === 'en'
    ? `${f.done} documents, ${f.failed} failed, ${f.deadlines} deadlines, ${num(f.seconds, lang, 1)} s`
    : `${f.done} văn bản, ${f.failed} lỗi, ${f.deadlines} thời hạn, ${num(f.seconds, lang, 1)} giây`;
}

/** The progress line on a terminal: done/total, MB, documents/s, ETA, failures so far. */
export function batchProgress(f: BatchFigures, lang: Lang): string {
  const rate = f.seconds > 0 ? f.done / f.seconds : 0;
  const eta = rate > 0 ? Math.ceil((f.total - f.done) / rate) : null;
  const mb = num(f.bytes / 1e6, lang, 1);
  return lang === 'en'
    ? `${f.done}/${f.total} documents · ${mb} MB · ${num(rate, lang)} docs/s · ETA ${eta ?? '?'} s · ${f.failed} failed`
    : `${f.done}/${f.total} văn bản · ${mb} MB · ${num(rate, lang)} vb/giây · còn ${eta ?? '?'} giây · ${f.failed} lỗi`;
}
