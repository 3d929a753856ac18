import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { contentLine, escapeText, foldLine, serialize, textList } from '../../src/render/ics/serializer.js';
import { wireProblems } from './fixtures/ics-readers.js';

const unfold = (s: string): string => s.replace(/\r\n /g, '');

describe('escapeText (RFC 5545 §3.3.11)', () => {
  test.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['C:\\DVC', 'C:\\\\DVC'],
    ['dòng 1\ndòng 2', 'dòng 1\\ndòng 2'],
    ['dòng 1\r\ndòng 2\rdòng 3', 'dòng 1\\ndòng 2\\ndòng 3'],
    ['tab\there', 'tab here'],
    ['bell\u0007', 'bell␇'], // shown, not dropped (text/terminal.ts)
    ['csi\u009b\u202e', 'csi<U+009B><U+202E>'],
    ['a:b "c"', 'a:b "c"'],
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  test('CATEGORIES: commas inside a value are escaped, between values not', () => {
    expect(textList(['UBND các xã, thị trấn', 'Phòng Nội vụ'])).toBe('UBND các xã\\, thị trấn,Phòng Nội vụ');
  });
});

describe('foldLine: 75 octets, never inside a UTF-8 sequence', () => {
  // Vietnamese letters are 2 or 3 octets in NFC, emoji 4; NFD adds combining marks.
  const alphabet = ['a', ' ', 'ệ', 'ư', 'Đ', 'ọ', '\u0301', '😀', ',', 'ẫ', 'x', 'ơ', '€'];
  let seed = 42;
  const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

  test('random lines of every length stay within 75 octets and unfold to the input', () => {
    for (let n = 0; n < 400; n++) {
      const len = Math.floor(random() * 300);
      const text = Array.from({ length: len }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const line = `DESCRIPTION:${text}`;
      const folded = foldLine(line);
      expect(wireProblems(`${folded}\r\n`)).toEqual([]);
      expect(unfold(folded)).toBe(line);
    }
  });

  test('a line of exactly 75 octets is not folded; 76 is', () => {
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  test('a 3-octet letter that would cross octet 75 moves whole to the next line', () => {
    const folded = foldLine(`${'X'.repeat(73)}ệ`);
    expect(folded).toBe(`${'X'.repeat(73)}\r\n ệ`);
  });

  test('continuation lines count their leading space', () => {
    const folded = foldLine('X'.repeat(200));
    for (const l of folded.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n')[1]).toBe(` ${'X'.repeat(74)}`);
  });
});

describe('serialize', () => {
  test('CRLF everywhere, parameters quoted when needed, ical.js reads the values back', () => {
    const text = 'Hạn: UBND các xã, thị trấn; C:\\DVC\ndòng hai '.repeat(5);
    const out = serialize({
      name: 'VCALENDAR',
      props: [{ name: 'VERSION', value: '2.0' }, { name: 'PRODID', value: '-//t//t//VI' }],
      children: [{
        name: 'VEVENT',
        props: [
          { name: 'UID', value: 'x@cchc' },
          { name: 'DTSTAMP', value: '20231106T000000Z' },
          { name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20231130' },
          { name: 'SUMMARY', params: { LANGUAGE: 'vi' }, value: escapeText(text) },
          { name: 'X-NOTE', params: { 'X-P': 'a:b' }, value: 'v' },
        ],
      }],
    });
    expect(wireProblems(out)).toEqual([]);
    expect(out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(out.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(contentLine({ name: 'X', params: { 'X-P': 'a:b' }, value: 'v' })).toBe('X;X-P="a:b":v');
    const ev = new ICAL.Component(ICAL.parse(out)).getFirstSubcomponent('vevent')!;
    expect(ev.getFirstPropertyValue('summary')).toBe(text);
  });
});
