// The cross-reference: classic `xref` tables and cross-reference streams,
// followed from `startxref` through /XRefStm and /Prev (incremental updates:
// the newest entry for an object wins, as in pdf.js), and objects fetched from
// their offsets or from object streams (/Type /ObjStm). A table that does not
// parse, an offset that does not hold the object it should, a reference
// cycle: Unsupported, and pdf.js (which rebuilds broken tables) reads the file.
import { Cmd, Lexer, Name, SPECIAL, unsupported } from './lexer.js';
import { isDict, objectFrom, parseObject, PdfDict, PdfStream, Ref, type PdfObject } from './objects.js';
import { decodeBytes } from './streams.js';

type Entry = { kind: 'free' } | { kind: 'offset'; offset: number; gen: number } | { kind: 'packed'; stream: number; index: number };

/** More cross-reference sections than any real file chains (each incremental save adds one). */
const MAX_SECTIONS = 1000;
/** Object numbers beyond this are refused (a /Size of 2^31 would allocate nothing here, but means damage). */
const MAX_OBJECT_NUMBER = 10_000_000;
/** Reference chains (a /Length pointing to an object that needs another...) deeper than this are refused. */
const MAX_FETCH_DEPTH = 32;

interface ObjectStream {
  nums: number[];
  objects: PdfObject[];
}

export class XRef {
  readonly trailer: PdfDict;
  private readonly entries = new Map<number, Entry>();
  private readonly cache = new Map<number, PdfObject>();
  private readonly pending = new Set<number>();
  private readonly objectStreams = new Map<number, ObjectStream>();
  private readonly decoded = new WeakMap<PdfStream, Uint8Array>();
  private depth = 0;

  constructor(readonly bytes: Uint8Array) {
    const queue = [findStartXRef(bytes)];
    const seen = new Set<number>();
    const xrefStms = new Set<number>();
    let trailer: PdfDict | null = null;
    while (queue.length > 0) {
      const at = queue.shift()!;
      if (seen.has(at)) continue; // pdf.js skips a section it has read (a /Prev loop)
      seen.add(at);
      if (seen.size > MAX_SECTIONS) unsupported('too many cross-reference sections');
      if (!Number.isInteger(at) || at < 0 || at >= bytes.length) unsupported('cross-reference offset outside the file');
      const lexer = new Lexer(bytes, at);
      const first = lexer.getObj();
      let dict: PdfDict;
      if (first instanceof Cmd && first.cmd === 'xref') {
        dict = this.readTable(lexer);
        const stm = dict.map.get('XRefStm');
        if (typeof stm === 'number' && Number.isInteger(stm) && !xrefStms.has(stm)) {
          xrefStms.add(stm);
          queue.push(stm);
        }
      } else if (typeof first === 'number') {
        dict = this.readStream(lexer);
      } else {
        unsupported('no cross-reference at startxref');
      }
      trailer ??= dict;
      const prev = dict.map.get('Prev');
      if (typeof prev === 'number') queue.push(prev);
      else if (prev !== undefined) unsupported('malformed /Prev');
    }
    this.trailer = trailer ?? unsupported('no trailer');
  }

  private set(num: number, entry: Entry): void {
    if (num > MAX_OBJECT_NUMBER) unsupported('object number out of range');
    if (!this.entries.has(num)) this.entries.set(num, entry);
  }

  private readTable(lexer: Lexer): PdfDict {
    const sectionEntries = new Map<number, Entry>();
    for (;;) {
      const t = lexer.getObj();
      if (t instanceof Cmd && t.cmd === 'trailer') break;
      let first = t;
      const count = lexer.getObj();
      if (typeof first !== 'number' || typeof count !== 'number' || !Number.isInteger(first) || !Number.isInteger(count) || first < 0 || count < 0) {
        return unsupported('malformed cross-reference subsection');
      }
      if (first + count > MAX_OBJECT_NUMBER) unsupported('object number out of range');
      for (let i = 0; i < count; i++) {
        const offset = lexer.getObj();
        const gen = lexer.getObj();
        const type = lexer.getObj();
        if (typeof offset !== 'number' || typeof gen !== 'number' || !Number.isInteger(offset) || !Number.isInteger(gen) || !(type instanceof Cmd) || (type.cmd !== 'n' && type.cmd !== 'f')) {
          return unsupported('malformed cross-reference entry');
        }
        // pdf.js's repair of a table that numbers from 1 but starts with object 0's free entry.
        if (i === 0 && type.cmd === 'f' && first === 1) first = 0;
        const num = i + first;
        if (!sectionEntries.has(num)) sectionEntries.set(num, type.cmd === 'f' || offset === 0 ? { kind: 'free' } : { kind: 'offset', offset, gen });
      }
    }
    const zero = sectionEntries.get(0);
    if (zero && zero.kind !== 'free') unsupported('cross-reference table whose object 0 is in use');
    for (const [num, entry] of sectionEntries) this.set(num, entry);
    const trailer = parseObject(lexer, null);
    if (!isDict(trailer)) return unsupported('trailer is not a dictionary');
    return trailer;
  }

