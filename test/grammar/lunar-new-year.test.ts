// Table-driven: the phrases and what they must give are in cases.ts (`lunarNewYear`).
import { lunarNewYear } from './cases.js';
import { runCases } from './harness.js';

runCases('lunar-new-year', lunarNewYear);
