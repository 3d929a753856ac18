// Inputs of about 1 MB built to be expensive, in every format, through the real
// launcher with a 300 MB heap: each exits 0 or, past a limit, 2 with one
// sentence; none dies of memory or an internal error. (The time each takes is
// measured by hand and in `npm run fuzz`, not asserted here.) Output is JSON,
// and a calendar for the paragraph of 1,200 deadlines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installBundle, ROOT, type Install } from '../cli/bundle.js';
import { docxOf, nestedTextBoxes, para, pdfOf, textPage } from '../source/hostile-inputs.js';

const MB = 1_000_000;
const enc = (s: string) => new TextEncoder().encode(s);
const fill = (unit: string, bytes = MB) => unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));
const SEED_TXT = readFileSync(join(ROOT, 'fixtures/tuy-phuoc-cchc-2023.txt'), 'utf8');

const CASES: Array<[string, string, () => Uint8Array, 0 | 2, ...string[]]> = [
  ['20,000+ lines "- a"', 'dashes.txt', () => enc(fill('- a\n')), 0],
  ['one task line of digits', 'digits.txt', () => enc(`1. Phòng Nội vụ ${fill('1', MB - 40)} thực hiện.\n`), 0],
  ['a paragraph of dates', 'dates.txt', () => enc(`1. Báo cáo ${fill('trước ngày 01/02/2023, ')}\n`), 0],
  ['one line of prose', 'line.txt', () => enc(fill(SEED_TXT.replace(/\s+/g, ' '))), 0],
  ['the seed text repeated', 'repeated.txt', () => enc(fill(`${SEED_TXT}\n\n`)), 0],
  ['18 nested text boxes', 'boxes.docx', () => docxOf(nestedTextBoxes(18, 'Phòng Nội vụ báo cáo trước ngày 20/11/2023.')), 0],
  ['a cell of paragraphs', 'cell.docx', () => docxOf(`<w:tbl><w:tr><w:tc>${fill(para('a'))}</w:tc></w:tr></w:tbl>`, { store: true }), 0],
  ['a tag without "="', 'tag.docx', () => docxOf(`<w:p a${'b'.repeat(MB)}/>${para('Phòng Nội vụ thực hiện.')}`, { store: true }), 0],
  [
    'a basedOn chain of 6,000 styles',
    'styles.docx',
    () =>
      docxOf(Array.from({ length: 6_000 }, (_, k) => para('Phòng Nội vụ thực hiện.', `<w:pStyle w:val="s${k}"/>`)).join(''), {
        styles: Array.from({ length: 6_000 }, (_, k) => `<w:style w:type="paragraph" w:styleId="s${k}"><w:basedOn w:val="s${k + 1}"/></w:style>`).join(''),
      }),
    0,
  ],
  ['a page of text operators', 'ops.pdf', () => pdfOf(fill('BT /F1 11 Tf 72 700 Td (a) Tj ET\n', 30 * MB), { deflate: true }), 2],
  [
    'a 20000×20000 image',
    'image.pdf',
    () => pdfOf(`${textPage(Array.from({ length: 30 }, () => 'Phong Noi vu bao cao ket qua thuc hien.'))}\nq 595 0 0 842 0 0 cm /Im1 Do Q`, { image: { width: 20_000, height: 20_000 } }),
    0,
  ],
  [
    '1,200 deadlines in a 138 KB paragraph, as a calendar',
    'deadlines.txt',
    () =>
      enc(`1. ${Array.from({ length: 1_200 }, (_, k) => `Phòng Nội vụ báo cáo việc ${k} trước ngày ${1 + (k % 28)}/${1 + (k % 12)}/2024 để tổng hợp chung cho toàn huyện, xã.`).join(' ')}\n`),
    0,
    '--format',
    'ics',
  ],
];

describe('expensive inputs of about 1 MB, through the launcher with a 300 MB heap', () => {
  let install: Install;
  let dir: string;
  beforeAll(async () => {
    install = await installBundle('cchc-test-');
    // pdf.js stays outside the bundle: found through a link, removed with the folder (its target untouched).
    symlinkSync(join(ROOT, 'node_modules'), join(install.home, 'node_modules'));
    dir = mkdtempSync(join(tmpdir(), 'cchc-test-'));
  }, 60_000);
  afterAll(() => {
    install?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(CASES)('%s (%s)', (_label, name, build, exit, ...format) => {
    const path = join(dir, name);
    const bytes = build();
    writeFileSync(path, bytes);
    const r = spawnSync(process.execPath, ['--max-old-space-size=300', install.bin, 'parse', path, ...(format.length ? format : ['--format', 'json'])], {
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(exit);
    const errLines = r.stderr.split('\n').filter(Boolean);
    expect(errLines.length).toBeLessThanOrEqual(1);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error|lỗi nội bộ/i);
    expect(Buffer.compare(readFileSync(path), Buffer.from(bytes))).toBe(0);
  }, 90_000);
});
