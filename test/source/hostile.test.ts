// Inputs built on purpose to break a promise (issue #10): each gives exit 0 or
// one sentence and exit 2, never an internal error or a stack trace, leaves its
// bytes as they were, and costs time in proportion to its size. Cost is shown
// as growth (the same input 1× and 8×: linear work grows ~8×, quadratic ~64×),
// or as what the output holds, never against a clock.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes, parseText, validateDocument } from '../../src/parse.js';
import { InputError, MAX_TEXT_CHARS, readSourceBytes } from '../../src/source/index.js';
import { parseXml } from '../../src/source/xml.js';
import { scanTime } from '../../src/grammar/index.js';
import { splitBlocks } from '../../src/stages/blocks.js';
import { renderCsv } from '../../src/render/csv.js';
import { renderTable } from '../../src/render/table.js';
import { renderIcs } from '../../src/render/ics/index.js';
import { run, tempDir } from '../cli/run.js';
import { installBundle } from '../cli/bundle.js';
import { docxOf, nestedTextBoxes, para, pdfOf, textPage } from './hostile-inputs.js';
import { readPdf } from '../../src/source/pdf.js';

const enc = (s: string) => new TextEncoder().encode(s);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Runs `cchc parse` on the bytes as a file; checks the promises every answer keeps. */
async function parseAsFile(bytes: Uint8Array, name: string, args: string[] = []) {
  const dir = tempDir();
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const before = sha(bytes);
  const r = await run(['parse', path, ...args]);
  expect(sha(readFileSync(path))).toBe(before);
  expectOneSentence(r.stderr);
  if (r.code === 0) validateDocument(JSON.parse(r.stdout));
  return r;
}

