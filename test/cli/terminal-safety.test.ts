// Control characters from a document or a file name never reach a terminal, a
// spreadsheet or a calendar live (issue #10, "Terminal and spreadsheet safety").
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { hasControl, jsonSafe, safeText } from '../../src/text/terminal.js';
import { readCsv } from '../render/fixtures/csv-reader.js';
import { run, tempDir, type RunOptions } from './run.js';

// Clear screen, window title (OSC 0), cursor report (the terminal types into the
// input), a hyperlink (OSC 8), DCS, a one-byte CSI, DEL and a right-to-left override.
const HOSTILE = '\x1b[2J\x1b]0;pwned\x07 \x1b[6n \x1b]8;;http://x.invalid\x1b\\link\x1b]8;;\x1b\\ \x1bP+q\x1b\\ \x9b31m \x7f \u202eabc\u202c \u2066x\u2069';
const TASK = `Phòng Nội vụ chủ trì ${HOSTILE} hoàn thành báo cáo trước ngày 01/12/2023.`;
const TEXT = `ỦY BAN NHÂN DÂN\nHUYỆN TUY PHƯỚC\n\nSố: 12/UBND-NV\n\nTuy Phước, ngày 20 tháng 11 năm 2023\n\nV/v thử\n\n1. ${TASK}\n`;

/** Any C0 (but tab and newline), DEL, C1 or bidi control. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function hostileTxt(): string {
  const path = join(tempDir(), 'cong-van.txt');
  writeFileSync(path, TEXT);
  return path;
}

async function hostileDocx(): Promise<string> {
  const doc = new Document({
    sections: [{ children: TEXT.split('\n\n').map((p) => new Paragraph({ children: [new TextRun(p.replace(/\n/g, ' '))] })) }],
  });
  const path = join(tempDir(), 'cong-van.docx');
  writeFileSync(path, await Packer.toBuffer(doc));
  return path;
}

describe('safeText', () => {
  it('shows C0 as control pictures, C1 and bidi as code points, document whitespace as a space', () => {
    expect(safeText('a\x1b[2Jb\x00\x7f')).toBe('a␛[2Jb␀␡');
    expect(safeText('\x9b6n \u202eabc \u2066')).toBe('<U+009B>6n <U+202E>abc <U+2066>');
    expect(safeText('x\fy\vz\r\u0085w')).toBe('x y z  w');
    expect(safeText('Phòng Nội vụ\tnăm 2023\n')).toBe('Phòng Nội vụ\tnăm 2023\n');
    expect(hasControl(safeText(HOSTILE))).toBe(false);
  });

  it('escapes in JSON what JSON.stringify leaves raw, with the same value', () => {
    const json = jsonSafe(JSON.stringify({ t: HOSTILE }));
    expect(json).not.toMatch(RAW);
    expect(JSON.parse(json).t).toBe(HOSTILE);
  });
});

describe('hostile task text', () => {
  it('reaches the JSON exactly, escaped (the test input really carries it)', async () => {
    const r = await run(['parse', hostileTxt(), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    const doc = JSON.parse(r.stdout);
    expect(doc.tasks[0].text).toContain(HOSTILE);
  });

  it.each<[string, RunOptions]>([
    ['without colour', { tty: false }],
    ['with colour on a terminal', { tty: true }],
    ['with NO_COLOR on a terminal', { tty: true, env: { NO_COLOR: '1' } }],
  ])('is shown, not obeyed, in the table from .txt and .docx (%s)', async (_, opts) => {
    for (const file of [hostileTxt(), await hostileDocx()]) {
      const r = await run(['parse', file, '--format', 'table'], opts);
      expect(r.code).toBe(0);
      // Our own colour codes are the only escape sequences: SGR, nothing else.
      const withoutColour = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
      expect(withoutColour).not.toMatch(RAW);
      expect(withoutColour).toContain('␛[2J');
      expect(withoutColour).toContain('<U+009B>');
      expect(withoutColour).toContain('<U+202E>');
      if (opts.tty && !opts.env) expect(r.stdout).toMatch(/\x1b\[3[13]m|\x1b\[1m/);
      else expect(r.stdout).not.toContain('\x1b');
    }
  });

  it('stays out of CSV cells, which a real reader gets back visible', async () => {
    const r = await run(['parse', hostileTxt(), '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.slice(1).replace(/\r\n/g, '')).not.toMatch(RAW);
    const rows = readCsv(r.stdout.slice(1));
    expect(rows[1][13]).toContain('␛]0;pwned␇');
  });

  it('stays out of the calendar, which ical.js reads back visible', async () => {
    const r = await run(['parse', hostileTxt(), '--format', 'ics']);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\r\n/g, '')).not.toMatch(RAW);
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    const event = cal.getAllSubcomponents('vevent')[0];
    expect(String(event.getFirstPropertyValue('description'))).toContain('␛[6n');
  });

  it('is shown, not obeyed, in lint and check reports (file names and differences)', async () => {
    const dir = tempDir();
    const file = join(dir, 'cong-van-\x1b[2J\x9b.txt');
    writeFileSync(file, TEXT);
    const runs = [await run(['lint', file]), await run(['lint', file, '--format', 'json']), await run(['lint', file], { env: { GITHUB_ACTIONS: 'true' } })];
    expect((await run(['check', file, '--update'])).code).toBe(0);
    const expected = join(dir, 'cong-van-\x1b[2J\x9b.expected.json');
    writeFileSync(expected, readFileSync(expected, 'utf8').replace('hoàn thành báo cáo', 'hoàn thành'));
    for (const format of ['human', 'json', 'junit']) runs.push(await run(['check', file, '--format', format]));
    const human = runs[3];
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('cong-van-␛[2J<U+009B>.txt');
    expect(human.stdout).toContain('<U+202E>');
    for (const r of runs) {
      expect(r.stdout).not.toMatch(RAW);
      expect(r.stderr).not.toMatch(RAW);
    }
  });
});

describe('a file name holding escapes', () => {
  it.each([['parse'], ['lint'], ['check']])('is shown, not obeyed, in the error sentence of %s', async (command) => {
    const name = join(tempDir(), 'khong-co-\x1b]0;pwned\x07\x1b[2J\x9b.txt');
    const r = await run([command, name]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stdout).not.toMatch(RAW);
    // check reports the unusable document in its report on stdout.
    expect(r.stderr + r.stdout).toContain('khong-co-␛]0;pwned␇␛[2J<U+009B>.txt');
  });
});
