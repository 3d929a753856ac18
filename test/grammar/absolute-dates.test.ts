// Table-driven: the phrases and what they must give are in cases.ts (`absoluteDates`).
import { absoluteDates } from './cases.js';
import { runCases } from './harness.js';

runCases('absolute-dates', absoluteDates);
