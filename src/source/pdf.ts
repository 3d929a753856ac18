// .pdf reader: each text item's position, size and real font name (bold from
// "…-Bold"), laid out by pdf-layout.ts. The items come from our own extractor
// (pdf-lite/, a few milliseconds) when it fully supports the file, else from
// pdf.js (pdfjs-dist legacy build, imported lazily: ~300 ms to start), which
// reads everything. Both give the same items, and what follows — TCVN3 fonts,
// rotated text, bold, the no-text check, the layout — is shared. pdf.js does
// not normalise, so the text is NFC'd at the end.
import { layoutPages, type PageText, type TextItem } from './pdf-layout.js';
import { joinBody } from './paragraphs.js';
import { readPdfLite } from './pdf-lite/index.js';
import { loadTcvn3, tcvn3Font, type Tcvn3Converter } from './tcvn3.js';
import { InputError, type SourceText } from './types.js';
import { importExternal } from './external.js';

/** More pages than any directive has: beyond this we stop (bounded time). */
export const MAX_PDF_PAGES = 2000;

/** Time budget for the whole file, checked between pages and between chunks of a page's text. */
export const MAX_PDF_MILLISECONDS = 120_000;

/**
 * Text items (the pieces of text pdf.js reports, a run or a line each) on one
 * page and in the whole file. The corpus has at most 369 on a page and 4,276 in
 * a file; past either limit reading stops at once (a page of 3 million text
 * operators took 16 s). pdf.js spends ~20 µs on an item: 100,000 are ~2 s.
 */
export const MAX_PDF_PAGE_TEXT_ITEMS = 20_000;
export const MAX_PDF_TEXT_ITEMS = 100_000;

/** Below this many letters per page on average the PDF is a scan without a text layer. */
const MIN_LETTERS_PER_PAGE = 20;

const BOLD_FONT = /bold|black|heavy|semibold|demi|[-,]bd\b|\bbd$/i;

/**
 * Which reader took the PDFs read so far in this process: the fast path, or
 * pdf.js and why the fast path declined (tests check that the fixtures keep
 * taking the fast path).
 */
export const pdfReaderStats = { fast: 0, pdfjs: 0, lastFallback: null as string | null };

export async function readPdf(bytes: Uint8Array, path: string): Promise<SourceText> {
  const fast = await readPdfFast(bytes, path);
  if (fast) return fast;
  pdfReaderStats.pdfjs++;
  return readPdfjs(bytes, path);
}

/** Through pdf-lite/, or null when it does not fully support the file (exported for the tests that compare the two readers). */
export async function readPdfFast(bytes: Uint8Array, path: string): Promise<SourceText | null> {
  const budget = new Budget(path);
  let result: ReturnType<typeof readPdfLite>;
  try {
    result = readPdfLite(bytes, {
      maxPages: MAX_PDF_PAGES,
      page: (n) => budget.startPage(n),
      item: () => budget.addItems(1),
      tick: () => budget.checkTime(),
    });
  } catch (err) {
    // A limit (too many text items, too long): the fast path's answer, pdf.js would give the same.
    pdfReaderStats.fast++;
    throw err;
  }
  if ('unsupported' in result) {
    pdfReaderStats.lastFallback = result.unsupported;
    return null;
  }
  pdfReaderStats.fast++;
  try {
    const pages = new PageCollector();
    for (const p of result.pages) await pages.add(p.width, p.height, p.items, (id) => fontInfoOf(id === null ? undefined : result.fontNames.get(id), false));
    return pages.finish(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('damaged-pdf', path, (err as Error).message);
  }
}

export async function readPdfjs(bytes: Uint8Array, path: string): Promise<SourceText> {
  const pdfjs = await loadPdfjs();
  guardPdfjsRejections();
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy so the caller's bytes stay intact.
  const data = new Uint8Array(bytes);
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    // Only text is read: no image is ever decoded (a 20000×20000 one took 2.4 GB),
    // and no WebAssembly decoder (JPEG 2000, colour profiles) is instantiated.
    maxImageSize: 0,
    useWasm: false,
  });
  let doc: Awaited<typeof task.promise>;
  let cutShort = false;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => {});
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') throw new InputError('pdf-encrypted', path);
    throw new InputError('damaged-pdf', path, (err as Error).message);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw new InputError('too-large', path, `${doc.numPages} pages`);
    const pages = new PageCollector();
    const budget = new Budget(path);
    for (let n = 1; n <= doc.numPages; n++) {
      budget.startPage(n);
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      // The text first, chunk by chunk, counted and timed: a page of millions of
      // text operators is stopped inside the page, before its operator list is built.
      const rawItems: RawItem[] = [];
      const reader = page.streamTextContent().getReader() as ReadableStreamDefaultReader<{ items: Array<RawItem | object> }>;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const raw of value.items) if ('str' in raw) rawItems.push(raw);
        try {
          budget.addItems(value.items.length);
          budget.checkTime();
        } catch (err) {
          cutShort = true;
          void reader.cancel().catch(() => {});
          throw err;
        }
      }
      // Fonts reach commonObjs only once the page's operator list is built.
      await page.getOperatorList();
      budget.checkTime();
      await pages.add(viewport.width, viewport.height, rawItems, (id) => fontInfo(page.commonObjs, id));
      page.cleanup();
    }
    return pages.finish(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('damaged-pdf', path, (err as Error).message);
  } finally {
    // After a text stream was cut short pdf.js never finishes destroying (its
    // worker task waits on the cancelled stream): let it go rather than wait.
    if (cutShort) void doc.destroy().catch(() => {});
    else await doc.destroy().catch(() => {});
  }
}

