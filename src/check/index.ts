// `cchc check` as a library: golden comparison of parse results.
export { diffDocuments, deepEqual, type Difference, type DifferenceKind } from './diff.js';
export { toExpected, serializeExpected, expectedPathFor, documentName, type Json } from './expected.js';
export { formatDifference, formatValue } from './messages.js';
export { runChecks, checkExitCode, summarize, groupByExpected, pickUpdateSource } from './run.js';
export type { CheckRun, CheckResult, CheckStatus, UpdateResult, CheckOptions } from './run.js';
export { CHECK_REPORTERS, type CheckFormat } from './reporters/index.js';
