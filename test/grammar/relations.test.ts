// Table-driven: the phrases and what they must give are in cases.ts (`relations`).
import { relations } from './cases.js';
import { runCases } from './harness.js';

runCases('relations', relations);
