// Text items of a page, built as pdf.js's getTextContent builds them
// (pdfjs-dist 5.6.205, src/core/evaluator.js), so that the layout downstream
// sees the very same items: glyphs join an item while they follow on from the
// last one; a gap of 0.102–0.6 em becomes a space inside the item, a larger
// one a separate " " item; a move back or down ends the item (an "EOL" item
// when it changes lines); white-space glyphs only advance. The arithmetic is
// pdf.js's, operation for operation, so positions and widths are the same
// doubles. Horizontal writing only (vertical fonts are refused in fonts.ts).
import { ContentReader } from './content.js';
import { INVISIBLE_FORMAT_MARK, WHITESPACE, ZERO_WIDTH_DIACRITIC, type LiteFont } from './fonts.js';
import { Name, unsupported } from './lexer.js';
import { isDict, isNumberArray, PdfDict, PdfStream, Ref, type PdfObject } from './objects.js';
import type { XRef } from './xref.js';

/** What pdf.js reports for a text item (readPdf uses these fields). */
export interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string | null;
}

export interface TextContext {
  xref: XRef;
  /** [x0, y0, x1, y1] of the page (pdf.js's page.view). */
  viewBox: number[];
  font(resources: PdfDict, name: string): LiteFont;
  /** Called for every item pushed (counts and limits). */
  onItem(item: RawTextItem): void;
  /** Called every few hundred operators (the time budget). */
  tick(): void;
}

type Matrix = number[];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** pdf.js's Util.transform, same operations in the same order. */
function transform(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

class TextState {
  ctm: Matrix = IDENTITY;
  fontName: string | null = null;
  fontSize = 0;
  loadedName: string | null = null;
  font: LiteFont | null = null;
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  textHScale = 1;
  textRise = 0;

  constructor(
    public textMatrix: Matrix = IDENTITY.slice(),
    public textLineMatrix: Matrix = IDENTITY.slice(),
  ) {}

  setTextMatrix(a: number, b: number, c: number, d: number, e: number, f: number): void {
    const m = this.textMatrix;
    m[0] = a; m[1] = b; m[2] = c; m[3] = d; m[4] = e; m[5] = f;
  }

  setTextLineMatrix(a: number, b: number, c: number, d: number, e: number, f: number): void {
    const m = this.textLineMatrix;
    m[0] = a; m[1] = b; m[2] = c; m[3] = d; m[4] = e; m[5] = f;
  }

  translateTextMatrix(x: number, y: number): void {
    const m = this.textMatrix;
    m[4] = m[0] * x + m[2] * y + m[4];
    m[5] = m[1] * x + m[3] * y + m[5];
  }

  translateTextLineMatrix(x: number, y: number): void {
    const m = this.textLineMatrix;
    m[4] = m[0] * x + m[2] * y + m[4];
    m[5] = m[1] * x + m[3] * y + m[5];
  }

  carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.leading);
    this.textMatrix = this.textLineMatrix.slice();
  }

  clone(): TextState {
    const c = new TextState(this.textMatrix.slice(), this.textLineMatrix.slice());
    c.ctm = this.ctm;
    c.fontName = this.fontName;
    c.fontSize = this.fontSize;
    c.loadedName = this.loadedName;
    c.font = this.font;
    c.charSpacing = this.charSpacing;
    c.wordSpacing = this.wordSpacing;
    c.leading = this.leading;
    c.textHScale = this.textHScale;
    c.textRise = this.textRise;
    return c;
  }
}

export class StateManager {
  private readonly stack: TextState[] = [];
  constructor(public state: TextState = new TextState()) {}
  save(): void {
    const old = this.state;
    if (this.stack.length >= MAX_SAVED_STATES) unsupported('graphics states saved too deep');
    this.stack.push(old);
    this.state = old.clone();
  }
  restore(): void {
    const prev = this.stack.pop();
    if (prev) this.state = prev;
  }
  transform(args: Matrix): void {
    this.state.ctm = transform(this.state.ctm, args);
  }
}

