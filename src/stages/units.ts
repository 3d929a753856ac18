// Who must do the work: lead (chủ trì) and partner (phối hợp) units, read from
// a section heading or from the task's own sentences.
//   "Giao X …", "Đề nghị X …", "Yêu cầu X …"       → X leads
//   "X chủ trì, (phối hợp với) Y …"                 → X leads, Y partners
//   "Phối hợp với Y …"                              → Y partners (lead from the section)
//   "UBND các xã, thị trấn … hoàn thành …"          → the sentence's subject leads
//   "Riêng các phòng: X, Y hoàn thành …"            → X, Y lead that sentence only
import { collapseSpace } from '../text/normalize.js';
import { execAll } from '../text/matches.js';
import { cleanUnitName, predicateStart, splitUnitList, startsWithPredicate, startsWithUnitHead } from '../text/units.js';
import { fast } from '../text/letters.js';

// Compiled once, with the property classes spelled out (text/letters.ts).
const STARTS_UPPER = fast(/^\p{Lu}/u);
const OF_WORD = fast(/(?<![\p{L}])của\s/u);

// Hoisted: compiled once per process, not once per call.
const SENTENCE_END = fast(/[.!?](?:\*\*)?\s+(?=[\p{Lu}(“"])|\.\s*\n/gu);
const RIENG_PREFIX = fast(/^Riêng\s+(?:(?:các|đối với)\s+[\p{Ll}\s]*?:\s*)?/u);
const SHARED_HEAD_LIST = fast(/^các\s+(\p{Lu}\p{L}*(?:\s\p{Ll}+)?)\s*:\s*(.+)$/u);
const PHRASE_STOP = fast(/[.:(]|\s-\s(?=\p{Ll})|,\s*(?:số|địa chỉ|điện thoại|email|ĐT)[\s:]/u);
const BODY_HEAD = fast(/(?<![\p{L}\p{N}])(?:các|Các|UBND|Ủy ban|Uỷ ban|Sở|sở|Phòng|Bộ|Ban|Văn phòng|Trung tâm|Cục|Chi cục|[Cc]ơ quan|[Đđ]ơn vị)(?![\p{L}\p{N}])/gu);

const TIME_OPENER = fast(/^(?:Trong (?:thời hạn|vòng)|Sau \d|Chậm nhất|Trước ngày|Kể từ|Từ ngày|Đến ngày)\s/u);
// What opens a sentence before its subject: a purpose, topic, condition or time ("Định kỳ 06 tháng, Văn phòng … báo cáo").
const OPENING_CLAUSE = fast(
  /^(?:Để|Nhằm|Về|Đối với|Trên cơ sở|Căn cứ|Sau khi|Trong|Riêng|Ngày|Sáng|Chiều|Tối|Từ|Đến|Theo|Hiện nay|Tuy nhiên|Hàng năm|Hằng năm|Hàng quý|Hằng quý|Hàng tháng|Hằng tháng|Hàng tuần|Hằng tuần|Định kỳ|Chậm nhất|Trước|Khi|Trường hợp|Ngoài ra|Đồng thời|Bên cạnh đó|Thông qua|Kể từ|Tại|Căn cứ)[\s,]/u,
);
// A body named with a capital after a clause ("…, Văn phòng UBND tỉnh rà soát …").
const NAMED_BODY = fast(/^(?:Văn phòng|Sở|Bộ|Ủy ban|Uỷ ban|UBND|Ban|Phòng|Công an|Cục|Chi cục|Trung tâm|Thanh tra|Kho bạc|Bảo hiểm|Ngân hàng|Đài|Báo|Hội|Liên đoàn|Tỉnh đoàn|Đoàn|Bộ Chỉ huy|Chủ tịch|Thủ trưởng|Giám đốc)\s+\p{Lu}/u);
const PLURAL_BODIES = fast(/^[Cc]ác\s+(?:[Ss]ở|[Bb]ộ|[Bb]an|ngành|cơ quan|đơn vị|địa phương|xã|phường|thị trấn|huyện|quận|tỉnh|thành phố|[Pp]hòng|UBND|Ủy ban|Uỷ ban|hội|đoàn thể|trường|doanh nghiệp|tổ chức|[Tt]ập đoàn|[Tt]ổng công ty|[Cc]ục|[Cc]hi cục|[Tt]rung tâm)(?![\p{L}])/u);

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Sentences of a paragraph: ". " / "; " (clause) before a capital letter, or line end after a period. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = SENTENCE_END;
  re.lastIndex = 0;
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

// Explicit capitals instead of the i flag: case-insensitive Unicode regexes are slow to compile.
const ASSIGN_RE = fast(
  /(?<![\p{L}\p{N}])(?:[Gg]iao(?:\s+cho)?|[Đđ]ề nghị|[Yy]êu cầu|[Cc]hỉ đạo|[Pp]hân công|[Ủủ]y quyền|[Uu]ỷ quyền|[Ủủ]y nhiệm)\s+/gu,
);
const PARTNER_RE = fast(/(?<![\p{L}\p{N}])[Pp]hối hợp(?:\s+(?:chặt chẽ\s+)?(?:với|cùng))?\s+/gu);
const HONORIFIC_RE = /^(?:ông\s*\(bà\)|ông\/bà|ông, bà|ông bà|Ông\s*\(Bà\)|Ông\/Bà|Ông, Bà|các đồng chí|đồng chí|Đồng chí)\s+/u;
const MAX_UNIT_WORDS = 40;

const PLACE_SCOPE = fast(/^:\s*\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*(?:\s*(?:,|và)\s*\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)*/u);

/** The unit phrase starting at `s` (up to the predicate), split into names; [] when none. */
export function unitPhrase(s: string): string[] {
  let t = s.replace(/^\s+/, '').replace(HONORIFIC_RE, '');
  if (/^Riêng\s/u.test(t)) t = t.replace(RIENG_PREFIX, '');
  t = t.replace(/^\*\*/, '');
  if (!startsWithUnitHead(t)) return [];
  const cut = predicateStart(t);
  let phrase = cut >= 0 ? t.slice(0, cut) : t;
  // "các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội"
  // names each body by the shared head word.
  const shared = SHARED_HEAD_LIST.exec(phrase.trim());
  if (shared) {
    return shared[2]
      .split(/,\s*|\s+và\s+/u)
      .map((x) => cleanUnitName(x))
      .filter((x) => STARTS_UPPER.test(x))
      .map((x) => `${shared[1]} ${x}`);
  }
  // Stop at clause punctuation that cannot sit inside a unit list.
  const stop = PHRASE_STOP.exec(phrase);
  // "… các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng" — a scope of named places after
  // ":" belongs to the units, as it does when the same words stand as a heading.
  const scope = stop && phrase[stop.index] === ':' && /các\s+(?:tỉnh|huyện|xã|thành phố|địa phương|bộ|sở)\s*$/u.test(phrase.slice(0, stop.index))
    ? PLACE_SCOPE.exec(phrase.slice(stop.index))
    : null;
  if (scope) phrase = phrase.slice(0, stop!.index + scope[0].length);
  else if (stop) phrase = phrase.slice(0, stop.index);
  if (phrase.split(/\s+/).length > MAX_UNIT_WORDS || /%|\d\/\d/.test(phrase)) return [];
  return splitUnitList(phrase).filter((n) => n.length > 1 && !/^(?:các|Các)$/u.test(n));
}

export interface SentenceUnits {
  lead: string[];
  support: string[];
}

/** Units a sentence names explicitly. */
// The structure and the tasks ask about the same sentences: answer each once.
// Within one document only (forgetSentenceUnits): a sentence is a slice of its
// document's text and keeps all of it alive, so a memo kept across a batch kept
// the texts of earlier documents (up to 4,096 sentences' worth) alive with it.
const MEMO = new Map<string, SentenceUnits>();
const MEMO_LIMIT = 4096;

/** Ends the memo of a document's sentences (the pipeline calls it when a document is done). */
export function forgetSentenceUnits(): void {
  MEMO.clear();
}

export function sentenceUnits(raw: string): SentenceUnits {
  const hit = MEMO.get(raw);
  if (hit) return { lead: [...hit.lead], support: [...hit.support] };
  const found = computeSentenceUnits(raw);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(raw, found);
  return { lead: [...found.lead], support: [...found.support] };
}

function computeSentenceUnits(raw: string): SentenceUnits {
  const sentence = collapseSpace(raw);
  const lead: string[] = [];
  const support: string[] = [];
  // Subject at the start of the sentence (after a list marker or "Riêng …:").
  const body = sentence.replace(/^\s*(?:[-–+•]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVX]+\.)?\s*/u, '');
  // "Đối với cá nhân: Thu, nộp một lần trước ngày …" — the ones the rule is for.
  const forWhom = /^Đối với\s+([^:.;]{2,150}):\s/u.exec(body);
  // "Các cơ sở cung cấp dịch vụ thu gom, vận chuyển … phải …", "Tổ chức, cá nhân quản lý khu
  // vực công cộng có trách nhiệm …": a class of actors, named whole up to its duty.
  const actors = actorClass(body);
  if (forWhom) lead.push(...splitUnitList(forWhom[1]));
  else if (actors) lead.push(actors);
  else if (!/^(?:Phối hợp|phối hợp)/u.test(body)) lead.push(...unitPhrase(body));
  // "UBND tỉnh yêu cầu các Sở, …": the issuer speaks; the ones it addresses lead.
  if (lead.length && /^[^,;:]{0,80}?\s(?:yêu cầu|giao|đề nghị)\s/u.test(body)) {
    const m = /\s(?:yêu cầu|giao|đề nghị)\s+(?:cho\s+)?/u.exec(body);
    const addressed = m ? unitPhrase(body.slice(m.index + m[0].length)) : [];
    if (addressed.length && predicateStart(body) === (m?.index ?? -2) + 1) lead.splice(0, lead.length, ...addressed);
  }
  // "Đối với kiến nghị … mà đã được giải quyết xong … thì Văn phòng UBND tỉnh chủ trì …",
  // "Trường hợp …, nếu thuộc thẩm quyền thì sở, ban, ngành, UBND cấp xã chủ động …":
  // after a condition, "thì" opens the main clause and its subject.
  if (lead.length === 0 && CONDITION_OPENER.test(body)) lead.push(...unitsAfterThen(body));
  // "Chủ trì, chỉ đạo các đơn vị trực thuộc xây dựng Kế hoạch … hàng năm": the unsaid subject
  // (the section's body) leads; the ones it directs are not the lead.
  if (lead.length === 0 && !LEADS_UNSAID.test(body)) {
    for (const m of execAll(ASSIGN_RE, body)) {
      const names = unitPhrase(body.slice(m.index + m[0].length));
      if (names.length) {
        lead.push(...names);
        break;
      }
    }
  }
  // "Trong 03 ngày làm việc, kể từ …, sở, ban, ngành được giao chủ trì phải …", "Đối với …
  // thì cơ quan, đơn vị có liên quan phải …": after an opening clause, the one who must.
  if (lead.length === 0 && OPENING_CLAUSE.test(body) && RESPONSIBLE_RE.test(body)) lead.push(...responsibleUnits(body));
  if (lead.length === 0) {
    // "Về dự án …: Bộ Xây dựng khẩn trương …", "Để xác định …, UBND tỉnh phối hợp …":
    // the subject follows a topic or purpose clause.
    const colon = body.indexOf(': ');
    if (colon > 0 && colon < 300 && /^(?:Về|Đối với|Trong đó|Cụ thể|Nội dung|Nhiệm vụ)\s/u.test(body)) lead.push(...unitPhrase(body.slice(colon + 2)));
    if (lead.length === 0 && OPENING_CLAUSE.test(body)) {
      // The subject follows the last opening clause: "Trong thời hạn 05 ngày làm việc,
      // kể từ ngày nhận đủ hồ sơ, Sở Tư pháp thẩm định …".
      // Past the first comma only after a time clause, which often runs on ("…, kể từ …,");
      // there "các …" must name bodies ("các loại nước ép" is an object).
      const first = body.indexOf(', ');
      for (let comma = first; comma > 0 && comma < 300 && lead.length === 0; comma = body.indexOf(', ', comma + 2)) {
        const rest = body.slice(comma + 2);
        // "Trong thời hạn …, gửi kết quả đến Thường trực HĐND tỉnh, Ban Thường trực …": once a
        // clause opens with a verb the subject is unsaid; the names after it are its objects.
        if (startsWithPredicate(rest) && !NOT_A_VERB.test(rest)) break;
        // "…, kể từ ngày nhận được kiến nghị phải tham mưu cho UBND tỉnh, Chủ tịch UBND tỉnh có …":
        // the duty already went by with no subject; what follows is its object.
        if (comma > first && RESPONSIBLE_RE.test(body.slice(first, comma))) break;
        // "các …" must name bodies ("các công việc …" is a thing, not who does it).
        if (/^các\s/iu.test(rest) && !PLURAL_BODIES.test(rest)) continue;
        if (comma === first || TIME_OPENER.test(body) || ((PLURAL_BODIES.test(rest) || NAMED_BODY.test(rest)) && predicateStart(rest) > 0)) {
          lead.push(...unitPhrase(rest));
        }
      }
    }
  }
  if (lead.length === 0) lead.push(...responsibleUnits(body));
  for (const m of execAll(PARTNER_RE, body)) {
    const names = unitPhrase(body.slice(m.index + m[0].length));
    for (const n of names) if (!support.includes(n) && !lead.includes(n)) support.push(n);
  }
  return { lead: dedupe(lead), support };
}

const LEADS_UNSAID = fast(/^[Cc]hủ trì(?![\p{L}])/u);
const CONDITION_OPENER = fast(/^(?:Đối với|Trường hợp|Trong trường hợp|Nếu|Khi|Sau khi)\s/u);
const THEN_RE = fast(/(?:,\s*|\s)thì\s+/u);
// Bodies written in lower case inside a sentence ("thì sở, ban, ngành …", "thì cơ quan …").
const LOWER_BODY = fast(/^(?:sở|ban|ngành|cơ quan|đơn vị|phòng|địa phương)(?![\p{L}])/u);

/** The subject of the clause "thì" opens within the first 400 characters; [] when it names none. */
function unitsAfterThen(body: string): string[] {
  // Within the first clause: "…, cơ quan chủ trì có trách nhiệm …; nếu … thì …" has its subject already.
  const semi = body.indexOf(';');
  const m = THEN_RE.exec(body.slice(0, semi >= 0 ? Math.min(semi, 400) : 400));
  if (!m) return [];
  const rest = body.slice(m.index + m[0].length);
  // "thì các quy định có liên quan …": "các" must name bodies.
  if (/^các\s/iu.test(rest) && !PLURAL_BODIES.test(rest)) return [];
  if (startsWithUnitHead(rest)) return unitPhrase(rest);
  if (!LOWER_BODY.test(rest)) return [];
  const cut = predicateStart(rest);
  if (cut <= 0) return [];
  return splitUnitList(rest.slice(0, cut)).filter((n) => n.length > 1);
}

// Words of the predicate list that are not verbs (prepositions, time words): a clause
// opening with them ("…, trước ngày khai mạc …, các sở …") still leads to a subject.
const NOT_A_VERB = /^(?:trong|trước|sau|theo|tại|từ|đến|để|nhằm|được|về|trên|chậm nhất|đồng thời|ngay|sẽ|đã|đang|hàng|hằng|định kỳ|kể từ|căn cứ)(?![a-zà-ỹđ])/u;

const WHEN_CLAUSE = /\s(?:ngay\s+)?(?:sau khi|khi|trong thời hạn|trong vòng|kể từ|chậm nhất)\s.*$/su;

const ACTOR_CLASS = fast(
  /^((?:Mọi\s+)?(?:Các\s+)?(?:[Tt]ổ chức|[Cc]á nhân|[Cc]ơ sở|[Cc]hủ đầu tư|[Cc]hủ nguồn thải|[Cc]hủ|[Nn]gười|[Hh]ộ gia đình|[Hh]ộ|[Dd]oanh nghiệp|[Nn]hà thầu|[Tt]rạm|[Cc]ông dân|[Cc]án bộ|[Cc]ông chức|[Vv]iên chức|[Nn]hà trường|[Cc]ửa hàng|[Cc]ơ quan|[Đđ]ơn vị)(?:,?\s+[^\s,.;:()]+){0,20}?)\s+(?:phải|có trách nhiệm|chịu trách nhiệm)(?![\p{L}])/u,
);

const TIME_INSIDE = /(?<![a-zà-ỹđ])(?:trong (?:thời|vòng|\d)|ngay|trước|sau khi|kể từ|chậm nhất|hằng|hàng (?:năm|tháng|quý|tuần|ngày)|định kỳ|khi|nếu|\d)/u;

const ROLE_PREFIX = fast(/^(?:Các\s+)?(?:[Cc]ơ quan|[Đđ]ơn vị)\s+(?:chủ trì|phối hợp)(?![\p{L}])/u);

/** A class of actors that opens the sentence and owes a duty, named whole; null when there is none. */
function actorClass(body: string): string | null {
  const m = ACTOR_CLASS.exec(body);
  if (!m || !/^\p{Lu}/u.test(m[1]) || m[1].split(/\s+/).length < 2) return null;
  // A time or a condition inside is no part of a name ("Các cơ quan, đơn vị trong thời hạn 05 ngày phải …").
  if (TIME_INSIDE.test(m[1])) return null;
  // "Cơ quan chủ trì tổ chức cuộc họp … có trách nhiệm": the role names the body; what
  // follows says which of its tasks.
  const role = ROLE_PREFIX.exec(m[1]);
  if (role && startsWithPredicate(m[1].slice(role[0].length))) return cleanUnitName(role[0]);
  return cleanUnitName(m[1]);
}

const RESPONSIBLE_RE = fast(/(?<![\p{L}\p{N}])(?:có trách nhiệm|chịu trách nhiệm|phải)(?![\p{L}\p{N}])/u);

/** "…, hàng năm các Bộ, ngành, địa phương có trách nhiệm gửi …": the units right before the duty. */
function responsibleUnits(body: string): string[] {
  const m = RESPONSIBLE_RE.exec(body);
  if (!m) return [];
  const before = body.slice(Math.max(0, m.index - 160), m.index);
  // Start after the last clause boundary: a comma (or "thì") followed by a word that opens no unit.
  let cut = 0;
  for (const c of before.matchAll(/(?:[,;:]|\sthì)\s+/gu)) {
    const next = before.slice(c.index + c[0].length);
    if (/thì$/u.test(c[0].trim()) || (!startsWithUnitHead(next) && !/^(?:ngành|ban|đoàn|địa|sở|cơ quan|đơn vị)(?![\p{L}])/u.test(next))) cut = c.index + c[0].length;
  }
  const window = before.slice(cut);
  // The longest unit list that runs up to the duty without a verb inside;
  // a plural addressee ("các Bộ, ngành, địa phương") is preferred.
  const heads = [...execAll(BODY_HEAD, window)];
  const fits = heads
    // "các cơ quan, đơn vị ngay sau khi tiếp nhận kiến nghị phải …": the time is no part of the name.
    .map((h) => window.slice(h.index).replace(WHEN_CLAUSE, ' '))
    .filter((p) => predicateStart(p) === -1 && !OF_WORD.test(p) && (!/^[Cc]ác\s/u.test(p) || PLURAL_BODIES.test(p)));
  const pick = fits.find((p) => /^[Cc]ác\s/u.test(p)) ?? fits[0];
  return pick ? splitUnitList(pick) : [];
}

const CLAUSE_OPENER = fast(/(?:;\s*|(?<![\p{L}])(?:[Nn]goài ra|[Đđ]ồng thời|[Tt]rong đó|[Đđ]ặc biệt)\s*,?\s+)/gu);

/**
 * Units of the clause that holds `offset` when the clause opens with its own
 * subject after ";" or "ngoài ra, / đồng thời, …": "…; ngoài ra, UBND các huyện
 * hàng tháng gửi …" — that clause's deadline is theirs.
 */
export function clauseUnits(sentence: string, offset: number): string[] {
  let start = -1;
  // The opener of the deadline's clause is looked for in the 1,000 characters before it, not from
  // the sentence start each time (1,200 deadlines in one sentence were quadratic).
  const from = Math.max(0, offset - 1000);
  for (const m of execAll(CLAUSE_OPENER, sentence.slice(from, offset))) start = from + m.index + m[0].length;
  if (start < 0) return [];
  return unitPhrase(collapseSpace(sentence.slice(start, offset + 200)));
}

// "Điều 12. Trách nhiệm của Sở Khoa học và Công nghệ", "2. Nhiệm vụ, quyền hạn của UBND cấp xã",
// "Trách nhiệm Văn phòng UBND tỉnh": the duties of a body name the body.
const DUTY_TITLE = fast(
  /^(?:Phân công\s+)?(?:[Tt]rách nhiệm|[Nn]hiệm vụ|[Qq]uyền hạn|[Nn]ghĩa vụ|[Qq]uyền)(?:(?:\s*,\s*|\s+và\s+)(?:trách nhiệm|nhiệm vụ|quyền hạn|nghĩa vụ|quyền))*(?:\s+(?:cụ thể|thực hiện|thi hành))?(?:\s+(?:của|đối với|cho)(?=\s|\p{Lu})|\s+(?=\p{Lu}|các\s))\s*(?=\p{L})/u,
);

const ASSIGNING_HEADING = fast(/(?<![\p{L}])(?:chủ trì|có trách nhiệm|chịu trách nhiệm|[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu)(?![\p{L}])/u);

/** Units named by a section heading ("2. Phòng Nội vụ huyện", "5. Bộ trưởng Bộ Tài chính chủ trì:"). */
export function headingUnits(heading: string): string[] {
  const bare = heading
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVX]+\.|Điều\s+\d+[a-z]?[.:])\s*/u, '')
    .replace(/\*+/g, '')
    .trim();
  const duty = DUTY_TITLE.exec(bare);
  if (duty) {
    // A title names the body whole: "Trách nhiệm của Văn phòng đăng ký đất đai" has no
    // predicate to stop at ("đăng ký", "quản lý" are part of the name).
    const rest = bare.slice(duty[0].length).replace(/[.:;]\s*$/u, '');
    if (rest.length > 1 && rest.split(' ').length <= 20 && !/^(?:thi hành|thực hiện|phối hợp)(?![\p{L}])/u.test(rest)) {
      return dedupe(splitUnitList(rest)).filter((n) => cleanUnitName(n).length > 1);
    }
  }
  const t = bare;
  const actors = actorClass(t);
  if (actors) return [actors];
  if (!startsWithUnitHead(t)) {
    // "Nội dung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì", "Đề nghị Ủy ban MTTQ tỉnh":
    // a heading that says who leads in a sentence.
    return ASSIGNING_HEADING.test(t) ? sentenceUnits(t).lead : [];
  }
  const cut = predicateStart(t);
  const phrase = cut >= 0 ? t.slice(0, cut) : t;
  return dedupe(splitUnitList(phrase.replace(/[.:]\s*$/u, ''))).filter((n) => cleanUnitName(n).length > 1);
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}
