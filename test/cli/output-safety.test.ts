// `-o` never destroys a clerk's file: an input is refused whatever name reaches
// it, a symlink is followed, a device or a FIFO is written through, a read-only
// file is kept, a regular file keeps its mode. Real files, real FIFOs.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run.js';

const SEED_TXT = 'fixtures/tuy-phuoc-cchc-2023.txt';
const SEED_DOCX = 'fixtures/tuy-phuoc-cchc-2023.docx';
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'cchc-test-'));
  made.push(d);
  return d;
}

/** A folder holding copies of the seed as .txt and .docx. */
function folderWithSeed(): { dir: string; txt: string; docx: string } {
  const dir = tmp();
  const txt = join(dir, 'a.txt');
  const docx = join(dir, 'b.docx');
  copyFileSync(SEED_TXT, txt);
  copyFileSync(SEED_DOCX, docx);
  return { dir, txt, docx };
}

const bytes = (p: string) => readFileSync(p);

describe('-o onto an input is refused, the input untouched', () => {
  it.each([
    ['the same .txt', (f: ReturnType<typeof folderWithSeed>) => ({ args: ['parse', f.txt, '-o', f.txt], victim: f.txt })],
    ['the same .docx', (f: ReturnType<typeof folderWithSeed>) => ({ args: ['parse', f.docx, '-o', f.docx], victim: f.docx })],
    ['another spelling of its name', (f: ReturnType<typeof folderWithSeed>) => ({ args: ['parse', f.txt, '-o', join(f.dir, '.', '..', relative(join(f.dir, '..'), f.dir), 'a.txt')], victim: f.txt })],
    ['a document of the folder being parsed', (f: ReturnType<typeof folderWithSeed>) => ({ args: ['parse', f.dir, '--format', 'csv', '-o', f.docx], victim: f.docx })],
    ['a hard link to it', (f: ReturnType<typeof folderWithSeed>) => {
      const link = join(f.dir, 'link.out');
      linkSync(f.txt, link);
      return { args: ['parse', f.txt, '-o', link], victim: f.txt };
    }],
    ['a symlink to it', (f: ReturnType<typeof folderWithSeed>) => {
      const link = join(f.dir, 'sym.json');
      symlinkSync(f.txt, link);
      return { args: ['parse', f.txt, '-o', link], victim: f.txt };
    }],
    ['check: a document of the folder', (f: ReturnType<typeof folderWithSeed>) => ({ args: ['check', f.dir, '--format', 'junit', '-o', f.txt], victim: f.txt })],
    ['check: an expected result it reads', (f: ReturnType<typeof folderWithSeed>) => {
      const expected = join(f.dir, 'a.expected.json');
      writeFileSync(expected, '{}\n');
      return { args: ['check', f.dir, '--format', 'json', '-o', expected], victim: expected };
    }],
  ])('%s', async (_name, make) => {
    const f = folderWithSeed();
    const { args, victim } = make(f);
    const before = bytes(victim);
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('đầu vào');
    expect(bytes(victim).equals(before)).toBe(true);
  });

  it('says it in English with --lang en', async () => {
    const f = folderWithSeed();
    const r = await run(['parse', f.txt, '-o', f.txt, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`cchc: Not writing to ${f.txt}: it is one of this command's inputs; choose another output file.\n`);
  });
});

describe('-o writes as the target wants', () => {
  it('follows a symlink: the link stays a link and its target gets the output', async () => {
    const d = tmp();
    const target = join(d, 'real.json');
    writeFileSync(target, 'old');
    const link = join(d, 'link.json');
    symlinkSync('real.json', link);
    const r = await run(['parse', SEED_TXT, '-o', link]);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8')).document.issuer).toBeTruthy();
  });

  it('a dangling symlink creates its target', async () => {
    const d = tmp();
    const link = join(d, 'link.json');
    symlinkSync('made.json', link);
    expect((await run(['parse', SEED_TXT, '-o', link])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(join(d, 'made.json')).isFile()).toBe(true);
  });

  it('a regular file keeps its mode', async () => {
    const d = tmp();
    const out = join(d, 'out.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o640);
    expect((await run(['parse', SEED_TXT, '-o', out])).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readFileSync(out, 'utf8')).toContain('"document"');
  });

  it('a read-only file is refused and kept, even for root', async () => {
    const d = tmp();
    const out = join(d, 'keep.json');
    writeFileSync(out, 'precious');
    chmodSync(out, 0o444);
    const r = await run(['parse', SEED_TXT, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('chỉ đọc');
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect(statSync(out).mode & 0o777).toBe(0o444);
  });

  it('/dev/null stays a device', async () => {
    const r = await run(['parse', SEED_TXT, '-o', '/dev/null']);
    expect(r.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it.runIf(process.getuid?.() === 0)('a copy of a device node stays a device node', async () => {
    const d = tmp();
    const node = join(d, 'null');
    execFileSync('mknod', ['-m', '666', node, 'c', '1', '3']);
    expect((await run(['parse', SEED_TXT, '-o', node])).code).toBe(0);
    expect(lstatSync(node).isCharacterDevice()).toBe(true);
  });

  it('-o /dev/stdout writes to what standard output is: a pipe', () => {
    const out = execFileSync('sh', ['-c', `"${process.execPath}" bin/cchc.js parse ${SEED_TXT} --format json -o /dev/stdout | cat`], { encoding: 'utf8' });
    expect(JSON.parse(out).source.path).toBe(SEED_TXT);
  });

  it('-o /dev/stdout on a socket (which no name opens) is refused in one sentence', () => {
    // Node's child processes get a socket pair for a piped standard output.
    const r = spawnSync(process.execPath, ['bin/cchc.js', 'parse', SEED_TXT, '--format', 'json', '-o', '/dev/stdout'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('cchc: Không ghi ra /dev/stdout: đó không phải là tệp thông thường.\n');
  });

  it('a FIFO is written through to its reader, not replaced', async () => {
    const d = tmp();
    const fifo = join(d, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (c: Buffer) => (got += c.toString('utf8')));
    const done = new Promise((ok) => reader.on('close', ok));
    const r = await run(['parse', SEED_TXT, '--format', 'csv', '-o', fifo]);
    await done;
    expect(r.code).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(got.split('\n').length).toBeGreaterThan(10);
  });

  it('"-o -" is standard output', async () => {
    const r = await run(['parse', SEED_TXT, '-o', '-']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).document).toBeTruthy();
  });

  it('a directory is refused in one sentence', async () => {
    const d = tmp();
    const r = await run(['parse', SEED_TXT, '-o', d]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`cchc: Không ghi ra ${d}: đó là một thư mục; hãy đặt tên tệp kết quả.\n`);
  });

  it('a missing folder is said in words, not as ENOENT', async () => {
    const d = tmp();
    const r = await run(['parse', SEED_TXT, '-o', join(d, 'no', 'such', 'out.json'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('its folder does not exist');
    expect(r.stderr).not.toContain('ENOENT');
  });

  it('the format follows the extension of -o', async () => {
    const d = tmp();
    mkdirSync(join(d, 'x'));
    const ics = join(d, 'x', 'han.ics');
    const csv = join(d, 'x', 'han.csv');
    expect((await run(['parse', SEED_TXT, '-o', ics])).code).toBe(0);
    expect((await run(['parse', SEED_TXT, '-o', csv])).code).toBe(0);
    expect(readFileSync(ics, 'utf8').startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(readFileSync(csv, 'utf8')).not.toMatch(/^\s*[{[]/);
  });
});
