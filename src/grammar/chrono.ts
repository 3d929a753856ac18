// The one place that imports chrono-node: its `vi` subpath only (importing the
// whole package costs ~100 ms of start-up for 40 locales we never use).
import { Chrono, ParsingResult, createConfiguration } from 'chrono-node/vi';
import type { Parser, Refiner } from 'chrono-node/vi';

export { Chrono, ParsingResult, createConfiguration };
export type { Parser, Refiner };
/** chrono's ParsingContext (not re-exported by the vi subpath). */
export type ParsingContext = Parameters<Parser['pattern']>[0];
