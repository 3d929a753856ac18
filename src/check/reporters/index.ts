import type { Lang } from '../../render/types.js';
import type { CheckRun } from '../run.js';
import { renderHuman } from './human.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';

export type CheckFormat = 'human' | 'json' | 'junit';

export const CHECK_REPORTERS: Record<CheckFormat, (run: CheckRun, lang: Lang) => string> = {
  human: renderHuman,
  json: renderJson,
  junit: renderJunit,
};
