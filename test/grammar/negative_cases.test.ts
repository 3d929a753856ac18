// Table-driven: the phrases and what they must give are in cases.ts (`negatives`).
import { negatives } from './cases.js';
import { runCases } from './harness.js';

runCases('negative_cases', negatives);