/** The limits on text items and time, for either reader (the same errors). */
class Budget {
  private readonly started = performance.now();
  private page = 0;
  private total = 0;
  private onPage = 0;

  constructor(private readonly path: string) {}

  startPage(n: number): void {
    this.page = n;
    this.onPage = 0;
    this.checkTime();
  }

  addItems(count: number): void {
    this.total += count;
    this.onPage += count;
    if (this.onPage > MAX_PDF_PAGE_TEXT_ITEMS) throw new InputError('too-large', this.path, `more than ${MAX_PDF_PAGE_TEXT_ITEMS} text items on page ${this.page}`);
    if (this.total > MAX_PDF_TEXT_ITEMS) throw new InputError('too-large', this.path, `more than ${MAX_PDF_TEXT_ITEMS} text items`);
  }

  checkTime(): void {
    if (performance.now() - this.started > MAX_PDF_MILLISECONDS) {
      throw new InputError('too-large', this.path, `still reading page ${this.page} after ${MAX_PDF_MILLISECONDS / 1000} s`);
    }
  }
}

/**
 * Text items → pages for the layout, the same for both readers: rotated text
 * left out, TCVN3 fonts converted, bold from the font, letters counted.
 */
class PageCollector {
  private readonly pages: PageText[] = [];
  private readonly fonts = new Map<string | null, FontInfo>();
  private tcvn3: Tcvn3Converter | null = null;
  private letters = 0;

  async add(width: number, height: number, rawItems: readonly RawItem[], fontOf: (id: string | null) => FontInfo): Promise<void> {
    const items: TextItem[] = [];
    for (const raw of rawItems) {
      const [a, b, c, d, e, f] = raw.transform;
      // Rotated or skewed text (stamps, watermarks) is not body text.
      if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0 || d <= 0) continue;
      let font = this.fonts.get(raw.fontName);
      if (!font) this.fonts.set(raw.fontName, (font = fontOf(raw.fontName)));
      let str = raw.str;
      if (font.tcvn3) str = (this.tcvn3 ??= await loadTcvn3())(str, font.tcvn3.upper);
      items.push({ str, x: e, y: f, width: raw.width, size: Math.hypot(c, d), bold: font.bold });
      this.letters += raw.str.replace(/[^\p{L}\p{N}]/gu, '').length;
    }
    this.pages.push({ width, height, items });
  }

  finish(path: string): SourceText {
    if (this.letters < MIN_LETTERS_PER_PAGE * this.pages.length && this.letters < 200) throw new InputError('pdf-no-text', path);
    const { text, tables } = joinBody(layoutPages(this.pages));
    return { text, tables, format: 'pdf', encoding: null };
  }
}

/** What readPdf uses of a text item (pdf.js's, or the fast path's in the same shape). */
interface RawItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string | null;
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsModule: Promise<Pdfjs> | null = null;