const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;
/** pdf.js's font matrix for every font the fast path takes (its FONT_IDENTITY_MATRIX[0]). */
const FONT_SCALE = 0.001;
/** Form XObjects inside form XObjects, deeper than any document draws them. */
const MAX_FORM_DEPTH = 16;
const TICK_EVERY = 512;
/** Nested q operators (each keeps a copy of the state): far beyond what a page draws. */
const MAX_SAVED_STATES = 10_000;

let normalizeRegex: RegExp | null = null;
/** pdf.js's normalizeUnicode: compatibility forms (ligatures, presentation forms) to NFKC. */
function normalizeUnicode(str: string): string {
  normalizeRegex ??=
    /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu;
  // A run of two or more U+FB05 becomes "undefined" in pdf.js (its map has the single character only): so here too.
  return str.replace(normalizeRegex, (_, p1: string | undefined, p2: string) => (p1 ? p1.normalize('NFKC') : p2 === '\ufb05' ? '\u017ft' : 'undefined'));
}

/** Right-to-left text, which pdf.js's bidi() would reorder. */
const RTL = /[\u0590-\u08ac\ufb50-\ufdff\ufe70-\ufeff]/;

const num = (o: PdfObject | undefined): number => (typeof o === 'number' ? o : unsupported('text operator with a non-number operand'));
const str = (o: PdfObject | undefined): string => (typeof o === 'string' ? o : unsupported('text operator with a non-string operand'));

/**
 * The text items of one content stream (a page's, or a form's: then with the
 * state it inherits), pushed to ctx.onItem in pdf.js's order.
 */