function expectOneSentence(stderr: string): void {
  expect(stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
}

/** Best of three runs of `fn(n × scale)` over best of three of `fn(n)`. */
function growth(fn: (n: number) => unknown, n: number, scale = 8): number {
  const best = (k: number) => {
    let t = Infinity;
    for (let i = 0; i < 3; i++) {
      const s = performance.now();
      fn(k);
      t = Math.min(t, performance.now() - s);
    }
    return t;
  };
  best(n); // warm up the regular expressions and the JIT
  return best(n * scale) / Math.max(best(n), 1);
}

/** Linear work 8× larger takes ~8× as long; quadratic, ~64×. The bound leaves room for a loaded machine. */
const LINEAR = 24;

const numbered = (count: number, start: string, fmt = 'lowerLetter') => ({
  body: Array.from({ length: count }, () => para('Phòng Nội vụ thực hiện.', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')).join(''),
  numbering: `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
});

describe('hostile .docx', () => {
  it('ignores a symbol beyond U+10FFFF', async () => {
    const r = await parseAsFile(docxOf(`<w:p><w:r><w:sym w:font="Wingdings" w:char="110000"/><w:t>Phòng Nội vụ thực hiện.</w:t></w:r></w:p>`), 'a.docx');
    expect(r.code).toBe(0);
  });

  it('numbers a lowerLetter list that starts at 10^12 or 5×10^8 with digits, not a letter repeated that many times', async () => {
    const huge = numbered(1, '1000000000000');
    expect(await parseAsFile(docxOf(huge.body, { numbering: huge.numbering }), 'a.docx').then((r) => r.code)).toBe(0);
    const many = numbered(30, '500000000');
    const source = await readSourceBytes(docxOf(many.body, { numbering: many.numbering }), 'a.docx');
    expect(source.text.length).toBeLessThan(2_000);
    expect(source.text).toContain('500000029) Phòng Nội vụ');
    // Ordinary letters still read as Word shows them.
    const ab = numbered(28, '1');
    expect((await readSourceBytes(docxOf(ab.body, { numbering: ab.numbering }), 'a.docx')).text).toContain('bb) Phòng Nội vụ');
  });

  it('reads each of 18 nested text boxes once: one sentence is one task', async () => {
    const sentence = 'Phòng Nội vụ báo cáo trước ngày 20/11/2023.';
    for (const depth of [12, 18]) {
      const source = await readSourceBytes(docxOf(nestedTextBoxes(depth, sentence)), 'a.docx');
      expect(source.text.split(sentence).length - 1).toBe(1);
    }
    const r = await parseAsFile(docxOf(nestedTextBoxes(18, sentence)), 'a.docx');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tasks.length).toBeLessThanOrEqual(1);
  });

  it('reads a table cell of 130,000 paragraphs without overflowing the stack', async () => {
    const cell = `<w:tbl><w:tr><w:tc>${para('a').repeat(130_000)}</w:tc></w:tr></w:tbl>`;
    const source = await readSourceBytes(docxOf(cell, { store: true }), 'a.docx');
    expect(source.text.split('\n\n').length).toBe(130_000);
  }, 60_000);

  it('parses a tag of 100,000 characters without "=" in linear time', () => {
    const tag = (n: number) => `<w:document><w:p a${'b'.repeat(n)} c="d"/></w:document>`;
    expect(parseXml(tag(10)).children[0]).toMatchObject({ attrs: { c: 'd' } });
    expect(growth((n) => parseXml(tag(n)), 12_500)).toBeLessThan(LINEAR);
    expect(() => parseXml(tag(100_000))).not.toThrow();
  });

  it('reads attributes as before: spaces around "=", both quotes, no space between pairs', () => {
    const el = parseXml(`<w:x a = "1" b='2'c="3" d e="x>y"/>`);
    expect(el.attrs).toEqual({ a: '1', b: '2', c: '3', e: 'x>y' });
  });

  it('follows a basedOn chain of 6,000 styles once, not at every run', async () => {
    const docOf = (n: number) =>
      docxOf(Array.from({ length: n }, (_, k) => para('Phòng Nội vụ thực hiện.', `<w:pStyle w:val="s${k}"/>`)).join(''), {
        styles: Array.from({ length: n }, (_, k) => `<w:style w:type="paragraph" w:styleId="s${k}"><w:basedOn w:val="s${k + 1}"/></w:style>`).join('') +
          `<w:style w:type="paragraph" w:styleId="s${n}"><w:rPr><w:b/></w:rPr></w:style>`,
      });
    const source = await readSourceBytes(docOf(3), 'a.docx');
    expect(source.text).toBe('**Phòng Nội vụ thực hiện.**\n\n**Phòng Nội vụ thực hiện.**\n\n**Phòng Nội vụ thực hiện.**');
    const big = docOf(6_000);
    const small = docOf(750);
    const time = async (b: Uint8Array) => {
      let t = Infinity;
      for (let i = 0; i < 3; i++) {
        const s = performance.now();
        await readSourceBytes(b, 'a.docx');
        t = Math.min(t, performance.now() - s);
      }
      return t;
    };
    await time(small);
    expect((await time(big)) / Math.max(await time(small), 1)).toBeLessThan(LINEAR);
  });
});

describe('hostile text', () => {
  it('splits 20,000 lines "- a" in linear time', () => {
    const text = (n: number) => '- a\n'.repeat(n);
    expect(growth((n) => splitBlocks(text(n)), 2_500)).toBeLessThan(LINEAR);
    expect(splitBlocks(text(20_000)).length).toBe(1);
  });

  it('joins paragraphs cut by page breaks in linear time', () => {
    const text = (n: number) => `${'Phòng Nội vụ chủ trì thực hiện việc rà soát thủ tục hành chính và'}\n\n${'tiếp tục\n\n'.repeat(n)}`;
    expect(splitBlocks(text(3)).length).toBe(1);
    expect(growth((n) => splitBlocks(text(n)), 2_500)).toBeLessThan(LINEAR);
  });

  it('reads a task line of 100,000 digits in linear time', () => {
    const doc = (n: number) => `1. Phòng Nội vụ ${'1'.repeat(n)} thực hiện báo cáo.\n`;
    expect(growth((n) => parseText(doc(n)), 12_500)).toBeLessThan(LINEAR);
    expect(parseText(doc(100_000)).tasks.length).toBe(1);
  });

  it('scans a paragraph of 40,000 dates in linear time', () => {
    const paragraph = (n: number) => `Báo cáo ${'trước ngày 01/02/2023, '.repeat(n)}`;
    const ctx = { issueDate: '2023-01-01', year: 2023 };
    expect(scanTime(paragraph(3), ctx).length).toBe(3);
    expect(growth((n) => scanTime(paragraph(n), ctx), 2_500)).toBeLessThan(LINEAR);
    expect(parseText(`1. ${paragraph(40_000)}\n`).tasks.length).toBe(1);
  }, 60_000);

  it('refuses a text longer than the limit (10 MB on one line) with one sentence', async () => {
    const line = 'Phòng Nội vụ báo cáo kết quả thực hiện cải cách hành chính. ';
    const bytes = enc(line.repeat(Math.ceil(10_000_000 / line.length)));
    await expect(readSourceBytes(bytes, 'a.txt')).rejects.toMatchObject({ code: 'too-large' });
    const r = await parseAsFile(bytes, 'a.txt');
    expect(r.code).toBe(2);
    // Just under the limit it is read.
    const under = enc(line.repeat(Math.floor((MAX_TEXT_CHARS - 1) / line.length)));
    expect((await readSourceBytes(under, 'a.txt')).text.length).toBeLessThan(MAX_TEXT_CHARS);
  }, 60_000);
});

describe('a calendar of a long paragraph', () => {
  const paragraph = (n: number) =>
    '1. ' + Array.from({ length: n }, (_, k) => `Phòng Nội vụ báo cáo việc số ${k} trước ngày ${1 + (k % 28)}/${1 + (k % 12)}/2024 để tổng hợp chung cho toàn huyện.`).join(' ') + '\n';
  const ics = (n: number) => renderIcs([parseText(paragraph(n))], { lang: 'vi', today: '2023-11-25', color: false });

  it('quotes in each event the sentence of its deadline, bounded: the file grows with the deadlines, not deadlines × paragraph', () => {
    const small = ics(300);
    const big = ics(1_200);
    expect(big.match(/BEGIN:VEVENT/g)?.length).toBe(1_200);
    expect(big.length / small.length).toBeLessThan(4 * 1.2);
    expect(big.length / 1_200).toBeLessThan(3_000);
    // Each description quotes its own sentence (the same deadline words recur every 84 tasks).
    const descriptions = big.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l.startsWith('DESCRIPTION:'));
    const quoted = new Set(descriptions.map((l) => /việc số (\d+) trước/.exec(l)?.[1]));
    expect(quoted.size).toBe(1_200);
  });

  it('a spreadsheet and a table grow with the deadlines too, not deadlines × paragraph', () => {
    const opts = { lang: 'vi' as const, today: '2023-11-25', color: false };
    const csv = (n: number) => renderCsv([parseText(paragraph(n))], opts);
    const table = (n: number) => renderTable([parseText(paragraph(n))], { ...opts, width: 120 });
    const [smallCsv, bigCsv] = [csv(300), csv(1_200)];
    expect(bigCsv.split('\n').length).toBeGreaterThan(1_200);
    expect(bigCsv.length / smallCsv.length).toBeLessThan(4 * 1.2);
    expect(bigCsv.length / 1_200).toBeLessThan(3_000);
    // The terminal table shows the first 500 and says how many more there are.
    const [smallTable, bigTable] = [table(300), table(1_200)];
    expect(bigTable.length / smallTable.length).toBeLessThan(4 * 1.2);
    expect(bigTable).toContain('… và 700 thời hạn nữa; xem đủ bằng --format csv hoặc --format json.');
    expect(bigTable.trimEnd().endsWith('1200 thời hạn')).toBe(true);
  });

  it('quotes a short task whole, as before', () => {
    const doc = parseText('1. Phòng Nội vụ báo cáo kết quả trước ngày 20/11/2023; Phòng Tư pháp phối hợp.\n');
    const out = renderIcs([doc], { lang: 'vi', today: '2023-11-25', color: false }).replace(/\r\n[ \t]/g, '');
    expect(out).toContain('DESCRIPTION:Phòng Nội vụ báo cáo kết quả trước ngày 20/11/2023\\; Phòng Tư pháp phối hợp.');
  });
});

describe('hostile .pdf', () => {
  const FIXTURE_PDF = new URL('../../fixtures/tuy-phuoc-cchc-2023.pdf', import.meta.url);

  it('stops inside a page of 100,000 text operators: one sentence, exit 2', async () => {
    const ops = Array.from({ length: 100_000 }, () => 'BT /F1 11 Tf 72 700 Td (a) Tj ET').join('\n');
    const r = await parseAsFile(pdfOf(ops, { deflate: true }), 'a.pdf');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quá lớn/);
  });

  it('never decodes a 20000×20000 image', async () => {
    const text = textPage(Array.from({ length: 30 }, () => 'Phong Noi vu bao cao ket qua thuc hien.'));
    const r = await parseAsFile(pdfOf(`${text}\nq 595 0 0 842 0 0 cm /Im1 Do Q`, { image: { width: 20_000, height: 20_000 } }), 'a.pdf');
    expect(r.code).toBe(0);
  });

  it('leaves Node as it found it: Response still lazy, Array.prototype.push and JSON native', async () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'Response');
    await readPdf(new Uint8Array(readFileSync(FIXTURE_PDF)), 'a.pdf');
    expect(Object.getOwnPropertyDescriptor(globalThis, 'Response')).toEqual(before);
    for (const f of [Array.prototype.push, JSON.parse, JSON.stringify]) expect(Function.prototype.toString.call(f)).toMatch(/\[native code\]/);
    expect(typeof (Map.prototype as { getOrInsertComputed?: unknown }).getOrInsertComputed).toBe('function'); // what pdf.js needs stays
  });

  it('reads a .pdf under a 4 GiB address-space limit (ulimit -v), without loading Node\'s HTTP client', async () => {
    const install = await installBundle('cchc-test-');
    // pdf.js stays outside the bundle: the temporary install finds it through a link (removed with the folder, the target untouched).
    symlinkSync(join(import.meta.dirname, '../../node_modules'), join(install.home, 'node_modules'));
    try {
      const out = execFileSync('bash', ['-c', `ulimit -v 4194304 && exec node "$0" parse "$1" --format csv`, install.bin, FIXTURE_PDF.pathname], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(out.split('\n').length).toBeGreaterThan(10);
    } finally {
      install.remove();
    }
  }, 60_000);
});

describe('files that are not files', () => {
  const devices = ['/dev/zero', '/dev/urandom', '/dev/full'].filter((d) => existsSync(d));

  it.each(devices)('%s: one sentence, exit 2, nothing read', async (device) => {
    const r = await run(['parse', device]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneSentence(r.stderr);
    expect(r.stderr).toContain(device);
    expect(r.stderr).toMatch(/không phải là một tệp thông thường/);
  });

  it('a FIFO named like a document is refused at once, not waited on', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'f.txt');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo here
    }
    const r = await run(['parse', fifo, '--lang', 'en']);
    expect(r.code).toBe(2);
    expectOneSentence(r.stderr);
    expect(r.stderr).toMatch(/is not a regular file/);
    // A folder holding one is read without it.
    writeFileSync(join(dir, 'a.txt'), '1. Phòng Nội vụ báo cáo trước ngày 20/11/2023.\n');
    const folder = await run(['parse', dir]);
    expect(folder.code).toBe(0);
    expect(JSON.parse(folder.stdout)).toHaveLength(1);
  });

  it('an InputError says which limit, for the debug output', async () => {
    const err = await readSourceBytes(enc('x'.repeat(MAX_TEXT_CHARS + 1)), 'a.txt').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).detail).toMatch(/characters of text/);
  });
});

describe('the library', () => {
  it('parseBytes refuses more bytes than a file may hold', async () => {
    await expect(parseBytes(new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61), 'a.txt')).rejects.toMatchObject({ code: 'too-large' });
  });
});
