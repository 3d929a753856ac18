// Hostile inputs built on purpose (issue #10), made here rather than committed:
// a .docx from its XML parts, a .pdf from its page content, and the texts.
import { deflateRawSync, deflateSync } from 'node:zlib';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * A ZIP holding the given parts (no CRCs: the reader does not check them),
 * deflated, or stored so that a repetitive part passes the inflation-ratio check.
 * `declared`: the uncompressed size a part's headers claim, when it should lie.
 */
export function zipOf(parts: Record<string, string | Uint8Array>, opts: { store?: boolean; declared?: Record<string, number> } = {}): Uint8Array {
  const method = opts.store ? 0 : 8;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const body = opts.store ? data : deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.length, 18);
    const size = opts.declared?.[name] ?? data.length;
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Object.keys(parts).length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/** A .docx whose body is `body` (WordprocessingML), with optional styles and numbering parts. */
export function docxOf(body: string, extra: { styles?: string; numbering?: string; store?: boolean } = {}): Uint8Array {
  const parts: Record<string, string> = {
    'word/document.xml': `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  };
  if (extra.styles) parts['word/styles.xml'] = `<w:styles xmlns:w="${W}">${extra.styles}</w:styles>`;
  if (extra.numbering) parts['word/numbering.xml'] = `<w:numbering xmlns:w="${W}">${extra.numbering}</w:numbering>`;
  return zipOf(parts, { store: extra.store });
}

export const para = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;

/** `depth` text boxes each inside a paragraph of the one around it, the innermost holding `sentence`. */
export function nestedTextBoxes(depth: number, sentence: string): string {
  let inner = para(sentence);
  for (let k = 0; k < depth; k++) {
    inner = `<w:p><w:r><w:drawing><wp:inline xmlns:wp="urn:wp"><a:graphic xmlns:a="urn:a"><wps:txbx xmlns:wps="urn:wps"><w:txbxContent>${inner}</w:txbxContent></wps:txbx></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  }
  return inner;
}

/**
 * A one-page PDF with the given content stream and optional image XObject
 * (its dictionary only: the data is a small Flate stream that cannot fill it),
 * with a correct xref table.
 */
export function pdfOf(content: string, opts: { image?: { width: number; height: number; data?: Uint8Array }; deflate?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const resources = opts.image
    ? '<< /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >>'
    : '<< /Font << /F1 4 0 R >> >>';
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents 5 0 R >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const stream = opts.deflate ? deflateSync(Buffer.from(content, 'latin1')).toString('latin1') : content;
  objects.push(`<< /Length ${Buffer.byteLength(stream, 'latin1')}${opts.deflate ? ' /Filter /FlateDecode' : ''} >>\nstream\n${stream}\nendstream`);
  if (opts.image) {
    const { width, height } = opts.image;
    // One bit per pixel, all zeros: a small stream that decodes to the whole picture.
    const data = deflateSync(opts.image.data ?? Buffer.alloc(Math.ceil(width / 8) * height), { level: 9 }).toString('latin1');
    objects.push(
      `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode /Length ${data.length} >>\nstream\n${data}\nendstream`,
    );
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, k) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${k + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A page content stream drawing `lines` lines of text (Helvetica, 11 pt). */
export function textPage(lines: string[]): string {
  const ops = lines.map((l, k) => `BT /F1 11 Tf 72 ${780 - (k % 60) * 12} Td (${l.replace(/[()\\]/g, '')}) Tj ET`);
  return ops.join('\n');
}
