// Text kept for the end of a streamed output (the calendar's items, written
// after its header, which names every document): in memory up to a few MB,
// then in a temporary file, so that memory stays flat.
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { builtin } from '../builtins.js';

const IN_MEMORY = 4 * 1024 * 1024;

export class Spool {
  private parts: string[] = [];
  private size = 0;
  private file: { fd: number; path: string } | null = null;

  write(s: string): void {
    if (this.file) {
      writeSync(this.file.fd, s);
      return;
    }
    this.parts.push(s);
    this.size += s.length;
    if (this.size > IN_MEMORY) {
      const path = join(builtin<typeof import('node:os')>('node:os').tmpdir(), `cchc-spool-${process.pid}-${Date.now()}.tmp`);
      this.file = { fd: openSync(path, 'wx+', 0o600), path };
      writeSync(this.file.fd, this.parts.join(''));
      this.parts = [];
    }
  }

  /** Hands everything back in pieces, then forgets it. */
  drain(out: (s: string) => void): void {
    if (!this.file) {
      for (const p of this.parts) out(p);
      this.parts = [];
      return;
    }
    const buf = Buffer.alloc(1 << 20);
    const decoder = new TextDecoder();
    let pos = 0;
    for (;;) {
      const n = readSync(this.file.fd, buf, 0, buf.length, pos);
      if (n === 0) break;
      pos += n;
      out(decoder.decode(buf.subarray(0, n), { stream: true }));
    }
    out(decoder.decode());
    this.dispose();
  }

  dispose(): void {
    if (!this.file) return;
    closeSync(this.file.fd);
    rmSync(this.file.path, { force: true });
    this.file = null;
  }
}
