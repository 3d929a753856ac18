// Table-driven: the phrases and what they must give are in cases.ts (`relatives`).
import { relatives } from './cases.js';
import { runCases } from './harness.js';

runCases('relatives', relatives);
