// Table-driven: the phrases and what they must give are in cases.ts (`conditionals`).
import { conditionals } from './cases.js';
import { runCases } from './harness.js';

runCases('conditionals', conditionals);
