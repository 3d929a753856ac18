// Every deadline of the annotated fixtures, in its sentence (gold-cases.ts).
import { corpusGold } from './gold-cases.js';
import { runCases } from './harness.js';

runCases('corpus-gold', corpusGold);