  private readStream(lexer: Lexer): PdfDict {
    const gen = lexer.getObj();
    const obj = lexer.getObj();
    if (typeof gen !== 'number' || !(obj instanceof Cmd) || obj.cmd !== 'obj') return unsupported('no cross-reference stream at startxref');
    const stream = parseObject(lexer, (dict) => this.makeStream(lexer, dict));
    if (!(stream instanceof PdfStream)) return unsupported('no cross-reference stream at startxref');
    const dict = stream.dict;
    const type = dict.map.get('Type');
    if (!(type instanceof Name) || type.name !== 'XRef') unsupported('cross-reference stream without /Type /XRef');
    const w = dict.map.get('W');
    const size = dict.map.get('Size');
    const index = dict.map.get('Index') ?? [0, size ?? -1];
    if (!Array.isArray(w) || w.length !== 3 || !w.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 8)) return unsupported('malformed /W');
    if (!Array.isArray(index) || index.length % 2 !== 0) return unsupported('malformed /Index');
    const [w0, w1, w2] = w as number[];
    const data = this.streamBytes(stream);
    let p = 0;
    const read = (n: number) => {
      let v = 0;
      for (let k = 0; k < n; k++) {
        if (p >= data.length) unsupported('cross-reference stream too short');
        v = v * 256 + data[p++];
      }
      return v;
    };
    for (let k = 0; k < index.length; k += 2) {
      const first = index[k];
      const count = index[k + 1];
      if (typeof first !== 'number' || typeof count !== 'number' || !Number.isInteger(first) || !Number.isInteger(count) || first < 0 || count < 0) {
        return unsupported('malformed /Index');
      }
      if (first + count > MAX_OBJECT_NUMBER) unsupported('object number out of range');
      for (let i = 0; i < count; i++) {
        const type = w0 === 0 ? 1 : read(w0);
        const f1 = read(w1);
        const f2 = read(w2);
        if (type === 0) this.set(first + i, { kind: 'free' });
        else if (type === 1) this.set(first + i, f1 === 0 ? { kind: 'free' } : { kind: 'offset', offset: f1, gen: f2 });
        else if (type === 2) this.set(first + i, f1 === 0 ? { kind: 'free' } : { kind: 'packed', stream: f1, index: f2 });
        else unsupported(`cross-reference entry type ${type}`);
      }
    }
    return dict;
  }

  /** The stream whose dictionary the lexer has just read, followed by `stream`. */
  private makeStream(lexer: Lexer, dict: PdfDict): PdfStream {
    const length = this.resolve(dict.map.get('Length'));
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) return unsupported('stream without a valid /Length');
    // `stream` is followed by CRLF or LF (pdf.js also takes a lone CR).
    let start = lexer.offset;
    const bytes = this.bytes;
    if (bytes[start] === 0x0d) start += bytes[start + 1] === 0x0a ? 2 : 1;
    else if (bytes[start] === 0x0a) start += 1;
    else return unsupported('no line break after `stream`');
    const end = start + length;
    if (end > lexer.end) return unsupported('stream /Length past the end of the data');
    let p = end;
    while (p < lexer.end && SPECIAL[bytes[p]] === 1) p++;
    if (!startsWith(bytes, p, 'endstream')) return unsupported('stream /Length does not end at `endstream`');
    lexer.seek(p + 9);
    return new PdfStream(dict, bytes.subarray(start, end));
  }

  resolve(o: PdfObject): PdfObject;
  resolve(o: PdfObject | undefined): PdfObject | undefined;
  resolve(o: PdfObject | undefined): PdfObject | undefined {
    return o instanceof Ref ? this.fetch(o) : o;
  }

  fetch(ref: Ref): PdfObject {
    const num = ref.num;
    const cached = this.cache.get(num);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(num);
    if (!entry || entry.kind === 'free') return null; // a reference to no object is null
    if (this.pending.has(num)) return unsupported('circular reference');
    if (this.depth >= MAX_FETCH_DEPTH) return unsupported('references nested too deep');
    this.pending.add(num);
    this.depth++;
    try {
      let obj: PdfObject;
      if (entry.kind === 'offset') {
        if (entry.gen !== ref.gen) return unsupported('generation does not match the cross-reference');
        obj = this.readAt(num, entry.gen, entry.offset);
      } else {
        if (ref.gen !== 0) return unsupported('generation does not match the cross-reference');
        obj = this.readPacked(num, entry.stream, entry.index);
      }
      if (obj instanceof PdfDict) obj.ref = ref;
      else if (obj instanceof PdfStream) obj.dict.ref = ref;
      this.cache.set(num, obj);
      return obj;
    } finally {
      this.pending.delete(num);
      this.depth--;
    }
  }

  private readAt(num: number, gen: number, offset: number): PdfObject {
    if (offset >= this.bytes.length) return unsupported('cross-reference offset outside the file');
    const lexer = new Lexer(this.bytes, offset);
    const n = lexer.getObj();
    const g = lexer.getObj();
    const obj = lexer.getObj();
    if (n !== num || g !== gen || !(obj instanceof Cmd) || obj.cmd !== 'obj') return unsupported(`object ${num} is not where the cross-reference says`);
    return parseObject(lexer, (dict) => this.makeStream(lexer, dict));
  }

  private readPacked(num: number, streamNum: number, index: number): PdfObject {
    let os = this.objectStreams.get(streamNum);
    if (!os) {
      const entry = this.entries.get(streamNum);
      if (!entry || entry.kind !== 'offset') return unsupported('object stream that is not a plain object');
      const stream = this.fetch(new Ref(streamNum, entry.gen));
      if (!(stream instanceof PdfStream)) return unsupported('object stream that is not a stream');
      const type = stream.dict.map.get('Type');
      const first = this.resolve(stream.dict.map.get('First'));
      const n = this.resolve(stream.dict.map.get('N'));
      if (!(type instanceof Name) || type.name !== 'ObjStm') unsupported('object stream without /Type /ObjStm');
      if (typeof first !== 'number' || typeof n !== 'number' || !Number.isInteger(first) || !Number.isInteger(n) || first < 0 || n < 0 || n > 1_000_000) {
        return unsupported('malformed object stream /First or /N');
      }
      const data = this.streamBytes(stream);
      const header = new Lexer(data, 0, Math.min(first, data.length));
      const nums: number[] = [];
      const offsets: number[] = [];
      for (let i = 0; i < n; i++) {
        const objNum = header.getObj();
        const off = header.getObj();
        if (typeof objNum !== 'number' || typeof off !== 'number' || !Number.isInteger(objNum) || !Number.isInteger(off) || off < 0) {
          return unsupported('malformed object stream header');
        }
        nums.push(objNum);
        offsets.push(off);
      }
      const objects: PdfObject[] = [];
      for (let i = 0; i < n; i++) {
        const start = first + offsets[i];
        const end = i < n - 1 ? first + offsets[i + 1] : data.length;
        if (end < start || end > data.length) return unsupported('malformed object stream offsets');
        const lexer = new Lexer(data, start, end);
        // Streams cannot sit in an object stream.
        objects.push(objectFrom(lexer, lexer.getObj(), null));
      }
      this.objectStreams.set(streamNum, (os = { nums, objects }));
    }
    if (index >= os.nums.length || os.nums[index] !== num) return unsupported(`object ${num} is not where the cross-reference says`);
    return os.objects[index];
  }

  /**
   * A stream's decoded bytes. `keep` for what may be read again (a form drawn
   * on every page); page contents are not kept, so a long document does not
   * hold all of them at once.
   */
  streamBytes(stream: PdfStream, keep = false): Uint8Array {
    let data = this.decoded.get(stream);
    if (!data) {
      data = decodeBytes(stream.raw, stream.dict, (o) => this.resolve(o));
      if (keep) this.decoded.set(stream, data);
    }
    return data;
  }

  /** A dictionary entry, references followed. */
  get(dict: PdfDict, key: string): PdfObject | undefined {
    return this.resolve(dict.map.get(key));
  }
}

function startsWith(bytes: Uint8Array, at: number, word: string): boolean {
  if (at + word.length > bytes.length) return false;
  for (let i = 0; i < word.length; i++) if (bytes[at + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** The offset after the last `startxref` in the file's last 1 KB. */
function findStartXRef(bytes: Uint8Array): number {
  const from = Math.max(0, bytes.length - 1024);
  for (let at = bytes.length - 9; at >= from; at--) {
    if (startsWith(bytes, at, 'startxref')) {
      const lexer = new Lexer(bytes, at + 9);
      const offset = lexer.getObj();
      if (typeof offset !== 'number' || !Number.isInteger(offset)) return unsupported('malformed startxref');
      return offset;
    }
  }
  return unsupported('no startxref');
}
