// Excerpts relayed by news portals have no Decree 30 header; their first
// sentences say it in prose: "Ngày 21/5, UBND tỉnh ban hành Công văn số
// 846/UBND-TH về việc …", "Bộ TN&MT đã có Công văn số 58/BTNMT-TCMT gửi … về
// việc …". Fill only what such a sentence states; never overwrite a real header.
import type { DocumentHeader } from '../model/schema.js';
import { isValidDate, toIso } from '../text/dates.js';
import { squash } from '../text/normalize.js';
import { startsWithUnitHead } from '../text/units.js';
import type { Block } from './blocks.js';
import { fast, rx } from '../text/letters.js';
// Compiled once, with the property classes spelled out (text/letters.ts).
const FIRST_SENTENCE = fast(/^(.+?[.!?])\s+\p{Lu}.*$/u);

const TYPES = 'Công văn|Kế hoạch|Thông báo|Quyết định|Chỉ thị|Công điện|Hướng dẫn|Văn bản';
const ANNOUNCE = rx(
  String.raw`(?:(?:Ngày|ngày)\s+(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?\s*,\s*)?(?:(.{2,60}?)\s+)?(?:vừa\s+|đã\s+)?(?:ban hành|banh|có|phát hành)\s+(${TYPES})(?:\s*\([^)]{1,20}\))?\s+số\s+(\d+)\s*\/\s*([\p{L}\p{N}.\-–&]+)(?:\s+ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4}))?`,
  'u',
);
// The part every announcement must have: found first, then ANNOUNCE (whose optional lazy
// prefix is costly tried at every offset of a long block) runs from just before it.
const ANNOUNCE_CORE = rx(String.raw`(?:ban hành|banh|có|phát hành)\s+(?:${TYPES})(?:\s*\([^)]{1,20}\))?\s+số\s+\d+\s*\/\s*[\p{L}\p{N}.\-–&]`, 'u');
/** Longest prefix ANNOUNCE reads before the core ("Ngày 21/5/2025, " + a name of ≤ 60 characters + "vừa "). */
const PREFIX_REACH = 160;
const SUBJECT = /(?:về việc|V\/v)\s+([^.]+?)(?:\.\s|\.$|$)/u;

