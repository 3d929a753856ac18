// Every corpus document as .txt/.md, .docx and .pdf must give the same result.
//
// Two levels:
// 1. Reader level (independent of the pipeline): the SourceText of the .docx and
//    the .pdf against the .txt/.md text — the same words in the same order, the
//    same words bold, paragraphs starting where the .txt starts them.
// 2. Pipeline level: tasks, their lead/support units, deadlines (kind, date, due,
//    relation, rrule, trigger, time, bold) and targets equal the .txt/.md result,
//    positions, `text` white space and `source` aside.
//
// What is tolerated at the reader level, and why:
// - White space, and a line break inside a paragraph vs a paragraph break: a
//   Word line break (w:br) and a paragraph break print the same, so a PDF cannot
//   tell them apart; lines wrapped in the PDF may join a .txt line's neighbours.
//   So a .txt paragraph must start a line in the reader's text and vice versa.
// - Asterisks: the corpus .docx files carry the .txt's italic `*…*` as literal
//   asterisks, which the readers escape (`\*`); italics are not compared.
// - .md files (13–17) are web conversions: hard-wrapped lines, no blank line
//   between paragraphs, the header table as `|`-separated cells with `---`
//   rules, stray `** **`; the office files were laid out from the same text.
//   Their paragraph structure is not comparable, only words and bold are.
// - Per-document allowances below are measured, each with its reason.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse.js';
import { readSourceFile } from '../../src/source/index.js';
import type { CchcDocument } from '../../src/model/schema.js';
import { compare, words } from './compare.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

const documents = readdirSync(FIXTURES)
  .filter((f) => /\.(txt|md)$/.test(f))
  .map((f) => ({ file: f, name: f.replace(/\.(txt|md)$/, ''), markdown: f.endsWith('.md') }))
  .filter((d) => existsSync(join(FIXTURES, `${d.name}.docx`)) && existsSync(join(FIXTURES, `${d.name}.pdf`)));

interface Allowance {
  /** Least share of the reference's words found in order. */
  similarity: number;
  /** Most words whose bold flag may differ. */
  bold: number;
  /** Most paragraph starts missed / added. */
  missed: number;
  extra: number;
}

const EXACT: Allowance = { similarity: 1, bold: 0, missed: 0, extra: 0 };

/**
 * The .md files are web conversions whose header and signature blocks are in
 * another order than in the office files (the date after the subject, the
 * signer after the footnotes), hence a few words out of order.
 */
const MARKDOWN: Allowance = { similarity: 0.985, bold: 0, missed: 2, extra: 2 };

/** Measured exceptions, `format:document` → allowance, each with its reason. */
const ALLOWANCES: Record<string, Partial<Allowance>> = {
  // A web-scraped table flattened into space-aligned lines; in the PDF one cell
  // word ("Địa chính") wraps around the numbers printed beside it.
  'pdf:10-tanhuong-ntm-2018': { similarity: 0.99, extra: 1 },
  // The .md opens bold with an unclosed `**` ("*- Các sản phẩm trái cây**:") that
  // the .txt shape closes at the paragraph end, but the corpus .docx (and so its
  // PDF) keeps bold on for the following paragraphs: the readers are faithful to
  // the office file.
  'docx:16-sonla-2954-qd-kh-xuat-khau-2026-2030': { bold: 400 },
  'pdf:16-sonla-2954-qd-kh-xuat-khau-2026-2030': { bold: 400 },
};

function allowance(format: 'docx' | 'pdf', name: string, markdown: boolean): Allowance {
  return { ...(markdown ? MARKDOWN : EXACT), ...ALLOWANCES[`${format}:${name}`] };
}

/**
 * Documents whose office file cannot give the pipeline the same input as the
 * reference text: for them only the deadlines (as a multiset) must agree, or
 * nothing ('reader-only') at the pipeline level. Each says why.
 */
