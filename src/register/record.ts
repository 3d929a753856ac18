// What the register keeps of one parsed document: a version record, a pure
// function of the CchcDocument. The store persists it; the commands read it.
import type { CchcDocument, DeadlineKind } from '../model/schema.js';
import { docLabel, issueAnchor, periodEnd, sectionLabel } from '../render/ics/document.js';
import { plainTask } from '../render/ics/text.js';
import { unitKey } from '../render/ics/select.js';
import { deadlineKeys, documentId, documentIdentity } from './identity.js';
import { sha256Hex } from '../text/sha256.js';

export interface DeadlineRecord {
  key: string;
  taskId: string;
  section: string | null;
  task: string;
  kind: DeadlineKind;
  /** The last day that meets it (null: recurring, conditional, relative). */
  due: string | null;
  time: string | null;
  rrule: string | null;
  /** Recurring: the first day and the last day the rule may fall on. */
  start: string | null;
  end: string | null;
  trigger: string | null;
  text: string;
  lead: string[];
  support: string[];
  /** Comparison keys of every spelling of the lead units the document gives ("\n"-joined in storage). */
  unitKeys: string[];
}

export interface VersionRecord {
  /** documentIdentity(doc) and its short form. */
  identity: string;
  docId: string;
  sha256: string;
  /** Hash of what the document says (header and tasks, positions left out): the same text in .docx and .pdf is one version. */
  content: string;
  label: string;
  type: string | null;
  number: string | null;
  issuer: string | null;
  subject: string | null;
  date: string | null;
  year: number | null;
  path: string;
  /** When the file was last saved (ISO, UTC; '' when unknown): between versions of one issue date, the later saved is current. */
  modified: string;
  deadlines: DeadlineRecord[];
  /** The parsed document, kept for `show` and for future readers. */
  json: string;
}

/** Every spelling the document gives for one unit, as comparison keys. */
function spellingKeys(doc: CchcDocument, name: string): string[] {
  const k = unitKey(name);
  const entry = doc.units.find((u) => [u.name, u.key, ...u.aliases].some((s) => unitKey(s) === k));
  const all = entry ? [name, entry.name, entry.key, ...entry.aliases] : [name];
  return [...new Set(all.map(unitKey))].sort();
}

function withoutPositions(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === 'position' ? undefined : v)));
}

export function versionRecord(doc: CchcDocument, modified = ''): VersionRecord {
  const identity = documentIdentity(doc);
  const keys = deadlineKeys(doc, identity);
  const start = issueAnchor(doc);
  const end = periodEnd(doc);
  const deadlines: DeadlineRecord[] = [];
  doc.tasks.forEach((task, t) =>
    task.deadlines.forEach((d, i) => {
      const lead = d.units && d.units.length ? d.units : task.lead;
      deadlines.push({
        key: keys[t][i],
        taskId: task.id,
        section: sectionLabel(doc, task.section),
        task: plainTask(task.text),
        kind: d.kind,
        due: d.kind === 'recurring' ? null : d.due,
        time: d.time,
        rrule: d.kind === 'recurring' ? d.rrule : null,
        start: d.kind === 'recurring' ? start : null,
        end: d.kind === 'recurring' ? end : null,
        trigger: d.trigger,
        text: d.text,
        lead,
        support: task.support,
        unitKeys: [...new Set(lead.flatMap((u) => spellingKeys(doc, u)))].sort(),
      });
    }),
  );
  const h = doc.document;
  const content = sha256Hex(JSON.stringify(withoutPositions({ document: h, tasks: doc.tasks })));
  return {
    identity,
    docId: documentId(identity),
    sha256: doc.source.sha256,
    content,
    label: docLabel(doc),
    type: h.type,
    number: h.number,
    issuer: h.issuer,
    subject: h.subject,
    date: h.date,
    year: h.year,
    path: doc.source.path,
    modified,
    deadlines,
    json: JSON.stringify(doc),
  };
}
