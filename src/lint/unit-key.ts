// Canonical unit key for the lint rules. The lead's `unitKey` (src/text/units.ts)
// is the one the pipeline groups `units` by; until it is committed this mirrors
// its rule: NFC, lower case, new-style tone marks, "–" / "-" / "và" alike,
// UBND / HĐND expanded. Switch the body to `return unitKey(name)` once it lands.
import { squash, toneKey } from '../text/normalize.js';

export function lintUnitKey(name: string): string {
  return squash(
    toneKey(name.replace(/\*\*/g, ''))
      .replace(/(?<![\p{L}\p{N}])ubnd(?![\p{L}\p{N}])/gu, 'ủy ban nhân dân')
      .replace(/(?<![\p{L}\p{N}])hđnd(?![\p{L}\p{N}])/gu, 'hội đồng nhân dân')
      .replace(/\s*[-–—‐‑]\s*|\s+và\s+|\s*&\s*/gu, ' - ')
      .replace(/[.,;:]+$/u, ''),
  );
}

/** Collective names ("UBND các xã, thị trấn", "các cơ quan, đơn vị") are not one unit. */
export function isCollective(name: string): boolean {
  return /(?<![\p{L}])(?:các|những|toàn thể|mọi)(?![\p{L}])/iu.test(name);
}
