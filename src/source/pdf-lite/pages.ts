// The page tree: its leaves in order, each with what pdf.js inherits along
// /Parent (Resources merged, MediaBox, CropBox, Rotate), its view (CropBox ∩
// MediaBox) and its content streams. A tree whose /Count disagrees with its
// leaves, a cycle, a rotated page or a malformed box: Unsupported — pdf.js
// would number or size such pages in its own way.
import { Cmd, Lexer, Name, unsupported } from './lexer.js';
import { isDict, isNumberArray, objectFrom, PdfDict, PdfStream, type Ref, type PdfObject } from './objects.js';
import type { XRef } from './xref.js';

export interface LitePage {
  dict: PdfDict;
  ref: Ref | null;
  /** [x0, y0, x1, y1], normalised. */
  view: number[];
  userUnit: number;
  resources: PdfDict;
  /** The content streams' decoded bytes, concatenated as pdf.js concatenates them (no separator). */
  content(): Uint8Array;
}

/** Pages beyond this many are not walked (the caller's page limit is lower). */
const MAX_TREE_NODES = 100_000;

export function pageLeaves(xref: XRef, maxPages: number): PdfDict[] | 'too-many' {
  const root = xref.get(xref.trailer, 'Root');
  if (!isDict(root)) return unsupported('no document catalog');
  const top = xref.get(root, 'Pages');
  if (!isDict(top)) return unsupported('no page tree');
  const count = xref.get(top, 'Count');
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return unsupported('page tree without an integer /Count');
  if (count > maxPages) return 'too-many';
  const leaves: PdfDict[] = [];
  const visited = new Set<PdfDict>();
  let nodes = 0;
  // Depth-first, in /Kids order; each node's /Count must be the leaves below it
  // (pdf.js skips subtrees by their /Count when it looks for page n).
  const walk = (node: PdfDict, depth: number): number => {
    if (visited.has(node)) return unsupported('page tree cycle');
    visited.add(node);
    if (++nodes > MAX_TREE_NODES || depth > 64) return unsupported('page tree too large');
    const type = xref.get(node, 'Type');
    const kids = xref.get(node, 'Kids');
    if ((type instanceof Name && type.name === 'Page') || kids === undefined) {
      if (leaves.length >= maxPages) return unsupported('more pages than /Count says');
      leaves.push(node);
      return 1;
    }
    if (!Array.isArray(kids)) return unsupported('malformed /Kids');
    let below = 0;
    for (const k of kids) {
      const kid = xref.resolve(k);
      if (!isDict(kid)) return unsupported('page tree node that is not a dictionary');
      below += walk(kid, depth + 1);
    }
    const c = xref.get(node, 'Count');
    if (c !== below) return unsupported('page tree /Count disagrees with its pages');
    return below;
  };
  walk(top, 0);
  if (leaves.length !== count) return unsupported('page tree /Count disagrees with its pages');
  checkLinearization(xref, leaves);
  return leaves;
}

/**
 * A linearized file (its first object a /Linearized dictionary whose /L is the
 * file's length) is read by pdf.js with /N pages and its first page from /O:
 * both must agree with the tree.
 */
function checkLinearization(xref: XRef, leaves: PdfDict[]): void {
  const bytes = xref.bytes;
  let dict: PdfObject;
  try {
    const lexer = new Lexer(bytes, 0, Math.min(bytes.length, 4096));
    const a = lexer.getObj();
    const b = lexer.getObj();
    const c = lexer.getObj();
    if (typeof a !== 'number' || typeof b !== 'number' || !(c instanceof Cmd) || c.cmd !== 'obj') return;
    dict = objectFrom(lexer, lexer.getObj(), null);
  } catch {
    return; // not a linearization dictionary pdf.js would take either
  }
  if (!isDict(dict)) return;
  const lin = dict.map.get('Linearized');
  if (typeof lin !== 'number' || lin <= 0 || dict.map.get('L') !== bytes.length) return;
  const n = dict.map.get('N');
  const o = dict.map.get('O');
  const p = dict.map.get('P') ?? 0;
  if (n !== leaves.length || typeof o !== 'number' || typeof p !== 'number' || p < 0 || p >= leaves.length || leaves[p].ref?.num !== o) {
    unsupported('linearization dictionary disagrees with the page tree');
  }
}

