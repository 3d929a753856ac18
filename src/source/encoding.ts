// Bytes → NFC text with LF line ends.
// UTF-8 (with or without BOM) and UTF-16 with BOM are decoded with TextDecoder.
// TODO(issue 4): legacy Windows-1258 and TCVN3 detection (iconv-lite).
import { InputError } from './types.js';

export interface DecodedText {
  text: string;
  encoding: string;
}

export function decodeText(bytes: Uint8Array, path: string): DecodedText {
  let encoding = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8-bom';
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
  }
  let text: string;
  try {
    const label = encoding.startsWith('utf-16') ? encoding : 'utf-8';
    text = new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(body);
  } catch {
    throw new InputError('unknown-encoding', path);
  }
  return { text: normalizeNewlines(text).normalize('NFC'), encoding };
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
}
