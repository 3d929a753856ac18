// Every word the register commands say, in Vietnamese and English.
import type { Lang } from '../render/types.js';
import { safeText } from '../text/terminal.js';
import type { RegisterErrorCode } from './store.js';
import type { State } from './occurrences.js';

type Entry = { vi: string; en: string };

const T = {
  // help
  'help.add': { vi: 'ghi văn bản vào sổ theo dõi (bản mới thay bản cũ, giữ lịch sử)', en: 'record documents in the register (a new version supersedes the old, history kept)' },
  'help.due': { vi: 'các thời hạn đến hạn trong tuần, tháng hoặc khoảng ngày, trên mọi văn bản đã ghi', en: 'deadlines due this week, month or in a range, across every registered document' },
  'help.done': { vi: 'đánh dấu một lần thực hiện đã hoàn thành (ID do cchc due hiện)', en: 'mark an occurrence done (the ID cchc due shows)' },
  'help.reopen': { vi: 'bỏ đánh dấu hoàn thành', en: 'mark an occurrence not done again' },
  'help.report': { vi: 'báo cáo tiến độ tuần theo đơn vị', en: 'weekly progress report per unit' },
  'help.list': { vi: 'liệt kê các văn bản trong sổ', en: 'list the registered documents' },
  'help.show': { vi: 'chi tiết một văn bản: phiên bản, thời hạn, trạng thái', en: 'one document: versions, deadlines, states' },
  'help.remove': { vi: 'xóa một văn bản (mọi phiên bản) khỏi sổ', en: 'remove a document (every version) from the register' },
  'help.backup': { vi: 'sao lưu sổ ra một tệp mới (sao lưu trực tuyến của SQLite)', en: 'copy the register into a new file (SQLite online backup)' },
  'help.db': { vi: 'tệp sổ theo dõi (mặc định: CCHC_DB hoặc ./cchc.db)', en: 'register file (default: CCHC_DB or ./cchc.db)' },
  'help.week': { vi: 'tuần này (thứ Hai đến Chủ nhật)', en: 'this week (Monday to Sunday)' },
  'help.month': { vi: 'tháng này', en: 'this month' },
  'help.overdue': { vi: 'chỉ các lần đã quá hạn mà chưa hoàn thành', en: 'only occurrences past due and not done' },
  'help.on': { vi: 'ngày hoàn thành YYYY-MM-DD (mặc định: hôm nay)', en: 'completion day YYYY-MM-DD (default: today)' },
  'help.note': { vi: 'ghi chú', en: 'a note' },
  'help.id': { vi: 'ID của lần thực hiện', en: 'occurrence ID' },
  'help.doc': { vi: 'văn bản: ID, số hiệu hoặc tên tệp', en: 'document: ID, number or file name' },
  'help.file': { vi: 'tệp sao lưu (chưa tồn tại)', en: 'backup file (must not exist)' },
  'help.format': { vi: 'định dạng kết quả', en: 'output format' },
  // register errors
  'error.missing': { vi: 'Chưa có sổ theo dõi {path}; hãy ghi văn bản vào bằng cchc add TỆP.', en: 'There is no register {path}; record documents with cchc add FILE.' },
  'error.newer': { vi: 'Sổ theo dõi {path} do một phiên bản cchc mới hơn tạo (lược đồ {detail}); hãy cập nhật cchc, sổ không bị thay đổi.', en: 'The register {path} was made by a newer cchc (schema {detail}); update cchc. The register was not changed.' },
  'error.not-register': { vi: 'Tệp {path} không phải là sổ theo dõi của cchc; không ghi vào đó.', en: '{path} is not a cchc register; not writing to it.' },
  'error.busy': { vi: 'Sổ theo dõi {path} đang bị một tiến trình khác giữ quá lâu; hãy thử lại.', en: 'The register {path} is held by another process for too long; try again.' },
  'error.cannot-open': { vi: 'Không mở được sổ theo dõi {path} ({detail}).', en: 'Cannot open the register {path} ({detail}).' },
  // add
  'add.added': { vi: 'thêm mới', en: 'added' },
  'add.updated': { vi: 'cập nhật', en: 'updated' },
  'add.older': { vi: 'lưu bản cũ', en: 'older version kept' },
  'add.unchanged': { vi: 'không đổi', en: 'unchanged' },
  'add.failed': { vi: 'lỗi', en: 'failed' },
  'add.supersedes': { vi: 'thay bản {detail}', en: 'supersedes {detail}' },
  'add.cancelled': { vi: '{detail} thời hạn bị hủy', en: '{detail} deadline(s) cancelled' },
  'add.olderNote': { vi: 'cũ hơn bản hiện hành, lưu vào lịch sử', en: 'older than the current version, kept in its history' },
  'add.summary': { vi: 'Thêm mới {added}, cập nhật {updated}, không đổi {unchanged}, lỗi {failed}.', en: 'Added {added}, updated {updated}, unchanged {unchanged}, failed {failed}.' },
  // due / done
  'due.none': { vi: 'Không có thời hạn nào từ {from} đến {to}{unit}.', en: 'Nothing due from {from} to {to}{unit}.' },
  'due.undated': { vi: 'Chờ sự kiện (chưa có ngày):', en: 'Waiting on an event (no date yet):' },
  'due.when': { vi: 'khi', en: 'when' },
  'done.unknown': { vi: 'Không có lần thực hiện nào có ID {detail}; xem cchc due.', en: 'No occurrence has the ID {detail}; see cchc due.' },
  'done.ambiguous': { vi: 'ID {detail} khớp với nhiều lần thực hiện; hãy gõ thêm ký tự.', en: 'The ID {detail} matches several occurrences; type more of it.' },
  'done.ok': { vi: 'Đã đánh dấu hoàn thành {detail}.', en: 'Marked {detail} done.' },
  'reopen.ok': { vi: 'Đã bỏ đánh dấu hoàn thành {detail}.', en: 'Marked {detail} not done.' },
  'reopen.notDone': { vi: '{detail} chưa được đánh dấu hoàn thành.', en: '{detail} was not marked done.' },
  // documents
  'doc.unknown': { vi: 'Không có văn bản {detail} trong sổ; xem cchc list.', en: 'No document {detail} in the register; see cchc list.' },
  'doc.ambiguous': { vi: '{detail} khớp với nhiều văn bản; hãy dùng ID trong cchc list.', en: '{detail} matches several documents; use the ID cchc list shows.' },
  'doc.removed': { vi: 'Đã xóa {detail} khỏi sổ.', en: 'Removed {detail} from the register.' },
  'list.empty': { vi: 'Sổ theo dõi chưa có văn bản nào.', en: 'The register holds no document yet.' },
  'show.versions': { vi: 'Phiên bản', en: 'Versions' },
  'show.current': { vi: 'hiện hành', en: 'current' },
  'show.deadlines': { vi: 'Thời hạn', en: 'Deadlines' },
  'show.cancelled': { vi: 'Đã hủy (không còn trong bản hiện hành)', en: 'Cancelled (not in the current version)' },
  'backup.exists': { vi: 'Không ghi đè {path}: tệp đã tồn tại; hãy chọn tên khác.', en: 'Not overwriting {path}: it exists; choose another name.' },
  'backup.ok': { vi: 'Đã sao lưu sổ vào {path}.', en: 'Register copied to {path}.' },
  'backup.failed': { vi: 'Không sao lưu được vào {path} ({detail}).', en: 'Cannot back up to {path} ({detail}).' },
  // columns
  'col.id': { vi: 'ID', en: 'ID' },
  'col.day': { vi: 'Hạn', en: 'Due' },
  'col.state': { vi: 'Trạng thái', en: 'State' },
  'col.units': { vi: 'Đơn vị chủ trì', en: 'Lead units' },
  'col.task': { vi: 'Nhiệm vụ', en: 'Task' },
  'col.doc': { vi: 'Văn bản', en: 'Document' },
  'col.deadline': { vi: 'Thời hạn', en: 'Deadline' },
  'col.doneOn': { vi: 'Ngày hoàn thành', en: 'Done on' },
  'col.late': { vi: 'Số ngày trễ', en: 'Days late' },
  'col.trigger': { vi: 'Điều kiện', en: 'Trigger' },
  'col.versions': { vi: 'Phiên bản', en: 'Versions' },
  'col.count': { vi: 'Số thời hạn', en: 'Deadlines' },
  'col.subject': { vi: 'Trích yếu', en: 'Subject' },
  'col.date': { vi: 'Ngày', en: 'Date' },
  'col.section': { vi: 'Mục', en: 'Section' },
  'col.note': { vi: 'Ghi chú', en: 'Note' },
  'col.kind': { vi: 'Loại', en: 'Kind' },
  // report
  'report.title': { vi: 'Báo cáo tiến độ thực hiện nhiệm vụ', en: 'Task progress report' },
  'report.week': { vi: 'Tuần từ {from} đến {to}', en: 'Week of {from} to {to}' },
  'report.unit': { vi: 'Đơn vị', en: 'Unit' },
  'report.doneThisWeek': { vi: 'Đã hoàn thành trong tuần', en: 'Done this week' },
  'report.dueNextWeek': { vi: 'Đến hạn tuần sau', en: 'Due next week' },
  'report.overdue': { vi: 'Quá hạn chưa hoàn thành', en: 'Overdue, not done' },
  'report.timeline': { vi: 'Lịch thời hạn (tuần này và tuần sau)', en: 'Timeline (this week and next)' },
  'report.none': { vi: 'Không có.', en: 'None.' },
  'report.daysLate': { vi: '{detail} ngày', en: '{detail} days' },
  'report.noUnit': { vi: '(chưa rõ đơn vị)', en: '(no unit given)' },
  'report.made': { vi: 'Lập ngày {detail} bằng cchc.', en: 'Made on {detail} with cchc.' },
  'report.section': { vi: 'Mục', en: 'Section' },
  'report.legend': { vi: 'Chú giải', en: 'Legend' },
} as const satisfies Record<string, Entry>;

export type RegisterMessage = keyof typeof T;

const STATES: Record<State, Entry> = {
  open: { vi: 'đang thực hiện trong hạn', en: 'in progress, on time' },
  overdue: { vi: 'đang thực hiện quá hạn', en: 'in progress, overdue' },
  done: { vi: 'hoàn thành đúng hạn', en: 'done on time' },
  'done-late': { vi: 'hoàn thành quá hạn', en: 'done late' },
};

export function stateName(s: State, lang: Lang): string {
  return STATES[s][lang];
}

/** The sentence with its {names} filled; what comes from a document or the user is made safe to print. */
export function say(key: RegisterMessage, lang: Lang, vars: Record<string, string | number> = {}): string {
  return T[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => safeText(String(vars[k] ?? '')));
}

export function registerErrorMessage(code: RegisterErrorCode, path: string, detail: string, lang: Lang): string {
  return say(`error.${code}`, lang, { path, detail });
}
