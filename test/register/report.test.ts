// The weekly report: Markdown and CSV in-process; the HTML opened in headless
// Chromium — a screenshot whose timeline chips are drawn in the state colours,
// and an A4 print whose text (read back with pdf.js) is the Vietnamese of the page.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../cli/run.js';
import { register, ROOT, SEED } from './helpers.js';

async function seeded() {
  const r = register();
  await r.cchc('add', SEED);
  const due = JSON.parse((await r.cchc('due', '--format', 'json')).stdout) as { occurrences: Array<{ id: string; state: string }> };
  await r.cchc('done', due.occurrences.find((o) => o.state === 'overdue')!.id, '--on', '2023-11-23');
  return r;
}

describe('cchc report', () => {
  it('Markdown and CSV: done this week, due next week, overdue with days late, per unit', async () => {
    const r = await seeded();
    const md = await r.cchc('report', '--unit', 'Phòng Nội vụ', '--week');
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Báo cáo tiến độ thực hiện nhiệm vụ\n\nTuần từ 20\/11\/2023 đến 26\/11\/2023\n/);
    expect(md.stdout).toContain('## Đơn vị: Phòng Nội vụ');
    for (const h of ['### Đã hoàn thành trong tuần', '### Đến hạn tuần sau', '### Quá hạn chưa hoàn thành']) expect(md.stdout).toContain(h);
    expect(md.stdout).toMatch(/\d+ ngày\)/);
    const en = await r.cchc('report', '--week', '--lang', 'en');
    expect(en.stdout).toMatch(/^# Task progress report/);
    const csv = await r.cchc('report', '--week', '--format', 'csv');
    expect(csv.stdout.startsWith('\uFEFF')).toBe(true);
  });

  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  it.runIf(chromium !== undefined || process.env.CI)('HTML: one self-contained page, its timeline rendered by headless Chromium with Vietnamese text, on A4', async () => {
    expect(chromium, 'chromium is installed by .ci/run').toBeDefined();
    const r = await seeded();
    const html = (await r.cchc('report', '--week', '--format', 'html')).stdout;
    expect(html).not.toMatch(/<script|<link|@import|url\(|src=|https?:/i);
    const dir = tempDir();
    const page = join(dir, 'report.html');
    writeFileSync(page, html);
    const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`, '--hide-scrollbars'];
    const png = join(dir, 'report.png');
    const shot = spawnSync(chromium!, [...args, `--screenshot=${png}`, '--window-size=900,700', `file://${page}`], { encoding: 'utf8', timeout: 60_000 });
    expect(existsSync(png), shot.stderr).toBe(true);
    const image = decodePng(readFileSync(png));
    expect([image.width, image.height]).toEqual([900, 700]);
    // The timeline's chips: the state colours (in progress #1f5fbf, overdue #c62828, done #2e7d32) are on screen.
    for (const [r0, g0, b0] of [[0x1f, 0x5f, 0xbf], [0xc6, 0x28, 0x28], [0x2e, 0x7d, 0x32]]) expect(image.count(r0, g0, b0)).toBeGreaterThan(50);
    // Text: many dark pixels.
    expect(image.dark()).toBeGreaterThan(2000);
    const pdf = join(dir, 'report.pdf');
    spawnSync(chromium!, [...args, `--print-to-pdf=${pdf}`, '--no-pdf-header-footer', `file://${page}`], { timeout: 60_000 });
    const text = await pdfText(pdf);
    expect(text.pageSize).toEqual([595, 842]);
    expect(text.words).toContain('Báo cáo tiến độ thực hiện nhiệm vụ');
    expect(text.words).toContain('Lịch thời hạn (tuần này và tuần sau)');
    expect(text.words).toMatch(/đang thực hiện quá hạn/);
    if (process.env.UPDATE_DOCS_PNG) {
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      copyFileSync(png, join(ROOT, 'docs/register-report.png'));
    }
  }, 120_000);
});

async function pdfText(path: string): Promise<{ pageSize: number[]; words: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
  const first = await doc.getPage(1);
  const [, , w, h] = first.view;
  let words = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    words += content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join('');
  }
  return { pageSize: [Math.round(w), Math.round(h)], words: words.normalize('NFC') };
}

/** Just enough PNG (8-bit RGB/RGBA, non-interlaced, as Chromium writes it) to count pixels. */
function decodePng(buf: Buffer) {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      channels = data[9] === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const px = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const cur = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? px[y * stride + x - channels] : 0;
      const b = y > 0 ? px[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? px[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      px[y * stride + x] = (cur + [0, a, b, (a + b) >> 1, paeth][f]) & 255;
    }
  }
  const each = (fn: (r: number, g: number, b: number) => boolean) => {
    let n = 0;
    for (let i = 0; i < px.length; i += channels) if (fn(px[i], px[i + 1], px[i + 2])) n++;
    return n;
  };
  return {
    width,
    height,
    count: (r: number, g: number, b: number) => each((x, y, z) => Math.abs(x - r) < 8 && Math.abs(y - g) < 8 && Math.abs(z - b) < 8),
    dark: () => each((x, y, z) => x + y + z < 200),
  };
}
