// Every word the calendar shows, in Vietnamese and English.
import type { Lang } from '../types.js';

export interface IcsLabels {
  due: string;
  watch: string;
  watchIntro: string;
  deadline: string;
  dueOn: string;
  lead: string;
  partners: string;
  section: string;
  document: string;
  dated: string;
  year: string;
  trigger: string;
  calendar: string;
  documents: string;
  beforeTime: string;
  noOccurrence: string;
  noAnchor: string;
  daily: string;
  dayBefore: string;
  periodEnd: string;
  untilDay: string;
  severalDocuments: (n: number) => string;
}

const VI: IcsLabels = {
  due: 'Hạn',
  watch: 'Theo dõi',
  watchIntro: 'Các thời hạn chưa có ngày cụ thể (tính từ một sự kiện):',
  deadline: 'Thời hạn',
  dueOn: 'Hạn chót',
  lead: 'Chủ trì',
  partners: 'Phối hợp',
  section: 'Mục',
  document: 'Văn bản',
  dated: 'ngày',
  year: 'năm',
  trigger: 'Khi',
  calendar: 'Thời hạn',
  documents: 'văn bản',
  beforeTime: 'lúc',
  noOccurrence: 'không có lần nào trong khoảng thời gian đã chọn',
  noAnchor: 'không rõ ngày bắt đầu',
  daily: 'hằng ngày, không đưa vào lịch từng ngày; dùng --daily để đưa vào',
  dayBefore: 'Mỗi lần hạn là ngày trước ngày ghi ("trước ngày …")',
  periodEnd: 'Không ghi ngày: hạn là ngày cuối của mỗi kỳ (tháng, quý, năm)',
  untilDay: 'Lặp đến',
  severalDocuments: (n) => `cchc – ${n} văn bản`,
};

const EN: IcsLabels = {
  due: 'Due',
  watch: 'To watch',
  watchIntro: 'Deadlines without a date yet (counted from an event):',
  deadline: 'Deadline',
  dueOn: 'Due',
  lead: 'Lead',
  partners: 'Partners',
  section: 'Section',
  document: 'Document',
  dated: 'of',
  year: 'year',
  trigger: 'When',
  calendar: 'Deadlines',
  documents: 'documents',
  beforeTime: 'at',
  noOccurrence: 'no occurrence in the selected period',
  noAnchor: 'start date unknown',
  daily: 'daily, not put on every day of the calendar; --daily puts it there',
  dayBefore: 'Each time it is due the day before the day written ("before …")',
  periodEnd: 'No day written: due on the last day of each period (month, quarter, year)',
  untilDay: 'Repeats until',
  severalDocuments: (n) => `cchc – ${n} documents`,
};

export function icsLabels(lang: Lang): IcsLabels {
  return lang === 'en' ? EN : VI;
}

/** 2023-11-30 → 30/11/2023 in Vietnamese, unchanged (ISO) in English. */
export function showDate(iso: string, lang: Lang): string {
  return lang === 'en' ? iso : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
