// Who must do the work: lead (chủ trì) and partner (phối hợp) units, read from
// a section heading or from the task's own sentences.
//   "Giao X …", "Đề nghị X …", "Yêu cầu X …"       → X leads
//   "X chủ trì, (phối hợp với) Y …"                 → X leads, Y partners
//   "Phối hợp với Y …"                              → Y partners (lead from the section)
//   "UBND các xã, thị trấn … hoàn thành …"          → the sentence's subject leads
//   "Riêng các phòng: X, Y hoàn thành …"            → X, Y lead that sentence only
import { cleanUnitName, predicateStart, splitUnitList, startsWithUnitHead } from '../text/units.js';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Sentences of a paragraph: ". " / "; " (clause) before a capital letter, or line end after a period. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[.!?](?:\*\*)?\s+(?=[\p{Lu}(“"])|\.\s*\n/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    // "TP. Hồ Chí Minh", "TT. …", "Q. …" abbreviations are not sentence ends.
    if (/(?:^|\s)(?:TP|TT|Tp|Q|P|KT|TM|TL|V\/v|ThS|TS|PGS|GS|Đ\/c)[.:]\s+$/u.test(text.slice(Math.max(0, m.index - 5), end))) continue;
    out.push({ start, end, text: text.slice(start, end) });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

const ASSIGN_RE =
  /(?<![\p{L}\p{N}])(?:giao(?:\s+cho)?|đề nghị|yêu cầu|chỉ đạo|phân công|ủy quyền|uỷ quyền|ủy nhiệm)\s+/giu;
const PARTNER_RE = /(?<![\p{L}\p{N}])phối hợp(?:\s+(?:chặt chẽ\s+)?(?:với|cùng))?\s+/giu;
const HONORIFIC_RE = /^(?:ông\s*\(bà\)|ông\/bà|ông, bà|ông bà|Ông\s*\(Bà\)|Ông\/Bà|Ông, Bà|các đồng chí|đồng chí|Đồng chí)\s+/u;
const MAX_UNIT_WORDS = 40;

/** The unit phrase starting at `s` (up to the predicate), split into names; [] when none. */
export function unitPhrase(s: string): string[] {
  let t = s.replace(/^\s+/, '').replace(HONORIFIC_RE, '');
  if (/^Riêng\s/u.test(t)) t = t.replace(/^Riêng\s+(?:(?:các|đối với)\s+[\p{Ll}\s]*?:\s*)?/u, '');
  t = t.replace(/^\*\*/, '');
  if (!startsWithUnitHead(t)) return [];
  const cut = predicateStart(t);
  let phrase = cut >= 0 ? t.slice(0, cut) : t;
  // Stop at clause punctuation that cannot sit inside a unit list.
  const stop = /[.:(]|\s-\s(?=\p{Ll})|,\s*(?:số|địa chỉ|điện thoại|email|ĐT)[\s:]/u.exec(phrase);
  if (stop && !/^[.]/.test(phrase.slice(stop.index)) ) phrase = phrase.slice(0, stop.index);
  else if (stop) phrase = phrase.slice(0, stop.index);
  if (phrase.split(/\s+/).length > MAX_UNIT_WORDS || /%|\d+\/\d+/.test(phrase)) return [];
  return splitUnitList(phrase).filter((n) => n.length > 1 && !/^(?:các|Các)$/u.test(n));
}

export interface SentenceUnits {
  lead: string[];
  support: string[];
}

/** Units a sentence names explicitly. */
export function sentenceUnits(raw: string): SentenceUnits {
  const sentence = raw.replace(/\s+/g, ' ');
  const lead: string[] = [];
  const support: string[] = [];
  // Subject at the start of the sentence (after a list marker or "Riêng …:").
  const body = sentence.replace(/^\s*(?:[-–+•]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVX]+\.)?\s*/u, '');
  if (!/^(?:Phối hợp|phối hợp)/u.test(body)) lead.push(...unitPhrase(body));
  if (lead.length === 0) {
    // "Về dự án …: Bộ Xây dựng khẩn trương …", "Để xác định …, UBND tỉnh phối hợp …":
    // the subject follows a topic or purpose clause.
    const colon = body.indexOf(': ');
    if (colon > 0 && colon < 300) lead.push(...unitPhrase(body.slice(colon + 2)));
    if (lead.length === 0 && /^(?:Để|Nhằm|Về|Đối với|Trên cơ sở|Căn cứ|Sau khi|Trong|Riêng)\s/u.test(body)) {
      const comma = body.indexOf(', ');
      if (comma > 0 && comma < 300) lead.push(...unitPhrase(body.slice(comma + 2)));
    }
  }
  if (lead.length === 0) {
    for (const m of body.matchAll(ASSIGN_RE)) {
      const names = unitPhrase(body.slice(m.index + m[0].length));
      if (names.length) {
        lead.push(...names);
        break;
      }
    }
  }
  for (const m of body.matchAll(PARTNER_RE)) {
    const names = unitPhrase(body.slice(m.index + m[0].length));
    for (const n of names) if (!support.includes(n) && !lead.includes(n)) support.push(n);
  }
  return { lead: dedupe(lead), support };
}

/** Units named by a section heading ("2. Phòng Nội vụ huyện", "5. Bộ trưởng Bộ Tài chính chủ trì:"). */
export function headingUnits(heading: string): string[] {
  const t = heading.replace(/\s+/g, ' ').replace(/^\s*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVX]+\.)\s*/u, '').replace(/\*\*/g, '');
  if (!startsWithUnitHead(t)) return [];
  const cut = predicateStart(t);
  const phrase = cut >= 0 ? t.slice(0, cut) : t;
  return dedupe(splitUnitList(phrase.replace(/[.:]\s*$/u, ''))).filter((n) => cleanUnitName(n).length > 1);
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}
