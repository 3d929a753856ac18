// With a list of known units in cchc.config.json: a unit the document names
// that is on no list (a typo, a renamed office, a unit of another district).
// A known "Phòng Nội vụ" also accepts "Phòng Nội vụ huyện"; collective names
// ("UBND các xã, thị trấn") are not checked.
import { unitMentions } from '../names.js';
import type { RawFinding, Rule } from '../types.js';
import { isCollective, lintUnitKey } from '../unit-key.js';

export function isKnown(name: string, knownKeys: string[]): boolean {
  const k = lintUnitKey(name);
  return knownKeys.some((known) => k === known || k.startsWith(`${known} `));
}

export const unitUnknown: Rule = {
  code: 'unit/unknown',
  severity: 'warning',
  description: 'a unit not in the config\'s "units" list',
  check: ({ doc, config, text, lines }) => {
    if (config.units.length === 0) return [];
    const knownKeys = config.units.flatMap((u) => [u.name, ...u.aliases]).map(lintUnitKey);
    const found: RawFinding[] = [];
    const reported = new Set<string>();
    for (const u of unitMentions(doc)) {
      const key = lintUnitKey(u.name);
      if (reported.has(key) || isCollective(u.name) || isKnown(u.name, knownKeys)) continue;
      reported.add(key);
      const at = text.indexOf(u.name);
      found.push({ position: at >= 0 ? lines.position(at) : u.position, vars: { name: u.name } });
    }
    return found;
  },
};
