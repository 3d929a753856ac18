// Table-driven: the phrases and what they must give are in cases.ts (`problems`).
import { problems } from './cases.js';
import { runCases } from './harness.js';

runCases('problems', problems);
