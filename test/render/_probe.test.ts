import { test } from 'vitest';
import { renderIcs } from '../../src/render/ics/index.js';
import { renderCsv } from '../../src/render/csv.js';
import { ALL } from './fixtures/documents.js';
test('probe', () => {
  process.stdout.write(renderIcs(ALL, { lang: 'vi', today: '2024-01-01', color: false, remind: ['3d', '1d'] }));
  process.stdout.write(renderCsv(ALL, { lang: 'vi', today: '2024-01-01', color: false }));
});