/**
 * pdf.js and its worker (which runs in this thread under Node), loaded once.
 * Both patch `Response.prototype` when loaded, and on Node 20 merely reading
 * the global `Response` loads Node's HTTP client, whose WebAssembly parser
 * cannot be instantiated under an address-space limit (`ulimit -v`: every .pdf
 * died with "WebAssembly.instantiate(): Out of memory"). No network is used:
 * while the two modules load, `Response` is a stand-in that already has what
 * they would add, then Node's own lazy global is put back untouched. The worker
 * is handed to pdf.js as `globalThis.pdfjsWorker`, as its documentation says,
 * so that it is not imported later, outside that window.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsModule ??= (async () => {
    const lazy = Object.getOwnPropertyDescriptor(globalThis, 'Response');
    const stillLazy = lazy !== undefined && typeof lazy.get === 'function';
    if (stillLazy) {
      class StandIn {
        async bytes(): Promise<Uint8Array> {
          return new Uint8Array();
        }
      }
      Object.defineProperty(globalThis, 'Response', { value: StandIn, configurable: true, writable: true });
    }
    const natives = NATIVE_HOLDERS.map((holder) => [holder, Object.getOwnPropertyDescriptors(holder)] as const);
    try {
      const pdfjs = await importExternal<Pdfjs>('pdfjs-dist/legacy/build/pdf.mjs');
      const g = globalThis as { pdfjsWorker?: unknown };
      g.pdfjsWorker ??= await importExternal('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return pdfjs;
    } finally {
      if (stillLazy) Object.defineProperty(globalThis, 'Response', lazy);
      restoreNatives(natives);
    }
  })();
  pdfjsModule.catch(() => {
    pdfjsModule = null;
  });
  return pdfjsModule;
}

/**
 * Built-ins whose methods the legacy build's core-js replaces although Node 20
 * has them: Array.prototype.push, JSON.parse and JSON.stringify become
 * JavaScript functions, for every line of cchc that runs after the first .pdf
 * (push alone was an eighth of reading a long page). The natives are put back;
 * what the polyfills add (Promise.withResolvers, Map.prototype.getOrInsertComputed …) stays.
 */
const NATIVE_HOLDERS: object[] = [Array.prototype, JSON, Function.prototype];

function restoreNatives(saved: ReadonlyArray<readonly [object, PropertyDescriptorMap]>): void {
  for (const [holder, descriptors] of saved) {
    for (const key of Reflect.ownKeys(descriptors)) {
      const before = descriptors[key as string];
      const now = Object.getOwnPropertyDescriptor(holder, key);
      if (now && before.value !== undefined && now.value !== before.value && now.configurable) Object.defineProperty(holder, key, before);
    }
  }
}

let guarded = false;

/**
 * On some broken files pdf.js (whose worker runs in this thread under Node)
 * leaves one of its own promises rejected and unhandled after readPdf has
 * already reported the file as damaged; Node would then kill the process.
 * Those rejections — and only those — are dropped. Any other unhandled
 * rejection still ends the process as Node's default does, unless the
 * application listens for them itself.
 */
function guardPdfjsRejections(): void {
  if (guarded) return;
  guarded = true;
  process.on('unhandledRejection', (reason) => {
    const stack = reason instanceof Error ? (reason.stack ?? '') : '';
    if (/pdfjs-dist|pdf\.worker/.test(stack)) return;
    if (process.listenerCount('unhandledRejection') > 1) return;
    throw reason;
  });
}

interface FontInfo {
  bold: boolean;
  /** Set when the font is an old TCVN3 one (.VnTime …) whose letters need converting. */
  tcvn3: { upper: boolean } | null;
}

/** A font as pdf.js reports it: its name (subset prefix and all) and whether pdf.js itself calls it bold. */
function fontInfoOf(name: string | undefined, bold: boolean): FontInfo {
  return { bold: bold || BOLD_FONT.test(name ?? ''), tcvn3: tcvn3Font(name) };
}

function fontInfo(objs: { get(id: string): unknown }, id: string | null): FontInfo {
  try {
    const font = objs.get(id as string) as { name?: string; bold?: boolean } | null;
    return fontInfoOf(font?.name, font?.bold === true);
  } catch {
    return { bold: false, tcvn3: null };
  }
}