export function getTextContent(
  ctx: TextContext,
  data: Uint8Array,
  resources: PdfDict,
  stateManager: StateManager = new StateManager(),
  seen: ReadonlySet<string> = new Set(),
  depth = 0,
): number {
  const [vb0, vb1, vb2, vb3] = ctx.viewBox;
  let pushed = 0;
  const push = (item: RawTextItem) => {
    pushed++;
    ctx.onItem(item);
  };

  const item = {
    initialized: false,
    str: [] as string[],
    totalWidth: 0,
    width: 0,
    height: 0,
    /** The transform after the last glyph (a reused buffer: copied when an item keeps it). */
    prevTransform: [0, 0, 0, 0, 0, 0] as Matrix,
    hasPrev: false,
    prevTextRise: 0,
    textAdvanceScale: 0,
    spaceInFlowMin: 0,
    spaceInFlowMax: 0,
    trackingSpaceMin: Infinity,
    negativeSpaceMax: -Infinity,
    notASpace: -Infinity,
    transform: null as Matrix | null,
    fontName: null as string | null,
    hasEOL: false,
  };

  // pdf.js's twoLastChars: whether each of the last two characters was " ", and which slot is next.
  let space0 = true;
  let space1 = true;
  let lastPos = 0;
  /** Saves a character; true when it follows a non-space that followed a space (pdf.js then inserts " "). */
  const saveLastChar = (isSpace: boolean): boolean => {
    let ret: boolean;
    if (lastPos === 0) {
      ret = !space0 && space1;
      space0 = isSpace;
      lastPos = 1;
    } else {
      ret = !space1 && space0;
      space1 = isSpace;
      lastPos = 0;
    }
    return ret;
  };
  const shouldAddWhitespace = () => (lastPos === 0 ? !space0 && space1 : !space1 && space0);
  const resetLastChars = () => {
    space0 = space1 = true;
    lastPos = 0;
  };

  let textState = stateManager.state;
  let currentTextState: TextState | null = null;

  const pushWhitespace = (width: number, transformArg: Matrix = item.prevTransform, fontName: string | null = item.fontName) => {
    push({ str: ' ', width, transform: transformArg.slice(), fontName });
  };

  /**
   * pdf.js's Util.transform(ctm, Util.transform(textMatrix, [size × hscale, 0, 0, size, 0, rise])),
   * the same products and sums (the zero terms too: they decide the sign of a zero), into `out`.
   */
  const getCurrentTextTransform = (out: Matrix = new Array<number>(6)): Matrix => {
    const s0 = textState.fontSize * textState.textHScale;
    const s3 = textState.fontSize;
    const rise = textState.textRise;
    const t = textState.textMatrix;
    const m0 = t[0] * s0 + t[2] * 0;
    const m1 = t[1] * s0 + t[3] * 0;
    const m2 = t[0] * 0 + t[2] * s3;
    const m3 = t[1] * 0 + t[3] * s3;
    const m4 = t[0] * 0 + t[2] * rise + t[4];
    const m5 = t[1] * 0 + t[3] * rise + t[5];
    const c = textState.ctm;
    out[0] = c[0] * m0 + c[2] * m1;
    out[1] = c[1] * m0 + c[3] * m1;
    out[2] = c[0] * m2 + c[2] * m3;
    out[3] = c[1] * m2 + c[3] * m3;
    out[4] = c[0] * m4 + c[2] * m5 + c[4];
    out[5] = c[1] * m4 + c[3] * m5 + c[5];
    return out;
  };
  const scratch: Matrix = [0, 0, 0, 0, 0, 0];

  /** Bumped by every operator and every move of the text matrix: what the current transform depends on. */
  let stateVersion = 0;
  let prevVersion = -1;
  /** Bumped by every operator only. */
  let operatorVersion = 0;
  let prevLinearVersion = -1;

  const ensureTextContentItem = () => {
    if (item.initialized) return item;
    item.fontName = textState.loadedName;
    const trm = (item.transform = getCurrentTextTransform());
    item.width = item.totalWidth = 0;
    item.height = Math.hypot(trm[2], trm[3]);
    const scaleLineX = Math.hypot(textState.textLineMatrix[0], textState.textLineMatrix[1]);
    const scaleCtmX = Math.hypot(textState.ctm[0], textState.ctm[1]);
    item.textAdvanceScale = scaleCtmX * scaleLineX;
    const { fontSize } = textState;
    item.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    item.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    item.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    item.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    item.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    item.hasEOL = false;
    item.initialized = true;
    return item;
  };

  const updateAdvanceScale = () => {
    if (!item.initialized) return;
    const scaleLineX = Math.hypot(textState.textLineMatrix[0], textState.textLineMatrix[1]);
    const scaleCtmX = Math.hypot(textState.ctm[0], textState.ctm[1]);
    const scaleFactor = scaleCtmX * scaleLineX;
    if (scaleFactor === item.textAdvanceScale) return;
    item.totalWidth += item.width * item.textAdvanceScale;
    item.width = 0;
    item.textAdvanceScale = scaleFactor;
  };

  const flushTextContentItem = () => {
    if (!item.initialized) return;
    item.totalWidth += item.width * item.textAdvanceScale;
    const text = normalizeUnicode(item.str.join(''));
    if (RTL.test(text)) unsupported('right-to-left text');
    push({ str: text, width: Math.abs(item.totalWidth), transform: item.transform!, fontName: item.fontName });
    item.initialized = false;
    item.str.length = 0;
  };

  const appendEOL = () => {
    resetLastChars();
    if (item.initialized) {
      item.hasEOL = true;
      flushTextContentItem();
    } else {
      push({ str: '', width: 0, transform: getCurrentTextTransform(), fontName: textState.loadedName });
    }
  };

  const addFakeSpaces = (width: number, transf: Matrix | null, textOrientation: number): boolean => {
    if (textOrientation * item.spaceInFlowMin <= width && width <= textOrientation * item.spaceInFlowMax) {
      if (item.initialized) {
        resetLastChars();
        item.str.push(' ');
      }
      return false;
    }
    const fontName = item.fontName;
    flushTextContentItem();
    resetLastChars();
    pushWhitespace(Math.abs(width), transf || getCurrentTextTransform(), fontName);
    return true;
  };

  const compareWithLastPosition = (glyphWidth: number): boolean => {
    // Nothing moved since the last glyph's transform was taken: it is the current one (and the same doubles).
    const currentTransform = item.hasPrev && prevVersion === stateVersion ? item.prevTransform : getCurrentTextTransform(scratch);
    return compareAt(glyphWidth, currentTransform[4], currentTransform[5], currentTransform);
  };

  /** pdf.js's compareWithLastPosition for a glyph at (posX, posY), `linear[0..3]` being the current transform's. */
  const compareAt = (glyphWidth: number, posX: number, posY: number, linear: Matrix): boolean => {
    const currentTransform = linear;
    if (posX + glyphWidth < vb0 || posX > vb2 || posY < vb1 || posY > vb3) return false;
    if (!textState.font || !item.hasPrev) return true;
    let lastPosX = item.prevTransform[4];
    let lastPosY = item.prevTransform[5];
    if (lastPosX === posX && lastPosY === posY) return true;
    let rotate = -1;
    if (currentTransform[0] && currentTransform[1] === 0 && currentTransform[2] === 0) rotate = currentTransform[0] > 0 ? 0 : 180;
    else if (currentTransform[1] && currentTransform[0] === 0 && currentTransform[3] === 0) rotate = currentTransform[1] > 0 ? 90 : 270;
    switch (rotate) {
      case 0:
        break;
      case 90:
        [posX, posY] = [posY, posX];
        [lastPosX, lastPosY] = [lastPosY, lastPosX];
        break;
      case 180:
        [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
        break;
      case 270:
        [posX, posY] = [-posY, -posX];
        [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
        break;
      default:
        [posX, posY] = applyInverseRotation(posX, posY, currentTransform);
        [lastPosX, lastPosY] = applyInverseRotation(lastPosX, lastPosY, item.prevTransform);
    }
    const advanceX = (posX - lastPosX) / item.textAdvanceScale;
    const advanceY = posY - lastPosY;
    const textOrientation = Math.sign(item.width || item.totalWidth);
    if (advanceX < textOrientation * item.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * item.height) {
        appendEOL();
        return true;
      }
      resetLastChars();
      flushTextContentItem();
      return true;
    }
    const textRiseDelta = textState.textRise - item.prevTextRise;
    const advanceYCorrected = textRiseDelta === 0 ? advanceY : advanceY - (currentTransform[3] / textState.fontSize) * textRiseDelta;
    if (Math.abs(advanceYCorrected) > item.height) {
      appendEOL();
      return true;
    }
    if (advanceX <= textOrientation * item.notASpace) resetLastChars();
    if (advanceX <= textOrientation * item.trackingSpaceMin) {
      if (shouldAddWhitespace()) {
        resetLastChars();
        flushTextContentItem();
        pushWhitespace(Math.abs(advanceX));
      } else {
        item.width += advanceX;
      }
    } else if (!addFakeSpaces(advanceX, item.hasPrev ? item.prevTransform : null, textOrientation)) {
      if (item.str.length === 0) {
        resetLastChars();
        pushWhitespace(Math.abs(advanceX));
      } else {
        item.width += advanceX;
      }
    }
    if (Math.abs(advanceY) > item.height * VERTICAL_SHIFT_RATIO) flushTextContentItem();
    return true;
  };

  const buildTextContentItem = (chars: string, extraSpacing: number) => {
    const cur = currentTextState!;
    if (
      cur !== textState &&
      (cur.fontSize !== textState.fontSize || (cur.fontName !== textState.fontName && cur.font!.name !== textState.font!.name))
    ) {
      flushTextContentItem();
      currentTextState = textState.clone();
    }
    const baseCharSpacing = textState.charSpacing;
    if (!chars) {
      const charSpacing = baseCharSpacing + extraSpacing;
      if (charSpacing) {
        textState.translateTextMatrix(charSpacing * textState.textHScale, 0);
        stateVersion++;
      }
      return;
    }
    const font = textState.font!;
    const twoByte = font.twoByte;
    if (twoByte && chars.length % 2 !== 0) unsupported('odd number of bytes for a 2-byte font');
    const scale = FONT_SCALE * textState.fontSize;
    const hScale = textState.textHScale;
    const tm = textState.textMatrix;
    // Within one operator only tm[4] and tm[5] move: the other terms of the
    // transform (pdf.js's products, in its order) are computed once here.
    const tm0 = tm[0];
    const tm1 = tm[1];
    const tm2z = tm[2] * 0;
    const tm3z = tm[3] * 0;
    const rise = textState.textRise;
    const a4 = tm[0] * 0 + tm[2] * rise;
    const a5 = tm[1] * 0 + tm[3] * rise;
    const c = textState.ctm;
    const c0 = c[0];
    const c1 = c[1];
    const c2 = c[2];
    const c3 = c[3];
    const c4 = c[4];
    const c5 = c[5];
    const pt = item.prevTransform;
    // This loop runs once per glyph, mostly before V8 optimises it: the common
    // steps are written out here (same operations as pdf.js's, in its order).
    for (let i = 0, ii = twoByte ? chars.length / 2 : chars.length; i < ii; i++) {
      const glyph = font.glyph(twoByte ? (chars.charCodeAt(2 * i) << 8) | chars.charCodeAt(2 * i + 1) : chars.charCodeAt(i));
      const kind = glyph.kind;
      if (kind === INVISIBLE_FORMAT_MARK) continue;
      let charSpacing = baseCharSpacing + (i + 1 === ii ? extraSpacing : 0);
      let scaledDim = glyph.width * scale;
      if (glyph.code === 0x20) charSpacing += textState.wordSpacing;
      if (kind === WHITESPACE) {
        charSpacing += scaledDim;
        textState.translateTextMatrix(charSpacing * hScale, 0);
        stateVersion++;
        saveLastChar(true);
        continue;
      }
      if (kind !== ZERO_WIDTH_DIACRITIC) {
        let inView: boolean;
        if (item.hasPrev && prevVersion === stateVersion) {
          // Nothing moved since the last glyph: compareWithLastPosition's answer is its view-box test.
          const posX = pt[4];
          const posY = pt[5];
          inView = !(posX + scaledDim < vb0 || posX > vb2 || posY < vb1 || posY > vb3);
        } else if (item.hasPrev && prevLinearVersion === operatorVersion) {
          // Only moved along the line (kerning, spacing): the current transform is pt's but for its translation.
          const m4 = a4 + tm[4];
          const m5 = a5 + tm[5];
          inView = compareAt(scaledDim, c0 * m4 + c2 * m5 + c4, c1 * m4 + c3 * m5 + c5, pt);
        } else {
          inView = compareWithLastPosition(scaledDim);
        }
        if (!inView) {
          textState.translateTextMatrix(scaledDim * hScale, 0);
          stateVersion++;
          continue;
        }
      }
      const textChunk = item.initialized ? item : ensureTextContentItem();
      if (kind === ZERO_WIDTH_DIACRITIC) scaledDim = 0;
      if (hScale !== 1) scaledDim *= hScale;
      // translateTextMatrix(scaledDim, 0)
      tm[4] = tm0 * scaledDim + tm2z + tm[4];
      tm[5] = tm1 * scaledDim + tm3z + tm[5];
      stateVersion++;
      textChunk.width += scaledDim;
      if (scaledDim) {
        // The transform after this glyph (getCurrentTextTransform), its constant part reused.
        if (textChunk.hasPrev && prevLinearVersion === operatorVersion) {
          const m4 = a4 + tm[4];
          const m5 = a5 + tm[5];
          pt[4] = c0 * m4 + c2 * m5 + c4;
          pt[5] = c1 * m4 + c3 * m5 + c5;
        } else {
          getCurrentTextTransform(pt);
          prevLinearVersion = operatorVersion;
        }
        textChunk.hasPrev = true;
        prevVersion = stateVersion;
        textChunk.prevTextRise = textState.textRise;
      }
      if (saveLastChar(glyph.space)) textChunk.str.push(' ');
      textChunk.str.push(glyph.unicode);
      if (charSpacing) {
        textState.translateTextMatrix(charSpacing * hScale, 0);
        stateVersion++;
      }
    }
  };

  const needFont = () => {
    if (!textState.font) unsupported('text shown before a font is set');
  };

  let xobjs: PdfDict | null = null;
  const emptyXObjectNames = new Set<string>();
  const emptyXObjectRefs = new Set<string>();
  const emptyGStates = new Set<string>();

  const reader = new ContentReader(data);
  let ops = 0;
  while (reader.read()) {
    stateVersion++;
    operatorVersion++;
    if (++ops % TICK_EVERY === 0) ctx.tick();
    const args = reader.args;
    const op = reader.op;
    // pdf.js's preprocessor keeps the graphics state.
    if (op === 'q') stateManager.save();
    else if (op === 'Q') stateManager.restore();
    else if (op === 'cm') {
      if (!isNumberArray(args, 6)) unsupported('cm with non-number operands');
      stateManager.transform(args.slice() as number[]);
    }
    textState = stateManager.state;
    currentTextState ??= textState.clone();
    switch (op) {
      case 'Tf': {
        const fontNameArg = args[0];
        const fontSizeArg = num(args[1]);
        if (!(fontNameArg instanceof Name)) return unsupported('Tf without a font name');
        if (textState.font && fontNameArg.name === textState.fontName && fontSizeArg === textState.fontSize) break;
        if (fontSizeArg === 0) unsupported('font size 0');
        textState.fontName = fontNameArg.name;
        textState.fontSize = fontSizeArg;
        const font = ctx.font(resources, fontNameArg.name);
        textState.loadedName = font.id;
        textState.font = font;
        break;
      }
      case 'Ts':
        textState.textRise = num(args[0]);
        break;
      case 'Tz':
        textState.textHScale = num(args[0]) / 100;
        break;
      case 'TL':
        textState.leading = num(args[0]);
        break;
      case 'Td':
        textState.translateTextLineMatrix(num(args[0]), num(args[1]));
        textState.textMatrix = textState.textLineMatrix.slice();
        break;
      case 'TD':
        textState.leading = -num(args[1]);
        textState.translateTextLineMatrix(num(args[0]), num(args[1]));
        textState.textMatrix = textState.textLineMatrix.slice();
        break;
      case 'T*':
        textState.carriageReturn();
        break;
      case 'Tm': {
        if (!isNumberArray(args, 6)) return unsupported('Tm with non-number operands');
        const [a, b, c, d, e, f] = args as number[];
        textState.setTextMatrix(a, b, c, d, e, f);
        textState.setTextLineMatrix(a, b, c, d, e, f);
        updateAdvanceScale();
        break;
      }
      case 'Tc':
        textState.charSpacing = num(args[0]);
        break;
      case 'Tw':
        textState.wordSpacing = num(args[0]);
        break;
      case 'BT':
        textState.textMatrix = IDENTITY.slice();
        textState.textLineMatrix = IDENTITY.slice();
        break;
      case 'TJ': {
        needFont();
        const elements = args[0];
        if (!Array.isArray(elements)) return unsupported('TJ without an array');
        const spaceFactor = (-1 * textState.fontSize) / 1000;
        let buffer = '';
        let buffered = false;
        for (const el of elements) {
          if (typeof el === 'string') {
            buffer += el;
            buffered = true;
          } else if (typeof el === 'number') {
            if (el !== 0) {
              const chars = buffer;
              buffer = '';
              buffered = false;
              buildTextContentItem(chars, el * spaceFactor);
            }
          } else {
            return unsupported('TJ array with a non-string, non-number element');
          }
        }
        if (buffered) buildTextContentItem(buffer, 0);
        break;
      }
      case 'Tj':
        needFont();
        buildTextContentItem(str(args[0]), 0);
        break;
      case "'":
        needFont();
        textState.carriageReturn();
        buildTextContentItem(str(args[0]), 0);
        break;
      case '"':
        needFont();
        textState.wordSpacing = num(args[0]);
        textState.charSpacing = num(args[1]);
        textState.carriageReturn();
        buildTextContentItem(str(args[2]), 0);
        break;
      case 'Do': {
        flushTextContentItem();
        xobjs ??= (() => {
          const x = ctx.xref.get(resources, 'XObject');
          if (x === undefined || x === null) return new PdfDict();
          return isDict(x) ? x : unsupported('malformed /XObject resources');
        })();
        const nameArg = args[0];
        if (!(nameArg instanceof Name)) return unsupported('Do without a name');
        const name = nameArg.name;
        if (emptyXObjectNames.has(name)) break;
        const raw = xobjs.map.get(name);
        if (raw instanceof Ref && emptyXObjectRefs.has(raw.key)) break;
        const xobj = ctx.xref.resolve(raw);
        if (!(xobj instanceof PdfStream)) return unsupported(`XObject ${name} missing`);
        const dict = xobj.dict;
        const refKey = dict.ref?.key ?? '';
        const type = ctx.xref.get(dict, 'Subtype');
        if (!(type instanceof Name)) return unsupported('XObject without a /Subtype');
        const markEmpty = () => {
          emptyXObjectNames.add(name);
          if (refKey) emptyXObjectRefs.add(refKey);
        };
        if (type.name !== 'Form') {
          markEmpty();
          break;
        }
        if (refKey && seen.has(refKey)) return unsupported('form XObject that draws itself');
        if (depth >= MAX_FORM_DEPTH) return unsupported('form XObjects nested too deep');
        const formState = new StateManager(stateManager.state.clone());
        const matrixRaw = ctx.xref.get(dict, 'Matrix');
        if (matrixRaw !== undefined) {
          const matrix = Array.isArray(matrixRaw) ? matrixRaw.map((v) => ctx.xref.resolve(v)) : matrixRaw;
          if (!isNumberArray(matrix, 6)) return unsupported('form XObject with a malformed /Matrix');
          formState.transform(matrix);
        }
        const local = ctx.xref.get(dict, 'Resources');
        const formResources = isDict(local) ? local : resources;
        const nested = new Set(seen);
        if (refKey) nested.add(refKey);
        const produced = getTextContent(ctx, ctx.xref.streamBytes(xobj, true), formResources, formState, nested, depth + 1);
        pushed += produced;
        if (produced === 0) markEmpty();
        break;
      }
      case 'gs': {
        const nameArg = args[0];
        if (!(nameArg instanceof Name)) return unsupported('gs without a name');
        if (emptyGStates.has(nameArg.name)) break;
        const ext = ctx.xref.get(resources, 'ExtGState');
        if (!isDict(ext)) return unsupported('gs without /ExtGState resources');
        const gState = ctx.xref.get(ext, nameArg.name);
        if (!isDict(gState)) return unsupported(`graphics state ${nameArg.name} missing`);
        if (gState.map.has('Font')) return unsupported('graphics state that sets a font');
        emptyGStates.add(nameArg.name);
        break;
      }
      case 'BMC':
      case 'BDC':
      case 'EMC':
        flushTextContentItem();
        break;
    }
  }
  flushTextContentItem();
  return pushed;
}

function applyInverseRotation(x: number, y: number, matrix: Matrix): [number, number] {
  const scale = Math.hypot(matrix[0], matrix[1]);
  return [(matrix[0] * x + matrix[1] * y) / scale, (matrix[2] * x + matrix[3] * y) / scale];
}
