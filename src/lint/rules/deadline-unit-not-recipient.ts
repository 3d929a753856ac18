// A section gives a deadline to a unit that the letter is not addressed to
// (Kính gửi): the unit may never receive it. Collective recipients cover their
// members: "Thủ trưởng các phòng chuyên môn huyện" covers "Phòng Nội vụ",
// "Chủ tịch UBND các xã, thị trấn" covers "UBND xã Phước Hưng", and
// "các cơ quan, đơn vị" covers everyone.
import type { RawFinding, Rule } from '../types.js';
import { isCollective, lintUnitKey } from '../unit-key.js';

const TITLES = /^(?:thủ trưởng|chủ tịch|phó chủ tịch|giám đốc|trưởng|lãnh đạo|đồng chí|bí thư|hiệu trưởng)\s+/u;
const EVERYONE = new Set(['cơ quan', 'đơn vị', 'địa phương', 'cơ quan, đơn vị']);

function recipientKey(name: string): string {
  return lintUnitKey(name).replace(TITLES, '');
}

/** The kinds of body a collective recipient names: "các phòng, ban chuyên môn" → phòng, ban. */
function collectiveHeads(key: string): string[] {
  const i = key.search(/(?<![\p{L}])các\s/u);
  if (i < 0) return [];
  return key
    .slice(i + 4)
    .split(/,\s*|\s+-\s+/u)
    .map((w) => TWO_WORD_HEAD.exec(w.trim())?.[0] ?? w.trim().split(/\s+/u)[0])
    .filter(Boolean);
}

const TWO_WORD_HEAD = /^(?:cơ quan|đơn vị|địa phương|thị trấn|doanh nghiệp|ủy ban nhân dân)/u;

export function isAddressed(unit: string, recipients: string[]): boolean {
  const u = recipientKey(unit);
  for (const r of recipients) {
    const k = recipientKey(r);
    if (k === u || k.includes(u) || u.includes(k)) return true;
    for (const head of collectiveHeads(k)) {
      if (EVERYONE.has(head)) return true;
      if (new RegExp(`(?<![\\p{L}])${head}(?![\\p{L}])`, 'u').test(u)) return true;
    }
  }
  return false;
}

export const deadlineUnitNotRecipient: Rule = {
  code: 'deadline/unit-not-recipient',
  severity: 'warning',
  description: 'a section unit with a deadline that is not among the recipients',
  check: ({ doc }) => {
    const recipients = doc.document.recipients;
    if (recipients.length === 0) return [];
    const found: RawFinding[] = [];
    for (const section of doc.sections) {
      const first = doc.tasks.filter((t) => t.section === section.id).flatMap((t) => t.deadlines)[0];
      if (!first) continue;
      for (const unit of section.units) {
        // "các cơ quan, đơn vị trực thuộc …" names a set, not a unit: cannot be checked.
        if (isCollective(unit) || isAddressed(unit, recipients)) continue;
        found.push({ position: first.position, vars: { text: first.text, unit } });
      }
    }
    return found;
  },
};
