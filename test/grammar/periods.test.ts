// Table-driven: the phrases and what they must give are in cases.ts (`periods`).
import { periods } from './cases.js';
import { runCases } from './harness.js';

runCases('periods', periods);
