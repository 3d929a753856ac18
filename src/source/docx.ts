// .docx reader: the body of word/document.xml as text in the shape of the
// corpus .txt files.
//
// It reads the WordprocessingML itself (over the bounded zip reader and a small
// XML parser) rather than through mammoth's document model, because that model
// loses what this reader must keep: whether a run's bold is unset (so inherited
// from its character or paragraph style) or explicitly off, and which list
// (numId) and level a paragraph belongs to, without which Word's "1.", "a)",
// "I." cannot be rebuilt; and mammoth's JSZip inflates parts without a bound.
//
// Only the main document part is read: headers, footers, footnotes, endnotes
// and comments live in other parts and never reach the body text. Deleted
// revisions, hidden text and field codes are skipped; inserted revisions,
// hyperlinks, content controls and field results are kept.
import { Numbering } from './docx-numbering.js';
import { isTable, joinBody, orderTwoCells, pushAll, rowParagraph, type BodyItem, type CellItem, type Para, type Run, type TableItem } from './paragraphs.js';
import { loadTcvn3, tcvn3Font, type Tcvn3Converter } from './tcvn3.js';
import { InputError, type SourceText } from './types.js';
import { child, elements, parseXml, type XmlElement } from './xml.js';
import { ZipArchive } from './zip.js';

export async function readDocx(bytes: Uint8Array, path: string): Promise<SourceText> {
  const zip = openZip(bytes, path);
  zip.checkDeclaredSizes();
  const rels = readRels(zip, '_rels/.rels', path);
  const mainPath = rels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'word/document.xml';
  if (!zip.has(mainPath)) {
    if (zip.has('content.xml') && zip.has('mimetype')) throw new InputError('unsupported-format', path, 'OpenDocument text');
    throw new InputError('not-docx', path, 'no word/document.xml');
  }
  const docRels = readRels(zip, relsPathOf(mainPath), path);
  const partOf = (suffix: string, fallback: string) =>
    docRels.find((r) => r.type.endsWith(suffix))?.target ?? fallback;
  const stylesPath = partOf('/styles', 'word/styles.xml');
  const stylesXml = zip.readText(stylesPath);
  const styles = new Styles(stylesXml === null ? null : parseText(stylesXml, stylesPath, path));
  const numbering = new Numbering(parsePart(zip, partOf('/numbering', 'word/numbering.xml'), path));
  const documentXml = zip.readText(mainPath) ?? '';
  const document = parseText(documentXml, mainPath, path);
  // Documents typed in the old TCVN3 fonts (.VnTime …) need their letters converted.
  const usesTcvn3 = /w:(?:ascii|hAnsi)="\.?vn(?!i)[a-z]/i.test(documentXml + (stylesXml ?? ''));
  const tcvn3 = usesTcvn3 ? await loadTcvn3() : null;
  const body = child(document, 'w:body');
  if (!body) throw new InputError('damaged-docx', path, 'no document body');
  const items = new BodyReader(styles, numbering, tcvn3).block(body);
  const { text, tables } = joinBody(items);
  return { text, tables, format: 'docx', encoding: null };
}