const PIPELINE_DIFFERENCES: Record<string, { compare: 'deadlines' | 'reader-only'; why: string }> = {
  'pdf:05-laichau-giai-ngan-dtc-2019': {
    compare: 'deadlines',
    why: 'a line the .txt breaks by hand ("… 23/5/2019." / "Giao Sở …") is printed justified to the margin, indistinguishable from a wrapped line, so the PDF joins two tasks',
  },
  'pdf:09-laichau-kiem-tra-tam-duong-2013': {
    compare: 'deadlines',
    why: 'same as 05: "… Bình Lư." / "14h00’ ngày 06/9 …" is a hand break printed as a full justified line',
  },
  'pdf:10-tanhuong-ntm-2018': {
    compare: 'reader-only',
    why: 'a web table flattened into lines of cells; the PDF prints those lines with the cells at other places, so rows and tasks regroup',
  },
  'docx:13-ttg-227-cd-khac-phuc-mua-lu-nam-trung-bo': {
    compare: 'deadlines',
    why: 'the corpus .docx joins the .md\'s title lines into one paragraph ("CÔNG ĐIỆN V/V … điện:") and puts "THỦ TƯỚNG Phạm Minh Chính" in the Nơi nhận cell',
  },
  'pdf:13-ttg-227-cd-khac-phuc-mua-lu-nam-trung-bo': { compare: 'deadlines', why: 'printed from the .docx above' },
  'docx:15-vpcp-634-tb-ket-luan-thanh-hoa': {
    compare: 'deadlines',
    why: 'the corpus .docx starts a new paragraph where the .md only wraps a line ("… văn hóa;" / "hình thành các vùng …"), so one task becomes two',
  },
  'pdf:15-vpcp-634-tb-ket-luan-thanh-hoa': { compare: 'deadlines', why: 'printed from the .docx above' },
  'docx:16-sonla-2954-qd-kh-xuat-khau-2026-2030': {
    compare: 'deadlines',
    why: 'the corpus .docx carries the .md\'s unclosed bold over many paragraphs and lays the whole Kế hoạch in the signature table\'s right cell',
  },
  'pdf:16-sonla-2954-qd-kh-xuat-khau-2026-2030': { compare: 'deadlines', why: 'printed from the .docx above' },
};

/** What must be equal across formats: no positions, no text white space, no source. */
function comparable(doc: CchcDocument) {
  const squash = (s: string | null) => (s === null ? null : s.replace(/\s+/g, ' ').trim());
  return doc.tasks.map((t) => ({
    section: t.section,
    lead: t.lead,
    support: t.support,
    deadlines: t.deadlines.map((d) => ({
      kind: d.kind,
      date: d.date,
      due: d.due,
      relation: d.relation,
      rrule: d.rrule,
      trigger: squash(d.trigger),
      time: d.time,
      bold: d.bold,
    })),
    targets: t.targets.map((x) => ({ value: x.value, comparator: x.comparator, unit: x.unit, role: x.role, units: x.units, bold: x.bold })),
  }));
}

function deadlineMultiset(doc: CchcDocument): string[] {
  return comparable(doc)
    .flatMap((t) => t.deadlines.map((d) => JSON.stringify(d)))
    .sort();
}

describe.each(documents)('$name', ({ file, name, markdown }) => {
  const refPath = join(FIXTURES, file);

  describe.each(['docx', 'pdf'] as const)('%s reader', (format) => {
    it('gives the words, bold and paragraphs of the reference text', async () => {
      const ref = words(readFileSync(refPath, 'utf8'), { markdown });
      const { source } = await readSourceFile(join(FIXTURES, `${name}.${format}`));
      expect(source.format).toBe(format);
      const got = words(source.text);
      const c = compare(ref, got);
      const allow = allowance(format, name, markdown);
      expect(c.similarity, 'share of words in order').toBeGreaterThanOrEqual(allow.similarity);
      expect(c.boldMismatches.length, c.boldMismatches.join('\n')).toBeLessThanOrEqual(allow.bold);
      expect(c.missedParagraphs.length, c.missedParagraphs.join('\n')).toBeLessThanOrEqual(allow.missed);
      expect(c.extraParagraphs.length, c.extraParagraphs.join('\n')).toBeLessThanOrEqual(allow.extra);
    });

    const known = PIPELINE_DIFFERENCES[`${format}:${name}`];
    const what = known ? `the deadlines of the reference text (${known.why})` : 'the tasks, units, deadlines and targets of the reference text';
    it.skipIf(known?.compare === 'reader-only')(`gives ${what}`, async () => {
      const [ref, got] = await Promise.all([parseFile(refPath), parseFile(join(FIXTURES, `${name}.${format}`))]);
      if (known) expect(deadlineMultiset(got)).toEqual(deadlineMultiset(ref));
      else expect(comparable(got)).toEqual(comparable(ref));
    });
  });
});

it('finds every corpus document in three formats', () => {
  expect(documents.length).toBeGreaterThanOrEqual(18);
});
