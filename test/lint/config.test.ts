import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, findConfig, loadConfig } from '../../src/lint/config.js';
import { RULE_CODES } from '../../src/lint/rules/index.js';

const root = mkdtempSync(join(tmpdir(), 'cchc-lint-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('cchc.config.json', () => {
  it('is found in the document folder or above it', () => {
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, 'cchc.config.json'), '{}');
    expect(findConfig(join(root, 'a', 'b', 'draft.txt'))).toBe(join(root, 'cchc.config.json'));
    writeFileSync(join(root, 'a', 'cchc.config.json'), '{}');
    expect(findConfig(join(root, 'a', 'b', 'draft.txt'))).toBe(join(root, 'a', 'cchc.config.json'));
  });

  it('reads rules and units (strings or {name, aliases})', () => {
    const p = join(root, 'ok.json');
    writeFileSync(p, JSON.stringify({ rules: { 'task/no-deadline': 'off', 'unit/unknown': 'error' }, units: ['Phòng Nội vụ', { name: 'Phòng Tài chính – Kế hoạch', aliases: ['Phòng TC-KH'] }] }));
    expect(loadConfig(p, RULE_CODES)).toEqual({
      path: p,
      rules: { 'task/no-deadline': 'off', 'unit/unknown': 'error' },
      units: [{ name: 'Phòng Nội vụ', aliases: [] }, { name: 'Phòng Tài chính – Kế hoạch', aliases: ['Phòng TC-KH'] }],
    });
  });

  it.each([
    ['not JSON', '{rules:', /^JSON 1:2$/],
    ['JSON cut short', '{"rules": {}', /^JSON 1:13$/],
    ['a misspelt rule', '{"rules": {"task/no-units": "off"}}', /task\/no-units: unknown rule/],
    ['a bad severity', '{"rules": {"task/no-unit": "warn"}}', /rules\.task\/no-unit/],
    ['an unknown key', '{"rule": {}}', /rule/],
  ])('rejects %s', (_name, body, detail) => {
    const p = join(root, 'bad.json');
    writeFileSync(p, body);
    try {
      loadConfig(p, RULE_CODES);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).kind).toBe('invalid');
      expect((err as ConfigError).detail).toMatch(detail);
    }
  });

  it('reports a missing file as not-found', () => {
    expect(() => loadConfig(join(root, 'nope.json'), RULE_CODES)).toThrow(expect.objectContaining({ kind: 'not-found' }));
  });
});