// "Ủy ban nhân dân thị xã Ayun Pa xây dựng kế hoạch …", "Sở Y tế đề nghị …": a
// body that opens a line and says what it does — the voice of the document.
const SPEAKS = fast(/^(.{2,80}?)\s+(?:vừa\s+|đã\s+)?(?:yêu cầu|đề nghị|chỉ đạo|thông báo|xây dựng kế hoạch|ban hành kế hoạch)(?![\p{L}])/u);
// A leading connective is not part of the name ("Theo đó, UBND tỉnh …").
const LEAD_IN = fast(/^(?:Theo đó|Theo kế hoạch|Cụ thể|Đồng thời|Trong đó|Vì vậy|Do đó)\s*,?\s*/u);
// An issuer named by its level alone ("UBND tỉnh", "Ủy ban nhân dân huyện").
const BARE_LEVEL = fast(/(?<![\p{L}])(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$/u);

export function readNarrativeHeader(blocks: Block[], h: DocumentHeader, yearHint: number | null): void {
  if (h.number !== null || h.symbol !== null || h.issuer !== null) return;
  for (const b of blocks.slice(0, 4)) {
    const core = ANNOUNCE_CORE.exec(b.text);
    if (!core) continue;
    const from = Math.max(0, core.index - PREFIX_REACH);
    const t = b.text.slice(from);
    const m = ANNOUNCE.exec(t);
    if (!m) continue;
    h.type = h.type ?? m[5].toLowerCase();
    h.number = `${m[6]}/${m[7]}`;
    h.symbol = m[7];
    const y = Number(m[10] ?? m[3] ?? h.year ?? yearHint ?? NaN);
    const mo = Number(m[9] ?? m[2]);
    const d = Number(m[8] ?? m[1]);
    if (h.date === null && Number.isFinite(y) && isValidDate(y, mo, d)) h.date = toIso(y, mo, d);
    const rest = t.slice(m.index + m[0].length).split('\n')[0];
    // "… số 58/BTNMT-TCMT gửi UBND các tỉnh, thành phố trực thuộc Trung ương về việc …"
    const to = /^\s*(?:ngày\s+\S+\s+)?gửi\s+(.{3,160}?)\s+(?:về việc|V\/v)\s/u.exec(rest);
    if (to && h.recipients.length === 0) h.recipients.push(squash(to[1]));
    if (m[4]) h.issuer = issuerNamed(m[4], blocks);
    const sm = SUBJECT.exec(rest);
    if (sm && rest.indexOf(sm[0]) < 120) h.subject = squash(sm[0].replace(/\.\s*$/u, ''));
    else {
      // "…, công tác điều chỉnh quy hoạch …" — the subject follows a comma.
      const cm = /^\s*,\s*([^.]{10,200})/u.exec(rest);
      if (cm) h.subject = squash(cm[1]);
    }
    return;
  }
  // No announcement: the body that speaks in the first paragraphs issued it.
  // It opens a line, or the clause after an opening one ("Thực hiện Kế hoạch số …,
  // Phòng Giáo dục - Đào tạo yêu cầu các trường …").
  for (const b of blocks.slice(0, 4)) {
    for (const line of b.text.split('\n')) {
      const starts = [0, ...[...line.matchAll(/[,.]\s+/gu)].map((c) => c.index + c[0].length)];
      for (const at of starts) {
        const m = SPEAKS.exec(line.slice(at).trim());
        if (m && !m[1].includes(',')) {
          h.issuer = issuerNamed(m[1], blocks);
          if (h.issuer) return;
        }
      }
    }
  }
}

/**
 * The issuer as the excerpt names it, a bare level ("UBND tỉnh") completed by
 * the one place of that level the excerpt names ("… trên địa bàn tỉnh Trà
 * Vinh"); left bare when it names none, or several.
 */
function issuerNamed(phrase: string, blocks: Block[]): string | null {
  // The longest tail after a clause break that names a body: "Nhằm …; Ủy ban nhân
  // dân tỉnh" gives the body, "Sở Lao động, Thương binh và Xã hội" stays whole.
  const tails = [phrase, ...[...phrase.matchAll(/[;:,]\s*/gu)].map((m) => phrase.slice(m.index + m[0].length))];
  const name = tails.map((t) => squash(t.replace(LEAD_IN, ''))).find((t) => startsWithUnitHead(t) && !/^(?:các|Các)\s/u.test(t));
  if (!name) return null;
  const level = BARE_LEVEL.exec(name);
  if (!level) return name;
  const places = new Set<string>();
  // Capitalised words on the same line; a sentence that starts on the next line is not the name.
  const re = rx(`(?<![\\p{L}])${level[1]}((?:[ \\t]+\\p{Lu}[\\p{Ll}\\p{M}]*){1,4})`, 'gu');
  for (const b of blocks) for (const m of b.text.matchAll(re)) places.add(squash(m[1]));
  return places.size === 1 ? `${name} ${[...places][0]}` : name;
}

/** The title line an excerpt opens with, as its subject, when nothing better is known. */
export function readTitle(blocks: Block[], h: DocumentHeader): void {
  if (h.subject !== null || blocks.length === 0) return;
  const first = blocks[0];
  // A title is one sentence: what follows it on the same line is the page's chrome
  // ("… thành phố Huế. Cập nhật lúc : 08:51 17/04/2018" when a PDF lost the break).
  const t = squash(first.text).replace(/^#+\s*/u, '').replace(FIRST_SENTENCE, '$1');
  if (first.marker === 'none' && !first.text.includes('\n') && t.length < 200 && !/^(?:Ngày|Thực hiện|Căn cứ)\s/u.test(t)) {
    h.subject = t;
  }
}
