// Canonical unit key for the lint rules: the pipeline's own `unitKey` (the key
// `document.units` is grouped by), after removing bold markers.
import { unitKey } from '../text/units.js';

export function lintUnitKey(name: string): string {
  return unitKey(name.replace(/\*\*/g, ''));
}

/** Collective names ("UBND các xã, thị trấn", "các cơ quan, đơn vị") are not one unit. */
export function isCollective(name: string): boolean {
  return /(?<![\p{L}])(?:các|những|toàn thể|mọi)(?![\p{L}])/iu.test(name);
}
