// Table-driven: the phrases and what they must give are in cases.ts (`rangesAndLists`).
import { rangesAndLists } from './cases.js';
import { runCases } from './harness.js';

runCases('ranges-and-lists', rangesAndLists);
