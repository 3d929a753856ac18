// .pdf reader (pdfjs-dist legacy build, imported lazily): each text item's
// position, size and real font name (bold from "…-Bold"), laid out by
// pdf-layout.ts. pdf.js does not normalise, so the text is NFC'd at the end.
import { layoutPages, type PageText, type TextItem } from './pdf-layout.js';
import { joinBody } from './paragraphs.js';
import { loadTcvn3, tcvn3Font, type Tcvn3Converter } from './tcvn3.js';
import { InputError, type SourceText } from './types.js';
import { importExternal } from './external.js';

/** More pages than any directive has: beyond this we stop (bounded time). */
export const MAX_PDF_PAGES = 2000;

/** Time budget for the whole file: a hostile PDF must not hold a batch run forever. */
export const MAX_PDF_MILLISECONDS = 120_000;

/** Below this many letters per page on average the PDF is a scan without a text layer. */
const MIN_LETTERS_PER_PAGE = 20;

const BOLD_FONT = /bold|black|heavy|semibold|demi|[-,]bd\b|\bbd$/i;

export async function readPdf(bytes: Uint8Array, path: string): Promise<SourceText> {
  const pdfjs = await importExternal<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>('pdfjs-dist/legacy/build/pdf.mjs');
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
  });
  let doc: Awaited<typeof task.promise>;
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
    const pages: PageText[] = [];
    const fonts = new Map<string, FontInfo>();
    let tcvn3: Tcvn3Converter | null = null;
    let letters = 0;
    const started = performance.now();
    for (let n = 1; n <= doc.numPages; n++) {
      if (performance.now() - started > MAX_PDF_MILLISECONDS) throw new InputError('too-large', path, `still reading page ${n} after ${MAX_PDF_MILLISECONDS / 1000} s`);
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      // Fonts reach commonObjs only once the page's operator list is built.
      await page.getOperatorList();
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const [a, b, c, d, e, f] = raw.transform as number[];
        // Rotated or skewed text (stamps, watermarks) is not body text.
        if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0 || d <= 0) continue;
        let font = fonts.get(raw.fontName);
        if (!font) fonts.set(raw.fontName, (font = fontInfo(page.commonObjs, raw.fontName)));
        let str = raw.str;
        if (font.tcvn3) str = (tcvn3 ??= await loadTcvn3())(str, font.tcvn3.upper);
        items.push({ str, x: e, y: f, width: raw.width, size: Math.hypot(c, d), bold: font.bold });
        letters += raw.str.replace(/[^\p{L}\p{N}]/gu, '').length;
      }
      pages.push({ width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    if (letters < MIN_LETTERS_PER_PAGE * doc.numPages && letters < 200) throw new InputError('pdf-no-text', path);
    const { text, tables } = joinBody(layoutPages(pages));
    return { text, tables, format: 'pdf', encoding: null };
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('damaged-pdf', path, (err as Error).message);
  } finally {
    await doc.destroy().catch(() => {});
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

function fontInfo(objs: { get(id: string): unknown }, id: string): FontInfo {
  try {
    const font = objs.get(id) as { name?: string; bold?: boolean } | null;
    return { bold: font?.bold === true || BOLD_FONT.test(font?.name ?? ''), tcvn3: tcvn3Font(font?.name) };
  } catch {
    return { bold: false, tcvn3: null };
  }
}
