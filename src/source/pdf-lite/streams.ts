// Stream data: FlateDecode (Node's zlib) with the PNG predictors that
// cross-reference streams use, or no filter at all. Any other filter — DCT,
// LZW, ASCII85, JBIG2, a chain of two — is refused: text streams in the PDFs
// cchc reads are Flate, and the rest goes to pdf.js.
import { inflateSync } from 'node:zlib';
import { unsupported } from './lexer.js';
import { isDict, isName, type PdfDict, type PdfObject } from './objects.js';

/** The most one stream may inflate to (a decompression bomb is pdf.js's to refuse or read). */
export const MAX_DECODED_BYTES = 64 * 1024 * 1024;

export function decodeBytes(raw: Uint8Array, dict: PdfDict, resolve: (o: PdfObject | undefined) => PdfObject | undefined): Uint8Array {
  let filter = resolve(dict.map.get('Filter') ?? dict.map.get('F'));
  let parms = resolve(dict.map.get('DecodeParms') ?? dict.map.get('DP'));
  if (Array.isArray(filter)) {
    if (filter.length === 0) filter = undefined;
    else if (filter.length === 1) filter = resolve(filter[0]);
    else return unsupported('a chain of stream filters');
    if (Array.isArray(parms)) parms = parms.length === 1 ? resolve(parms[0]) : unsupported('DecodeParms array');
  }
  if (filter === undefined || filter === null) return raw;
  if (!isName(filter)) return unsupported('malformed stream filter');
  if (filter.name !== 'FlateDecode' && filter.name !== 'Fl') return unsupported(`stream filter ${filter.name}`);
  let data: Uint8Array;
  try {
    data = inflateSync(raw, { maxOutputLength: MAX_DECODED_BYTES });
  } catch {
    return unsupported('a Flate stream zlib cannot inflate');
  }
  if (parms === undefined || parms === null) return data;
  if (!isDict(parms)) return unsupported('malformed DecodeParms');
  const predictor = resolve(parms.map.get('Predictor')) ?? 1;
  if (predictor === 1) return data;
  if (typeof predictor !== 'number' || predictor < 10 || predictor > 15) return unsupported(`predictor ${String(predictor)}`);
  const colors = resolve(parms.map.get('Colors')) ?? 1;
  const bits = resolve(parms.map.get('BitsPerComponent')) ?? 8;
  const columns = resolve(parms.map.get('Columns')) ?? 1;
  if (typeof colors !== 'number' || typeof bits !== 'number' || typeof columns !== 'number') return unsupported('malformed predictor parameters');
  if (!Number.isInteger(colors) || !Number.isInteger(columns) || colors < 1 || columns < 1 || colors > 32 || columns > 1 << 20 || ![1, 2, 4, 8, 16].includes(bits)) {
    return unsupported('predictor parameters out of range');
  }
  return unpng(data, colors, bits, columns);
}

/** Undoes PNG row filters (each row: a filter byte, then the row). */
function unpng(data: Uint8Array, colors: number, bits: number, columns: number): Uint8Array {
  const bpp = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowLength = Math.ceil((colors * bits * columns) / 8);
  const rows = Math.floor(data.length / (rowLength + 1));
  if (rows * (rowLength + 1) !== data.length) return unsupported('PNG-predicted data is not whole rows');
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)];
    const src = r * (rowLength + 1) + 1;
    const dst = r * rowLength;
    const up = dst - rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i];
      const left = i >= bpp ? out[dst + i - bpp] : 0;
      const above = r > 0 ? out[up + i] : 0;
      const aboveLeft = r > 0 && i >= bpp ? out[up + i - bpp] : 0;
      let v: number;
      switch (type) {
        case 0: v = raw; break;
        case 1: v = raw + left; break;
        case 2: v = raw + above; break;
        case 3: v = raw + ((left + above) >> 1); break;
        case 4: {
          const p = left + above - aboveLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - above);
          const pc = Math.abs(p - aboveLeft);
          v = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? above : aboveLeft);
          break;
        }
        default:
          return unsupported(`PNG filter type ${type}`);
      }
      out[dst + i] = v & 0xff;
    }
  }
  return out;
}
