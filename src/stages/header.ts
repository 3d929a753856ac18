// The parts of a directive laid out by Decree 30/2020/NĐ-CP: issuer and motto,
// number and symbol, place and date, type and subject (trích yếu), recipients
// (Kính gửi), and at the end the distribution list (Nơi nhận) and the signer.
// Excerpts without these parts give nulls, never errors.
import { execAll } from '../text/matches.js';
import type { DocumentHeader } from '../model/schema.js';
import { isValidDate, toIso } from '../text/dates.js';
import { squash, toneKey } from '../text/normalize.js';
import { startsWithUnitHead } from '../text/units.js';
import type { Block } from './blocks.js';
import { endIndex, splitHeaderBlocks, startIndex } from './header-lines.js';
import { fast, rx } from '../text/letters.js';

// Compiled once, with the property classes spelled out (text/letters.ts).
const HAS_LETTER = fast(/\p{L}/u);
const STARTS_UPPER = fast(/^\p{Lu}/u);
const HAS_WORD_CHAR = fast(/[\p{L}\p{N}]/u);
const CAPITALISED_WORD = fast(/^\p{Lu}\p{Ll}*$/u);

// Hoisted: compiled once per process, not once per call.
const NON_LETTER = fast(/[^\p{L}]/gu);
const APPENDIX_TITLE = fast(/^PHỤ LỤC(?![\p{L}])/u);
const TITLE_THEN_NAME = fast(/(?<![\p{L}])(?:CHỦ TỊCH|TRƯỞNG|GIÁM ĐỐC|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|TỊCH|BỘ TRƯỞNG|CỤC TRƯỞNG|TRƯỞNG BAN|BÍ THƯ|PHÓ [\p{Lu} ]+)\s+((?:\p{Lu}\p{Ll}+\s+){1,5}\p{Lu}\p{Ll}+)$/u);
const PARENT_HEAD = fast(/^(?:BỘ|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|TỔNG CỤC|SỞ|CỤC)(?![\p{L}])/u);
const SUBORDINATE_HEAD = fast(/^(?:CỤC|CHI CỤC|TỔNG CỤC|SỞ|VỤ|PHÒNG|BAN|VĂN PHÒNG|THANH TRA|TRUNG TÂM|VIỆN|KHO BẠC|BỆNH VIỆN|TRƯỜNG)(?![\p{L}])/u);
const OFFICE_HOLDER = fast(/^(?:BỘ TRƯỞNG|CHỦ TỊCH|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|VỤ TRƯỞNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA)(?![\p{L}])/u);
const PLACE_WORDS = fast(/^[\p{L}.' -]+$/u);
const NOT_PLACE = fast(/^(?:Số|V\/v|Về|Kính)(?![\p{L}])|Độc lập|Hạnh phúc/u);

export interface HeaderResult {
  header: DocumentHeader;
  /** Index of the first body block and one past the last. */
  bodyStart: number;
  bodyEnd: number;
  /** Blocks [start, end) of a document attached after the signature (a plan issued by a decision). */
  attachment: [number, number] | null;
}

const DOC_TYPES = [
  'CÔNG ĐIỆN', 'KẾ HOẠCH', 'THÔNG BÁO KẾT LUẬN', 'THÔNG BÁO', 'QUYẾT ĐỊNH', 'CHỈ THỊ', 'BÁO CÁO', 'TỜ TRÌNH',
  'NGHỊ QUYẾT', 'HƯỚNG DẪN', 'CÔNG VĂN', 'THÔNG TƯ', 'NGHỊ ĐỊNH', 'CHƯƠNG TRÌNH', 'ĐỀ ÁN', 'PHƯƠNG ÁN', 'GIẤY MỜI',
  'BIÊN BẢN', 'QUY CHẾ', 'QUY ĐỊNH', 'LỆNH', 'CÔNG BỐ',
];
const TYPE_RE = rx(`^(${DOC_TYPES.join('|')})(?![\\p{L}])`, 'u');

const MOTTO_KEY = 'cộng hòa xã hội chủ nghĩa việt nam';
const NUMBER_RE = fast(/Số\s*(?:hiệu)?\s*:?\s*([\p{L}\p{N}.]*)\s*\/\s*([\p{L}\p{N}.\-–&/]+)/u);
const PLACE_DATE_RE = fast(/^([\p{Lu}][\p{L}.'\s-]{1,40}?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/u);
const NUMBER_ALONE = fast(/^[\p{L}\p{N}.]*\s*\/\s*[\p{L}\p{N}]/u);
const RECIPIENTS_RE = fast(/^(?:(?:Đồng\s+)?[Kk]ính gửi|[\p{Lu} ]+ điện)\s*:\s*(.*)$/u);
const AUTHORITY_RE = /^(KT|TM|TL|TUQ|Q|UQ)\.\s*/u;
// A rank or degree before the signer's name ("Thượng tướng Võ Minh Lương", "PGS.TS. Nguyễn Văn A").
const RANK_RE = /^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|Chuẩn đô đốc|Phó đô đốc|Đô đốc|(?:(?:GS|PGS|TS|ThS|BS|KS|CN|LS)\.\s*)+)\s+/u;

function isUpper(s: string): boolean {
  const letters = s.replace(NON_LETTER, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

function lines(b: Block): string[] {
  return b.text.split('\n').map((l) => l.trim()).filter(Boolean);
}

export function emptyHeader(): DocumentHeader {
  return {
    type: null, issuer: null, parentIssuer: null, number: null, symbol: null, place: null, date: null, year: null,
    subject: null, recipients: [], signer: { authority: null, title: null, name: null }, distribution: [],
  };
}

// The motto opens the header: look among the first blocks, cheaply first.
// A web page may put its banner and metadata first, so the motto is looked for further down.
function findMotto(blocks: Block[]): number {
  return blocks.findIndex((b, i) => i < 120 && hasMotto(b.text));
}

// "Cộng" then white space and "h": the motto's own start ("cộng đồng", "cộng tác" are
// everywhere in long blocks, and each was folded to be compared). A window that holds
// the motto holds the one starting at its "Cộng" too, so no motto is missed.
const MOTTO_START = /[cC][ộôỘÔ][nN][gG](?=\s+[hH])/gu;

/** Whether the motto is in the text: read where "Cộng" starts, not by folding the whole (often long) block. */
function hasMotto(text: string): boolean {
  for (const m of execAll(MOTTO_START, text)) if (toneKey(squash(text.slice(m.index, m.index + 200))).includes(MOTTO_KEY)) return true;
  return false;
}

// The header is read by several passes over the same first blocks (motto, number, date,
// subject, recipients); each block's text is squashed once, not once per pass.
const FLAT = new WeakMap<Block, string>();

/** How a block opens, on one line: enough for the anchored tests of a title ('' unless it opens with a capital). */
function opening(b: Block): string {
  if (!OPENS_CAPITAL.test(b.text)) return '';
  return squash(b.text.length > 120 ? b.text.slice(0, 120) : b.text);
}
const OPENS_CAPITAL = fast(/^[*\s]*\p{Lu}/u);

/** No field of a header runs this long; a longer block (a page pasted as one paragraph) is read from its start. */
const FLAT_LIMIT = 2000;

/** The block's text on one line, white space squashed (its first FLAT_LIMIT characters). */
function flat(b: Block): string {
  let t = FLAT.get(b);
  if (t === undefined) {
    t = squash(b.text.length > FLAT_LIMIT ? b.text.slice(0, FLAT_LIMIT) : b.text);
    FLAT.set(b, t);
  }
  return t;
}

export function readHeader(blocks: Block[], boldAt: (start: number, end: number) => boolean): HeaderResult {
  const motto = findMotto(blocks);
  if (motto < 0) return readHeaderOn(blocks, boldAt);
  // Parts run together (no blank line between them, or side by side on one line) are
  // read on a view cut at each part, mapped back to the blocks the pipeline holds.
  const view = splitHeaderBlocks(blocks, Math.min(blocks.length, motto + 12), TYPE_RE);
  if (view.blocks.length === blocks.length) return readHeaderOn(blocks, boldAt);
  const r = readHeaderOn(view.blocks, boldAt);
  const n = blocks.length;
  const bodyEnd = endIndex(view, r.bodyEnd, n);
  const attachment: [number, number] | null = r.attachment ? [startIndex(view, r.attachment[0], n), endIndex(view, r.attachment[1], n)] : null;
  return { header: r.header, bodyStart: Math.min(startIndex(view, r.bodyStart, n), bodyEnd), bodyEnd, attachment };
}

function readHeaderOn(blocks: Block[], boldAt: (start: number, end: number) => boolean): HeaderResult {
  const h = emptyHeader();
  const mottoIdx = findMotto(blocks);
  let last = -1; // last header block index
  // The header's blocks are counted from a little before the motto (the issuer's row).
  const base = Math.max(0, mottoIdx - 8);
  const limit = Math.min(blocks.length, base + 40);

  if (mottoIdx >= 0 && mottoIdx < limit) {
    readIssuer(blocks.slice(0, mottoIdx), h, boldAt);
    last = mottoIdx;
  }

  for (let i = base; i < limit; i++) {
    const b = blocks[i];
    const t = flat(b);
    if (h.symbol === null && /^Số\s*(?:hiệu)?\s*:|^Số\s+\d+\s*\//u.test(t) && i < base + 25) {
      let m = NUMBER_RE.exec(t);
      // A table cell broken as "Số:" / "35/2025/NQ-HĐND": the number is the next block, or
      // the one after the place and date when the row was read across ("Số:" / "Lai Châu,
      // ngày …" / "88/2025/QĐ-UBND").
      if (!m && /^Số\s*(?:hiệu)?\s*:$/u.test(t)) {
        for (let k = i + 1; k < Math.min(limit, i + 3); k++) {
          const next = flat(blocks[k]);
          if (NUMBER_ALONE.test(next)) {
            m = NUMBER_RE.exec(`${t} ${next}`);
            if (m) last = Math.max(last, k);
            break;
          }
          if (!PLACE_DATE_RE.test(next)) break;
        }
      }
      if (m) {
        h.symbol = m[2].replace(/\/$/, '').split('/').pop() ?? null;
        h.number = m[1] ? `${m[1]}/${m[2]}` : null;
      }
      last = Math.max(last, i);
      // A V/v on the same block (hard-wrapped .md) is the subject.
      const vv = /(V\/v|Về việc)\s.*$/u.exec(t);
      if (vv) {
        h.subject = vv[0];
        h.type = 'công văn';
      }
      continue;
    }
    let pd = PLACE_DATE_RE.exec(t);
    // A place wrapped onto the line above ("Thành phố Hồ Chí" / "Minh, ngày 21 tháng 11 năm 2025").
    const above = i > 0 ? flat(blocks[i - 1]) : '';
    if (pd && i > 0 && isPlaceFragment(above)) pd = PLACE_DATE_RE.exec(`${above} ${t}`) ?? pd;
    if (pd && h.year === null && i < base + 25) {
      h.place = squash(pd[1]);
      h.year = Number(pd[4]);
      if (pd[2] && pd[3] && isValidDate(h.year, Number(pd[3]), Number(pd[2]))) {
        h.date = toIso(h.year, Number(pd[3]), Number(pd[2]));
      }
      last = Math.max(last, i);
      continue;
    }
    if (last >= 0 && i > last + 6) break;
  }

  // Subject: "V/v …" (a công văn) or the type word and the capitalised lines after it.
  let subjectEnd = last;
  if (last >= 0 || mottoIdx >= 0) {
    for (let i = Math.max(0, mottoIdx); i < Math.min(limit, last + 6); i++) {
      const b = blocks[i];
      const t = flat(b);
      if (/^(V\/v|Về việc)\s/u.test(t) && h.subject === null) {
        h.type = 'công văn';
        h.subject = t;
        subjectEnd = Math.max(subjectEnd, i);
        break;
      }
      const tm = TYPE_RE.exec(t);
      if (tm && h.type === null) {
        h.type = tm[1].toLowerCase();
        const parts: string[] = [];
        let j = i;
        let stopped = false;
        // The block that stopped the title gave it nothing (a sentence after the title
        // lines): it belongs to the body.
        let unused = false;
        for (; j < limit && !stopped; j++) {
          const ls = lines(blocks[j]);
          // A decision restates its issuing body after the title ("ỦY BAN NHÂN DÂN TỈNH SƠN LA"),
          // or the office that signs it ("BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH").
          if (j > i && restatesIssuer(ls, h.issuer)) break;
          // The body's first numbered or bulleted item is never part of the title (a title
          // line that merely starts with a number, "20 NĂM CÔNG TÁC …", is in capitals).
          if (j > i && blocks[j].marker !== 'none' && !isUpper(blocks[j].text.slice(blocks[j].bodyStart - blocks[j].start).split(/\s+/u, 4).join(' '))) break;
          // Decree 30 sets the trích yếu under the type word in bold lower case ("KẾ HOẠCH" /
          // "**Thực hiện công tác cải cách hành chính năm 2024**"): one short bold paragraph.
          // Anything else there (a sentence) is the body's first paragraph, kept for the body.
          if (j === i + 1 && parts.length > 0 && !upperRun(ls[0] ?? '')) {
            const title = squash(blocks[j].text.replace(/\*\*/g, ''));
            if (isTitleText(title, boldAt(blocks[j].bodyStart, blocks[j].end))) {
              parts.push(title);
              j++;
            }
            break;
          }
          for (const [k, l] of ls.entries()) {
            if (k > 0 && restatesIssuer(ls.slice(k), h.issuer)) {
              stopped = true;
              break;
            }
            // A line that ends in a dash or comma goes on ("… GIAI ĐOẠN 2025 -" / "2035, …").
            const [upperPart, after] = splitUpper(l);
            const run = upperPart && !HAS_WORD_CHAR.test(after) ? l.replace(/^\*+|\*+$/g, '') : upperPart;
            // The trích yếu on the lines right under the type word, in the same paragraph.
            const rest = squash(ls.slice(k).join(' ').replace(/\*\*/g, ''));
            if (!run && j === i && k > 0 && parts.length > 0 && isTitleText(rest, false)) {
              parts.push(rest);
              stopped = true;
              break;
            }
            if (run) parts.push(run);
            if (run.length < l.length || !run) {
              stopped = true;
              unused = j > i && k === 0 && !run;
              break;
            }
          }
          if (j > i && !stopped && parts.length === 0) break;
        }
        let subject = squash(parts.join(' '));
        // "… NAM TRUNG BỘ THỦ TƯỚNG CHÍNH PHỦ điện:" — the issuer that wires is not the subject.
        if (h.issuer && toneKey(subject).endsWith(` ${toneKey(h.issuer)}`)) subject = subject.slice(0, subject.length - h.issuer.length - 1);
        h.subject = subject || null;
        subjectEnd = Math.max(subjectEnd, j - (unused ? 2 : 1));
        break;
      }
    }
  }

  // Recipients: "Kính gửi:" inline and/or as a list, then "Đồng kính gửi:";
  // also "X điện:" of a công điện.
  let bodyStart = subjectEnd + 1;
  for (let i = Math.max(0, subjectEnd - 2); i < Math.min(limit, subjectEnd + 6); i++) {
    if (/\sđiện\s*:\s*$/u.test(flat(blocks[i])) && !RECIPIENTS_RE.test(flat(blocks[i]))) {
      // "CÔNG ĐIỆN V/V … THỦ TƯỚNG CHÍNH PHỦ điện:" in one paragraph: the list follows.
      let j = i + 1;
      while (j < blocks.length && blocks[j].marker === 'dash') {
        h.recipients.push(cleanItem(blocks[j].text.slice(blocks[j].bodyStart - blocks[j].start)));
        j++;
      }
      bodyStart = j;
      break;
    }
    if (!RECIPIENTS_RE.test(flat(blocks[i]))) continue;
    let j = i;
    while (j < blocks.length) {
      const m = RECIPIENTS_RE.exec(flat(blocks[j]));
      if (!m) break;
      const inline = m[1].trim();
      j++;
      if (inline) {
        // "Kính gửi: X. Thực hiện …" — the recipient ends at the first sentence.
        const first = /^(.*?[.;])(?:\s|$)/u.exec(inline);
        h.recipients.push(cleanItem(first ? first[1] : inline));
        if (first && inline.length > first[0].length + 20) {
          j--; // the rest of the paragraph is body text
          break;
        }
      }
      while (j < blocks.length && blocks[j].marker === 'dash') {
        h.recipients.push(cleanItem(blocks[j].text.slice(blocks[j].bodyStart - blocks[j].start)));
        j++;
      }
    }
    bodyStart = j;
    break;
  }
  if (last < 0 && h.recipients.length === 0) bodyStart = 0;

  // Closing: "Nơi nhận:" list and the signer.
  let bodyEnd = blocks.length;
  const nn = findLastIndex(blocks, (b) => /^\s*\**\s*Nơi nhận\s*:?/u.test(b.text), bodyStart);
  if (nn >= 0) {
    bodyEnd = nn;
    const inline = squash(blocks[nn].text.replace(/^\s*\**\s*Nơi nhận\s*:?\s*\**/u, ''));
    if (inline) for (const l of inline.split(/\s*(?:^|\s)-\s+/u)) if (l.trim()) h.distribution.push(cleanItem(l));
    let j = nn + 1;
    for (; j < blocks.length; j++) {
      const b = blocks[j];
      if (b.marker === 'dash' || b.marker === 'plus') h.distribution.push(cleanItem(b.text.slice(b.bodyStart - b.start)));
      // What still goes on the list ("(B/c)" of a wrapped item, the typist's initials
      // "MinhHồng/QĐ/20.11.2025") comes before the signature's first line.
      else if (opensSignature(b) || b.text.includes('\n') || b.text.length > 60 || isPersonName(flat(b))) break;
    }
    readSigner(blocks.slice(j), h);
    // A PDF read across the closing table interleaves the list with the signature
    // ("… - Ban TM. ỦY BAN NHÂN DÂN KT." / "CHỦ TỊCH PHÓ CHỦ TỊCH Nông Quang Nhất"): a line
    // that ends with capitals then a name still names the signer.
    if (h.signer.name === null) h.signer.name = nameAfterCapitals(blocks.slice(nn, nn + 10));
  }
  const sig = findLastIndex(blocks, (b) => AUTHORITY_RE.test(b.text.trim()), bodyStart);
  if (sig >= 0 && sig < bodyEnd) {
    bodyEnd = sig;
    if (h.signer.name === null) readSigner(blocks.slice(sig), h);
  }
  if (h.signer.name === null && nn < 0 && last >= 0 && blocks.length > 1) {
    // A signature without "Nơi nhận": upper-case title line(s) then a name, at the very end.
    const n = blocks.length;
    const tail = lines(blocks[n - 1]).map((l) => l.replace(/^\*+|\*+$/g, ''));
    const nameLast = isPersonName(tail[tail.length - 1] ?? '');
    if (nameLast && tail.length >= 2 && tail.slice(0, -1).every((l) => isUpper(l) && l.length < 60)) {
      readSigner(blocks.slice(n - 1), h);
      bodyEnd = n - 1;
    } else if (nameLast && tail.length === 1 && isUpper(blocks[n - 2].text) && blocks[n - 2].text.length < 60) {
      readSigner(blocks.slice(n - 2), h);
      bodyEnd = n - 2;
    }
  }
  return { header: h, bodyStart: Math.min(bodyStart, bodyEnd), bodyEnd, attachment: findAttachment(blocks, bodyEnd) };
}

/**
 * A decision that issues a plan carries it after its own signature ("KẾ HOẠCH
 * … (Ban hành kèm theo Quyết định số …)"): that part holds the tasks. Its span
 * ends at its own closing or at an appendix (PHỤ LỤC), whose statistical
 * tables are not tasks.
 */
function findAttachment(blocks: Block[], from: number): [number, number] | null {
  // Every block to the end of the document is looked at, but only for how it opens.
  for (let i = from + 1; i < blocks.length; i++) {
    const t = opening(blocks[i]).replace(/^\*+/, '');
    if (!TYPE_RE.test(t) || !isUpper(t.split(' ').slice(0, 2).join(' '))) continue;
    let end = blocks.length;
    for (let j = i + 1; j < blocks.length; j++) {
      const u = opening(blocks[j]).replace(/^\*+/, '');
      if (APPENDIX_TITLE.test(u) || /^Nơi nhận\s*:/u.test(u)) {
        end = j;
        break;
      }
    }
    return end - i > 3 ? [i, end] : null;
  }
  return null;
}

function readIssuer(blocks: Block[], h: DocumentHeader, boldAt: (s: number, e: number) => boolean): void {
  const ls: Array<{ text: string; bold: boolean }> = [];
  for (const b of blocks) {
    let off = b.start;
    for (const raw of b.text.split('\n')) {
      const text = raw.trim();
      if (text && HAS_LETTER.test(text) && !/^(?:Số|V\/v)/u.test(text)) ls.push({ text, bold: boldAt(off, off + raw.length) });
      off += raw.length + 1;
    }
  }
  if (ls.length === 0) return;
  // Decree 30 writes the issuer in capitals right above the motto's row; what comes
  // before a run of capitals there (a web page's banner and metadata) is not it.
  // Without such a run, the last few short lines (an issuer in title case); never prose.
  let k = ls.length;
  while (k > 0 && isUpper(ls[k - 1].text)) k--;
  const upper =
    k < ls.length
      ? ls.slice(k).filter((l) => isUpper(l.text) || STARTS_UPPER.test(l.text))
      : ls.slice(-3).filter((l) => startsWithUnitHead(l.text) && !/[.?!:;]$/u.test(l.text));
  if (upper.length === 0 || upper.reduce((n, l) => n + l.text.length, 0) > 160) return;
  const firstBold = upper.findIndex((l) => l.bold);
  if (firstBold > 0 && upper.slice(firstBold).every((l) => l.bold)) {
    h.parentIssuer = squash(upper.slice(0, firstBold).map((l) => l.text).join(' '));
    h.issuer = squash(upper.slice(firstBold).map((l) => l.text).join(' '));
  } else {
    // Without bold, a body on a later line under a parent body ("BỘ TÀI CHÍNH" / "CỤC
    // THUẾ", "UBND TỈNH …" / "SỞ Y TẾ") is the issuer, the lines above it its parent.
    // A name wrapped mid-word ("BỘ QUỐC" / "PHÒNG") leaves a one-word line: not a body.
    const sub = upper.findIndex((l, i) => i > 0 && SUBORDINATE_HEAD.test(l.text) && l.text.trim().split(/\s+/u).length >= 2);
    if (sub > 0 && PARENT_HEAD.test(upper[0].text)) {
      h.parentIssuer = squash(upper.slice(0, sub).map((l) => l.text).join(' '));
      h.issuer = squash(upper.slice(sub).map((l) => l.text).join(' '));
    } else h.issuer = squash(upper.map((l) => l.text).join(' '));
  }
}

function readSigner(blocks: Block[], h: DocumentHeader): void {
  const titleLines: string[] = [];
  for (const l of signatureLines(blocks)) {
    if (/^\(?(?:Đã ký|đã ký|Ký|ký)/u.test(l)) continue;
    if (isUpper(l) && l.length < 80) {
      titleLines.push(l);
      continue;
    }
    const bare = l.replace(RANK_RE, '');
    if (isPersonName(bare)) h.signer.name = bare;
    else {
      // "THỦ TƯỚNG Phạm Minh Chính": title and name on one line.
      const [run, rest] = splitUpper(l);
      if (run && isPersonName(rest)) {
        // "KT." (ký thay) is signed by a deputy: the own title starts at the last "PHÓ".
        const parts = run.split(/\s+(?=(?:KT|TM|TL|TUQ|Q|UQ)\.)/u);
        const last = parts[parts.length - 1];
        const deputy = /^KT\./u.test(last) ? last.lastIndexOf(' PHÓ ') : -1;
        if (deputy > 0) parts.splice(parts.length - 1, 1, last.slice(0, deputy), last.slice(deputy + 1));
        titleLines.push(...parts);
        h.signer.name = rest;
      }
    }
    break;
  }
  if (titleLines.length === 0) return;
  // "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the last line is the
  // signer's own title, the lines before it the authority they sign for.
  h.signer.title = titleLines[titleLines.length - 1];
  const authority = squash(titleLines.slice(0, -1).join(' '));
  if (authority && AUTHORITY_RE.test(authority)) h.signer.authority = authority;
  else if (authority) h.signer.title = squash(titleLines.join(' '));
}

/** The lines from the signature on, read one by one: the signer is in the first few (the rest may be the whole document). */
function* signatureLines(blocks: Block[]): Generator<string> {
  for (const b of blocks) {
    for (const raw of lines(b)) {
      const l = raw.replace(/^\*+|\*+$/g, '').trim();
      if (l) yield l;
    }
  }
}

/** Lines that name the issuer again, or the office that signs for it, after the title. */
function restatesIssuer(ls: string[], issuer: string | null): boolean {
  if (!issuer || ls.length === 0) return false;
  const t = toneKey(squash(ls.join(' ')));
  const key = toneKey(issuer);
  return t.startsWith(key) || (OFFICE_HOLDER.test(ls[0]) && t.endsWith(key));
}

/** The name that ends a line after a run of capitals ("… CHỦ TỊCH PHÓ CHỦ TỊCH Nông Quang Nhất"). */
function nameAfterCapitals(blocks: Block[]): string | null {
  for (const l of blocks.flatMap(lines)) {
    const m = TITLE_THEN_NAME.exec(l.replace(/\*+/gu, ''));
    if (m && isPersonName(m[1])) return m[1];
  }
  return null;
}

/** The start of a place name broken off its date line: a few words in title case, no more. */
function isPlaceFragment(t: string): boolean {
  return t.length > 0 && t.length <= 30 && STARTS_UPPER.test(t) && !isUpper(t) && PLACE_WORDS.test(t) && !NOT_PLACE.test(t);
}

/** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "BỘ TRƯỞNG", "THỦ TƯỚNG Phạm Minh Chính": the first line of a signature. */
function opensSignature(b: Block): boolean {
  const first = (lines(b)[0] ?? '').replace(/^\*+|\*+$/g, '').trim();
  if (AUTHORITY_RE.test(first) || (isUpper(first) && first.length < 80)) return true;
  const [run, rest] = splitUpper(first);
  return run !== '' && isPersonName(rest); // "THỦ TƯỚNG Phạm Minh Chính"
}

/** Short text that does not end like a sentence, bold (or very short when no bold is known): a title line. */
function isTitleText(t: string, bold: boolean): boolean {
  return t.length <= (bold ? 200 : 160) && !/[.:;,]$/u.test(t);
}

/** The leading upper-case words of a line ("CÔNG ĐIỆN V/V … BỘ" of "CÔNG ĐIỆN V/V … BỘ THỦ TƯỚNG điện:"). */
function upperRun(line: string): string {
  return splitUpper(line)[0];
}

/** [leading upper-case words, the rest] of a line. */
function splitUpper(line: string): [string, string] {
  const words = line.trim().split(/\s+/);
  let n = 0;
  while (n < words.length && (isUpper(words[n]) || !HAS_LETTER.test(words[n]))) n++;
  // Keep the run only up to its last upper-case word.
  while (n > 0 && !HAS_WORD_CHAR.test(words[n - 1])) n--;
  return [words.slice(0, n).join(' ').replace(/^\*+|\*+$/g, ''), words.slice(n).join(' ')];
}

function isPersonName(s: string): boolean {
  const words = s.split(/\s+/);
  return (
    words.length >= 2 && words.length <= 6 && words.every((w) => CAPITALISED_WORD.test(w)) && !/[.:;,]/.test(s)
  );
}

function cleanItem(s: string): string {
  return squash(s).replace(/^[-–+•]\s*/u, '').replace(/[;,.]+$/u, '').replace(/^\*+|\*+$/g, '').trim();
}

function findLastIndex<T>(arr: T[], pred: (x: T) => boolean, from: number): number {
  for (let i = arr.length - 1; i >= from; i--) if (pred(arr[i])) return i;
  return -1;
}
