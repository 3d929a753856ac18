// The calendar options through the CLI: SOURCE_DATE_EPOCH checked, --previous
// read from a file (a batch streams the cancelled items too), --daily.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run, tempDir } from '../cli/run.js';
import { readBoth } from './fixtures/ics-oracle.js';

const ONE = 'fixtures/02-ayunpa-quy-pctt-2022.txt';
const TWO = 'fixtures/03-phutho-ke-hoach-bau-cu-2021.txt';

describe('calendar options on the command line', () => {
  test.each(['253402300800', '8640000000001', '-1', '1.5', 'abc'])('SOURCE_DATE_EPOCH=%s is refused with one sentence', async (v) => {
    const r = await run(['parse', ONE, '--format', 'ics'], { env: { SOURCE_DATE_EPOCH: v } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^cchc: SOURCE_DATE_EPOCH=.* không phải là một mốc thời gian hợp lệ.*\n$/);
    const en = await run(['parse', ONE, '--format', 'ics', '--lang', 'en'], { env: { SOURCE_DATE_EPOCH: v } });
    expect(en.stderr).toContain('is not a valid timestamp');
  });

  test('a valid SOURCE_DATE_EPOCH stamps every item; other formats ignore the variable', async () => {
    const r = await run(['parse', ONE, '--format', 'ics'], { env: { SOURCE_DATE_EPOCH: '253402300799' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('DTSTAMP:99991231T235959Z');
    expect((await run(['parse', ONE, '--format', 'json'], { env: { SOURCE_DATE_EPOCH: 'abc' } })).code).toBe(0);
  });

  test('--previous: a missing or foreign file is one sentence; a batch round trip cancels the document left out', async () => {
    const dir = tempDir();
    const missing = await run(['parse', ONE, '--format', 'ics', '--previous', join(dir, 'none.ics')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Không đọc được lịch cũ');
    writeFileSync(join(dir, 'x.ics'), 'hello');
    expect((await run(['parse', ONE, '--format', 'ics', '--previous', join(dir, 'x.ics')])).stderr).toContain('không phải là lịch iCalendar');

    const both = await run(['parse', ONE, TWO, '--format', 'ics']);
    expect(both.code).toBe(0);
    writeFileSync(join(dir, 'old.ics'), both.stdout);
    const again = await run(['parse', ONE, TWO, '--format', 'ics', '--previous', join(dir, 'old.ics')]);
    expect(again.stdout.replace('METHOD:PUBLISH\r\n', '')).toBe(both.stdout);
    const one = await run(['parse', ONE, '--format', 'ics', '--previous', join(dir, 'old.ics')]);
    expect(one.code).toBe(0);
    const before = readBoth(both.stdout);
    const after = readBoth(one.stdout);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const cancelled = one.stdout.replace(/\r\n /g, '').split('BEGIN:V').filter((c) => c.includes('STATUS:CANCELLED'));
    expect(cancelled.length).toBeGreaterThan(0);
    for (const c of cancelled) expect(c).toContain('SEQUENCE:1');
  });

  test('--daily is accepted', async () => {
    const r = await run(['parse', ONE, '--format', 'ics', '--daily']);
    expect(r.code).toBe(0);
  });
});
