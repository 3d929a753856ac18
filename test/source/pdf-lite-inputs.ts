// PDFs for the fast-path tests, built here from a fixture's bytes rather than
// committed: an incremental update (new versions of some objects and an xref
// section whose /Prev points back), the same file rewritten with a
// cross-reference stream and object streams, and raw edits for hostile cases.
// This reads the fixture with its own few lines (a classic xref table), not
// with pdf-lite, so that a bug there cannot hide in the inputs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url))));

const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
const bytesOf = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

/** A stream object: its dictionary entries (without /Length) and its bytes. */
export interface StreamObject {
  dict: string;
  data: Uint8Array | string;
}

export type PdfSource = string | StreamObject;

interface Classic {
  text: string;
  offsets: Map<number, number>;
  startxref: number;
  trailer: string;
}

/** A file with one classic xref table (the LibreOffice fixtures). */
function classic(bytes: Uint8Array): Classic {
  const text = latin1(bytes);
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const offsets = new Map<number, number>();
  const lines = text.slice(startxref).split(/\r?\n/);
  let k = 1;
  while (lines[k] !== undefined && /^\d+ \d+$/.test(lines[k].trim())) {
    const [first, count] = lines[k].trim().split(' ').map(Number);
    for (let i = 0; i < count; i++) {
      const m = /^(\d{10}) (\d{5}) ([nf])/.exec(lines[k + 1 + i])!;
      if (m[3] === 'n') offsets.set(first + i, Number(m[1]));
    }
    k += 1 + count;
  }
  const trailer = /trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(text.slice(startxref))![1];
  return { text, offsets, startxref, trailer };
}

/** Object `num`'s text between `obj` and `endobj` (a stream's bytes included, as latin1). */
export function objectText(bytes: Uint8Array, num: number): string {
  const { text, offsets } = classic(bytes);
  const at = offsets.get(num)!;
  const start = text.indexOf('obj', at) + 3;
  return text.slice(start, text.indexOf('endobj', start)).trim();
}

/** Object `num`'s stream bytes, inflated when Flate. */
export function streamOf(bytes: Uint8Array, num: number): Uint8Array {
  const obj = objectText(bytes, num);
  const start = obj.indexOf('stream') + 'stream'.length;
  let data = obj.slice(start, obj.lastIndexOf('endstream'));
  data = data.replace(/^\r?\n/, '').replace(/\r?\n$/, '');
  const raw = bytesOf(data);
  return /\/FlateDecode/.test(obj.slice(0, start)) ? new Uint8Array(inflateSync(raw)) : raw;
}

function source(num: number, obj: PdfSource): string {
  if (typeof obj === 'string') return `${num} 0 obj\n${obj}\nendobj\n`;
  const data = typeof obj.data === 'string' ? obj.data : latin1(obj.data);
  return `${num} 0 obj\n<< ${obj.dict} /Length ${data.length} >>\nstream\n${data}\nendstream\nendobj\n`;
}

/**
 * `base` with new versions of some objects appended as an incremental update:
 * a classic xref section and a trailer whose /Prev is the base's startxref.
 */
export function update(base: Uint8Array, objects: Record<number, PdfSource>, trailerExtra = ''): Uint8Array {
  const text = latin1(base);
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  // The newest trailer (or cross-reference stream dictionary) says where the catalog is and how many objects there are.
  const tail = text.slice(Math.max(text.lastIndexOf('trailer'), text.lastIndexOf('/Type /XRef'), 0));
  const root = /\/Root (\d+ \d+ R)/.exec(tail)![1];
  const size = Math.max(Number(/\/Size (\d+)/.exec(tail)![1]), ...Object.keys(objects).map((n) => Number(n) + 1));
  let out = text.endsWith('\n') ? text : `${text}\n`;
  const entries: string[] = [];
  for (const [n, obj] of Object.entries(objects)) {
    entries.push(`${n} 1\n${String(out.length).padStart(10, '0')} 00000 n \n`);
    out += source(Number(n), obj);
  }
  const xref = out.length;
  out += `xref\n${entries.join('')}trailer\n<< /Size ${size} /Root ${root} /Prev ${prev} ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return bytesOf(out);
}

/**
 * The same document with every object that is not a stream packed into one
 * object stream, and a cross-reference stream (PNG Up predictor, as qpdf and
 * Acrobat write them) instead of the table.
 */
export function withObjectStreams(base: Uint8Array, tamper?: (entries: Map<number, [number, number, number]>, objStm: number) => void): Uint8Array {
  const { offsets, trailer } = classic(base);
  const nums = [...offsets.keys()].sort((a, b) => a - b);
  const size = Math.max(...nums) + 3;
  const objStm = size - 2;
  const xrefNum = size - 1;
  let out = '%PDF-1.6\n%\xe2\xe3\xcf\xd3\n';
  const entries = new Map<number, [number, number, number]>();
  const packed: Array<[number, string]> = [];
  for (const n of nums) {
    const body = objectText(base, n);
    if (/^<<[\s\S]*>>\s*stream/.test(body)) {
      entries.set(n, [1, out.length, 0]);
      out += `${n} 0 obj\n${body}\nendobj\n`;
    } else {
      entries.set(n, [2, objStm, packed.length]);
      packed.push([n, body]);
    }
  }
  let header = '';
  let objects = '';
  for (const [n, body] of packed) {
    header += `${n} ${objects.length} `;
    objects += `${body}\n`;
  }
  const stm = deflateSync(Buffer.from(header + objects, 'latin1'));
  entries.set(objStm, [1, out.length, 0]);
  out += `${objStm} 0 obj\n<< /Type /ObjStm /N ${packed.length} /First ${header.length} /Filter /FlateDecode /Length ${stm.length} >>\nstream\n${stm.toString('latin1')}\nendstream\nendobj\n`;
  entries.set(xrefNum, [1, out.length, 0]);
  tamper?.(entries, objStm);
  // Rows of 1 + 4 + 2 bytes, each after a PNG "Up" filter byte.
  const rows: number[][] = [];
  for (let n = 0; n < size; n++) {
    const [t, f1, f2] = entries.get(n) ?? [0, 0, n === 0 ? 65535 : 0];
    rows.push([t, (f1 >>> 24) & 255, (f1 >>> 16) & 255, (f1 >>> 8) & 255, f1 & 255, (f2 >>> 8) & 255, f2 & 255]);
  }
  const filtered: number[] = [];
  rows.forEach((row, r) => {
    filtered.push(2);
    row.forEach((v, i) => filtered.push((v - (r > 0 ? rows[r - 1][i] : 0)) & 255));
  });
  const xs = deflateSync(Buffer.from(filtered));
  const root = /\/Root (\d+ \d+ R)/.exec(trailer)![1];
  const info = /\/Info (\d+ \d+ R)/.exec(trailer)?.[1];
  out += `${xrefNum} 0 obj\n<< /Type /XRef /Size ${size} /W [1 4 2] /Root ${root}${info ? ` /Info ${info}` : ''} /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> /Length ${xs.length} >>\nstream\n${xs.toString('latin1')}\nendstream\nendobj\n`;
  const at = /\d+ 0 obj\n<< \/Type \/XRef/.exec(out)!.index;
  out += `startxref\n${at}\n%%EOF\n`;
  return bytesOf(out);
}

export const flate = (s: string | Uint8Array): Uint8Array => new Uint8Array(deflateSync(typeof s === 'string' ? Buffer.from(s, 'latin1') : s));
export { latin1, bytesOf };