function openZip(bytes: Uint8Array, path: string): ZipArchive {
  try {
    return new ZipArchive(bytes, path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('damaged-docx', path, (err as Error).message);
  }
}

function parsePart(zip: ZipArchive, name: string, path: string): XmlElement | null {
  const text = zip.readText(name);
  return text === null ? null : parseText(text, name, path);
}

function parseText(text: string, name: string, path: string): XmlElement {
  try {
    return parseXml(text);
  } catch (err) {
    throw new InputError('damaged-docx', path, `${name}: ${(err as Error).message}`);
  }
}

interface Rel {
  type: string;
  target: string;
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function readRels(zip: ZipArchive, relsPath: string, path: string): Rel[] {
  const root = parsePart(zip, relsPath, path);
  if (!root) return [];
  // Targets are relative to the folder of the part that owns the .rels file.
  const base = relsPath.replace(/_rels\/[^/]*$/, '');
  return elements(root)
    .filter((e) => e.name.endsWith('Relationship') && e.attrs.TargetMode !== 'External')
    .map((e) => ({ type: e.attrs.Type ?? '', target: resolvePath(base, e.attrs.Target ?? '') }));
}

function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Whether table properties draw inside or outside borders; undefined when they say nothing. */
function bordersOf(tblPr: XmlElement | undefined): boolean | undefined {
  const b = child(tblPr, 'w:tblBorders');
  if (!b) return undefined;
  return elements(b).some((e) => !['nil', 'none'].includes(e.attrs['w:val'] ?? 'none'));
}

function fontOf(rPr: XmlElement | undefined): string | undefined {
  const f = child(rPr, 'w:rFonts');
  return f?.attrs['w:ascii'] ?? f?.attrs['w:hAnsi'];
}

function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v !== '0' && v !== 'false' && v !== 'off';
}

interface Style {
  basedOn?: string;
  bold?: boolean;
  font?: string;
  /** Table styles: whether the style draws cell borders. */
  borders?: boolean;
  numId?: string;
  ilvl?: number;
}

/** Bold and list membership inherited through styles (basedOn chains). */
class Styles {
  private readonly byId = new Map<string, Style>();
  readonly defaultBold: boolean;
  readonly defaultFont: string | undefined;
  readonly defaultParagraphStyle: string | undefined;

  constructor(root: XmlElement | null) {
    const defaults = child(child(child(root ?? undefined, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
    this.defaultBold = onOff(child(defaults, 'w:b')) ?? false;
    this.defaultFont = fontOf(defaults);
    let defaultPara: string | undefined;
    for (const s of root ? elements(root, 'w:style') : []) {
      const id = s.attrs['w:styleId'] ?? '';
      const numPr = child(child(s, 'w:pPr'), 'w:numPr');
      this.byId.set(id, {
        basedOn: child(s, 'w:basedOn')?.attrs['w:val'],
        bold: onOff(child(child(s, 'w:rPr'), 'w:b')),
        font: fontOf(child(s, 'w:rPr')),
        borders: bordersOf(child(s, 'w:tblPr')),
        numId: child(numPr, 'w:numId')?.attrs['w:val'],
        ilvl: numPr ? Number(child(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0) : undefined,
      });
      if (s.attrs['w:type'] === 'paragraph' && (s.attrs['w:default'] === '1' || s.attrs['w:default'] === 'true')) defaultPara = id;
    }
    this.defaultParagraphStyle = defaultPara;
  }

  /** Resolved values, per key then style: a long basedOn chain is walked once, not at every run. */
  private readonly resolved = new Map<keyof Style, Map<string, unknown>>();

  /** The first value along the basedOn chain of `id`. */
  inherited<K extends keyof Style>(id: string | undefined, key: K): Style[K] | undefined {
    if (id === undefined) return undefined;
    let memo = this.resolved.get(key);
    if (!memo) this.resolved.set(key, (memo = new Map()));
    if (memo.has(id)) return memo.get(id) as Style[K] | undefined;
    // Walk up to a value or a style already resolved, then record the answer for the whole path.
    const path: string[] = [];
    const seen = new Set<string>();
    let value: Style[K] | undefined;
    for (let s: string | undefined = id; s !== undefined && !seen.has(s); s = this.byId.get(s)?.basedOn) {
      if (memo.has(s)) {
        value = memo.get(s) as Style[K] | undefined;
        break;
      }
      seen.add(s);
      path.push(s);
      const v = this.byId.get(s)?.[key];
      if (v !== undefined) {
        value = v;
        break;
      }
    }
    for (const s of path) memo.set(s, value);
    return value;
  }
}

const UNWRAP_BLOCK = new Set(['w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:sdtContent']);
const UNWRAP_INLINE = new Set([
  'w:hyperlink', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:fldSimple', 'w:customXml', 'w:dir', 'w:bdo', 'w:sdtContent',
]);

class BodyReader {
  /** Open fields: true once past `separate` (the result shows, the code does not). */
  private readonly fields: boolean[] = [];

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly tcvn3: Tcvn3Converter | null = null,
  ) {}

  block(el: XmlElement, out: BodyItem[] = []): BodyItem[] {
    for (const c of elements(el)) {
      if (c.name === 'w:p') this.paragraph(c, out);
      else if (c.name === 'w:tbl') this.table(c, out);
      else if (c.name === 'w:sdt') this.block(child(c, 'w:sdtContent') ?? c, out);
      else if (c.name === 'mc:AlternateContent') this.block(pickAlternate(c), out);
      else if (UNWRAP_BLOCK.has(c.name)) this.block(c, out);
    }
    return out;
  }

  /** The paragraphs of a cell; a table nested in it reads a paragraph per row. */
  private cellParas(tc: XmlElement): Para[] {
    return this.block(tc).flatMap((item) => (isTable(item) ? item.rows.flatMap((r) => rowParagraph(r.map((c) => c.paras))) : [item]));
  }

  private table(tbl: XmlElement, out: BodyItem[]): void {
    // The Decree 30 header and signature tables are borderless layout; a ruled
    // table of three or more columns is data (TT | Nhiệm vụ | Chủ trì | Thời gian …)
    // and is kept as a table; a ruled two-column table reads by rows.
    const tblPr = child(tbl, 'w:tblPr');
    const bordered = bordersOf(tblPr) ?? this.styles.inherited(child(tblPr, 'w:tblStyle')?.attrs['w:val'], 'borders') ?? false;
    const rows = flatten(tbl, 'w:tr');
    const gridColumns = rows.reduce(
      (most, row) => Math.max(most, flatten(row, 'w:tc').reduce((n, tc) => n + spanOf(tc), 0)),
      flatten(child(tbl, 'w:tblGrid') ?? { name: '', attrs: {}, children: [] }, 'w:gridCol').length,
    );
    if (bordered && gridColumns >= 3) {
      out.push(this.dataTable(rows));
      return;
    }
    for (const row of rows) {
      // Cells continuing a vertical merge are empty: the text sits in the first cell.
      const cells = flatten(row, 'w:tc').map((tc) => this.cellParas(tc));
      if (cells.length === 2 && !bordered) pushAll(out, orderTwoCells(cells[0], cells[1]));
      else if (cells.length === 1) pushAll(out, cells[0]);
      else pushAll(out, rowParagraph(cells));
    }
  }

  /**
   * Rows of cells with their spans, as pandoc keeps them: a cell continuing a
   * vertical merge (w:vMerge without "restart") is not a cell of its own, it
   * lengthens the rowSpan of the cell it continues, in the same grid column.
   */
  private dataTable(rows: XmlElement[]): TableItem {
    const table: TableItem = { kind: 'table', rows: [] };
    // Grid column → the cell whose vertical merge is open there.
    const open = new Map<number, CellItem>();
    for (const row of rows) {
      const cells: CellItem[] = [];
      let column = 0;
      for (const tc of flatten(row, 'w:tc')) {
        const colSpan = spanOf(tc);
        const vMerge = child(child(tc, 'w:tcPr'), 'w:vMerge');
        const continues = vMerge !== undefined && vMerge.attrs['w:val'] !== 'restart';
        const above = open.get(column);
        if (continues && above) {
          above.rowSpan++;
        } else {
          const cell: CellItem = { paras: this.cellParas(tc), colSpan, rowSpan: 1 };
          cells.push(cell);
          if (vMerge !== undefined) open.set(column, cell);
          else open.delete(column);
        }
        column += colSpan;
      }
      table.rows.push(cells);
    }
    return table;
  }

  private paragraph(p: XmlElement, out: BodyItem[]): void {
    const pPr = child(p, 'w:pPr');
    const styleId = child(pPr, 'w:pStyle')?.attrs['w:val'] ?? this.styles.defaultParagraphStyle;
    const runs: Para = [];
    const extra: BodyItem[] = [];
    this.inline(p, styleId, runs, extra);
    const label = this.listLabel(pPr, styleId);
    const hasText = runs.some((r) => r.text.trim() !== '');
    if (label && hasText) {
      const firstBold = runs.find((r) => r.text.trim() !== '')?.bold ?? false;
      const markBold = onOff(child(child(pPr, 'w:rPr'), 'w:b'));
      runs.unshift({ text: label.label, bold: label.bold ?? markBold ?? firstBold });
    }
    if (hasText) out.push(runs);
    pushAll(out, extra);
  }

  private listLabel(pPr: XmlElement | undefined, styleId: string | undefined) {
    const numPr = child(pPr, 'w:numPr');
    let numId = child(numPr, 'w:numId')?.attrs['w:val'];
    let ilvl = Number(child(numPr, 'w:ilvl')?.attrs['w:val'] ?? NaN);
    if (numId === undefined) numId = this.styles.inherited(styleId, 'numId');
    if (Number.isNaN(ilvl)) ilvl = this.styles.inherited(styleId, 'ilvl') ?? 0;
    return numId === undefined ? null : this.numbering.next(numId, ilvl);
  }

  private inline(el: XmlElement, styleId: string | undefined, runs: Run[], extra: BodyItem[]): void {
    for (const c of elements(el)) {
      if (c.name === 'w:r') this.run(c, styleId, runs, extra);
      else if (c.name === 'w:sdt') this.inline(child(c, 'w:sdtContent') ?? c, styleId, runs, extra);
      else if (c.name === 'mc:AlternateContent') this.inline(pickAlternate(c), styleId, runs, extra);
      else if (UNWRAP_INLINE.has(c.name)) this.inline(c, styleId, runs, extra);
    }
  }

  private showing(): boolean {
    return this.fields.every((inResult) => inResult);
  }

  private run(r: XmlElement, styleId: string | undefined, runs: Run[], extra: BodyItem[]): void {
    const rPr = child(r, 'w:rPr');
    const hidden = onOff(child(rPr, 'w:vanish')) === true || onOff(child(rPr, 'w:webHidden')) === true;
    const bold =
      onOff(child(rPr, 'w:b')) ??
      this.styles.inherited(child(rPr, 'w:rStyle')?.attrs['w:val'], 'bold') ??
      this.styles.inherited(styleId, 'bold') ??
      this.styles.defaultBold;
    let text = '';
    for (const c of elements(r)) {
      switch (c.name) {
        case 'w:fldChar': {
          const type = c.attrs['w:fldCharType'];
          if (type === 'begin') this.fields.push(false);
          else if (type === 'separate' && this.fields.length) this.fields[this.fields.length - 1] = true;
          else if (type === 'end') this.fields.pop();
          break;
        }
        case 'w:t':
          if (this.showing()) text += c.children.filter((x): x is string => typeof x === 'string').join('');
          break;
        case 'w:tab':
        case 'w:ptab':
          if (this.showing()) text += ' ';
          break;
        case 'w:br':
        case 'w:cr':
          if (this.showing()) text += '\n';
          break;
        case 'w:noBreakHyphen':
          if (this.showing()) text += '-';
          break;
        case 'w:sym': {
          const code = parseInt(c.attrs['w:char'] ?? '', 16);
          // Symbol-font code points (F000–F0FF) are glyph indexes, not characters.
          // Beyond U+10FFFF there is no character (a hostile file): nothing is shown.
          if (this.showing() && code > 0 && code <= 0x10ffff && (code < 0xe000 || code > 0xf8ff)) text += String.fromCodePoint(code);
          break;
        }
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
        case 'mc:AlternateContent':
          // The outermost boxes only: a box inside a box is read with the box around it, once.
          for (const box of outermost(c.name === 'mc:AlternateContent' ? pickAlternate(c) : c, 'w:txbxContent')) {
            this.block(box, extra);
          }
          break;
      }
    }
    if (text && !hidden) {
      const font =
        fontOf(rPr) ??
        this.styles.inherited(child(rPr, 'w:rStyle')?.attrs['w:val'], 'font') ??
        this.styles.inherited(styleId, 'font') ??
        this.styles.defaultFont;
      const legacy = this.tcvn3 ? tcvn3Font(font) : null;
      runs.push({ text: legacy && this.tcvn3 ? this.tcvn3(text, legacy.upper) : text, bold });
    }
  }
}

/** How many grid columns a cell covers (w:gridSpan), at least 1 and at most the grid Word allows. */
function spanOf(tc: XmlElement): number {
  const n = Number(child(child(tc, 'w:tcPr'), 'w:gridSpan')?.attrs['w:val'] ?? 1);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 63) : 1;
}

/** mc:AlternateContent holds the same content twice: read one branch only. */
function pickAlternate(el: XmlElement): XmlElement {
  return child(el, 'mc:Choice') ?? child(el, 'mc:Fallback') ?? { name: '', attrs: {}, children: [] };
}

/** Children named `name`, looking through content controls and custom XML wrappers. */
function flatten(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(el)) {
    if (c.name === name) out.push(c);
    else if (c.name === 'w:sdt') flatten(child(c, 'w:sdtContent') ?? c, name, out);
    else if (c.name === 'w:customXml') flatten(c, name, out);
  }
  return out;
}

/** Descendants named `name` that are not inside another one (a text box's own boxes are its content). */
function outermost(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else outermost(c, name, out);
  }
  return out;
}
