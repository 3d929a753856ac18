// Table-driven: the phrases and what they must give are in cases.ts (`timesOfDay`).
import { timesOfDay } from './cases.js';
import { runCases } from './harness.js';

runCases('times-of-day', timesOfDay);
