// Hand-made CchcDocuments for rule tests: the pipeline is not needed to test a rule.
import type { CchcDocument, Deadline, Reference, Section, Target, Task } from '../../src/model/schema.js';

const at = (line = 1, column = 1) => ({ line, column });

export function makeDoc(over: Partial<Omit<CchcDocument, 'document'>> & { document?: Partial<CchcDocument['document']> } = {}): CchcDocument {
  const { document, ...rest } = over;
  return {
    schemaVersion: 1,
    source: { path: 'test.txt', format: 'txt', sha256: '0'.repeat(64), encoding: 'utf-8' },
    document: {
      type: null, issuer: null, parentIssuer: null, number: '12/UBND-NV', symbol: 'UBND-NV', place: null,
      date: '2023-11-06', year: 2023, subject: null, recipients: [], signer: { authority: null, title: null, name: null },
      distribution: [],
      ...document,
    },
    references: [],
    sections: [],
    tasks: [],
    targets: [],
    units: [],
    diagnostics: [],
    ...rest,
  };
}

export function task(id: string, over: Partial<Task> = {}, line = 10): Task {
  return { id, section: null, text: `Nhiệm vụ ${id}`, lead: ['Phòng Nội vụ'], support: [], deadlines: [deadline('2023-11-30')], targets: [], position: at(line), ...over };
}

export function deadline(date: string | null, over: Partial<Deadline> = {}, line = 10, column = 20): Deadline {
  return {
    kind: 'date', date, due: date, time: null, relation: 'by', granularity: 'day', yearInferred: false, rrule: null,
    trigger: null, offset: null, text: date ? `chậm nhất ngày ${date}` : 'hằng tháng', bold: false, position: at(line, column), ...over,
  };
}

export function target(value: number, over: Partial<Target> = {}, line = 12): Target {
  return { value, comparator: '>=', unit: '%', role: 'target', subject: null, units: [], text: `${value}%`, bold: false, position: at(line, 5), ...over };
}

export function reference(number: string | null, date: string | null = null, line = 5): Reference {
  return { type: 'Quyết định', number, symbol: null, date, issuer: null, text: `Quyết định số ${number}`, position: at(line, 3) };
}

export function section(id: string, units: string[], line = 8): Section {
  return { id, kind: 'arabic', title: `${id}. ${units.join(', ')}`, level: 1, units, position: at(line) };
}