/** pdf.js's getInheritableProperty: the values along /Parent, nearest first. */
function inherited(xref: XRef, dict: PdfDict, key: string): PdfObject[] {
  const values: PdfObject[] = [];
  const visited = new Set<PdfDict>();
  let node: PdfObject | undefined = dict;
  while (isDict(node) && !visited.has(node)) {
    visited.add(node);
    const v = xref.get(node, key);
    if (v !== undefined) values.push(v);
    node = xref.get(node, 'Parent');
  }
  return values;
}

function box(xref: XRef, dict: PdfDict, key: string): number[] | null {
  const values = inherited(xref, dict, key);
  if (values.length === 0) return null;
  const raw = values[0];
  const arr = Array.isArray(raw) ? raw.map((v) => xref.resolve(v)) : raw;
  if (!isNumberArray(arr, 4)) return unsupported(`malformed /${key}`);
  // pdf.js's Util.normalizeRect.
  const r = [Math.min(arr[0], arr[2]), Math.min(arr[1], arr[3]), Math.max(arr[0], arr[2]), Math.max(arr[1], arr[3])];
  if (!(r[2] - r[0] > 0 && r[3] - r[1] > 0)) return unsupported(`empty /${key}`);
  return r;
}

export function pageOf(xref: XRef, dict: PdfDict): LitePage {
  const rotate = inherited(xref, dict, 'Rotate')[0] ?? 0;
  if (typeof rotate !== 'number') return unsupported('malformed /Rotate');
  if (rotate % 90 === 0 && ((rotate % 360) + 360) % 360 !== 0) return unsupported('rotated page');
  const mediaBox = box(xref, dict, 'MediaBox') ?? unsupported('page without a /MediaBox');
  const cropBox = box(xref, dict, 'CropBox') ?? mediaBox;
  let view = mediaBox;
  if (cropBox !== mediaBox && !cropBox.every((v, i) => v === mediaBox[i])) {
    const x0 = Math.max(Math.min(cropBox[0], cropBox[2]), Math.min(mediaBox[0], mediaBox[2]));
    const x1 = Math.min(Math.max(cropBox[0], cropBox[2]), Math.max(mediaBox[0], mediaBox[2]));
    const y0 = Math.max(Math.min(cropBox[1], cropBox[3]), Math.min(mediaBox[1], mediaBox[3]));
    const y1 = Math.min(Math.max(cropBox[1], cropBox[3]), Math.max(mediaBox[1], mediaBox[3]));
    if (!(x0 <= x1 && y0 <= y1 && x1 - x0 > 0 && y1 - y0 > 0)) return unsupported('CropBox outside the MediaBox');
    view = [x0, y0, x1, y1];
  }
  const uu = xref.get(dict, 'UserUnit');
  const userUnit = typeof uu === 'number' && uu > 0 ? uu : 1;

  const res = inherited(xref, dict, 'Resources');
  let resources: PdfDict;
  if (res.length === 0) resources = new PdfDict();
  else if (!res.every(isDict)) return unsupported('malformed /Resources');
  else if (res.length === 1) resources = res[0] as PdfDict;
  else {
    // pdf.js's Dict.merge: the nearest dictionary's entries win, whole.
    resources = new PdfDict();
    for (const r of res as PdfDict[]) for (const [k, v] of r.map) if (!resources.map.has(k)) resources.map.set(k, v);
  }

  const contentRaw = xref.get(dict, 'Contents');
  let streams: PdfStream[];
  if (contentRaw === undefined || contentRaw === null) streams = [];
  else if (contentRaw instanceof PdfStream) {
    const local = xref.get(contentRaw.dict, 'Resources');
    if (isDict(local) && local.map.size > 0) return unsupported('content stream with its own /Resources');
    streams = [contentRaw];
  } else if (Array.isArray(contentRaw)) {
    streams = contentRaw.map((c) => xref.resolve(c)).filter((c): c is PdfStream => c instanceof PdfStream);
  } else {
    return unsupported('malformed /Contents');
  }
  for (const s of streams) {
    const sub = xref.get(s.dict, 'Subtype');
    if (sub instanceof Name && sub.name === 'Image') unsupported('image as page content');
  }
  return {
    dict,
    ref: dict.ref,
    view,
    userUnit,
    resources,
    content() {
      const parts = streams.map((s) => xref.streamBytes(s));
      if (parts.length === 1) return parts[0];
      return new Uint8Array(Buffer.concat(parts));
    },
  };
}
