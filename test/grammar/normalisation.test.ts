// Table-driven: the phrases and what they must give are in cases.ts (`normalisation`).
import { normalisation } from './cases.js';
import { runCases } from './harness.js';

runCases('normalisation', normalisation);
