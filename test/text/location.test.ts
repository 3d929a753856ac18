import { describe, expect, it } from 'vitest';
import { jsonErrorPosition, LineMap } from '../../src/text/location.js';

describe('LineMap', () => {
  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [7, 3, 1],
    [8, 3, 2],
  ])('offset %i is line %i, column %i', (offset, line, column) => {
    expect(new LineMap('ab\ncde\nf').position(offset)).toEqual({ line, column });
  });
});

describe('jsonErrorPosition', () => {
  const where = (raw: string) => {
    try {
      JSON.parse(raw);
    } catch (err) {
      return jsonErrorPosition(err, raw);
    }
    throw new Error('parsed');
  };

  it.each([
    ['a bad key on line 2', '{\n  x: 1\n}', { line: 2, column: 3 }],
    ['a trailing comma', '{"a": 1,}', { line: 1, column: 9 }],
    ['text cut short', '{"a": [1,\n2', { line: 2, column: 2 }],
  ])('%s', (_name, raw, position) => {
    expect(where(raw)).toEqual(position);
  });
});
