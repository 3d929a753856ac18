// `cchc reopen ID`: lives with `done` (the same lookup), re-exported here so each command has its file.
export { runReopen } from './done.js';
