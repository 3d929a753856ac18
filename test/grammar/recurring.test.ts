// Table-driven: the phrases and what they must give are in cases.ts (`recurring`).
import { recurring } from './cases.js';
import { runCases } from './harness.js';

runCases('recurring', recurring);
