// A date no refiner gave a relation is not a deadline: a cited document's date
// ("Quyết định số 3057/QĐ-UBND ngày 21/9/2023"), the issue date, a holiday named
// in passing ("ngày Quốc tế Lao động 1/5"), a date in a narrative.
import { defineRefiner } from '../refiner.js';

export const dropBare = defineRefiner((drafts) => drafts.filter((d) => !d.bare));
