import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS } from '../../src/model/diagnostics.js';
import { DEFAULT_CONFIG } from '../../src/lint/config.js';
import { lintDocument, lintExitCode } from '../../src/lint/lint.js';
import { lintMessage } from '../../src/lint/messages.js';
import { renderGithub } from '../../src/lint/reporters/github.js';
import { RULES } from '../../src/lint/rules/index.js';
import { numberProblem } from '../../src/lint/rules/reference-malformed-number.js';
import type { Finding } from '../../src/lint/types.js';
import { deadline, makeDoc, task } from './doc.js';

const f = (severity: Finding['severity']): Finding => ({ file: 'a.txt', line: 1, column: 1, code: 'x', severity, message: 'm' });

describe('lint', () => {
  it('every rule has a distinct code and a message in both languages', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(lintMessage(code, 'vi')).not.toBe(code);
      expect(lintMessage(code, 'en')).not.toBe(code);
    }
  });

  it('reuses the pipeline codes with their severities', () => {
    for (const rule of RULES) {
      const entry = (DIAGNOSTICS as Record<string, { severity: string }>)[rule.code];
      if (entry) expect(rule.severity, rule.code).toBe(entry.severity);
    }
  });

  it('exit code: errors fail; warnings fail only with --strict; info never', () => {
    expect(lintExitCode([], false)).toBe(0);
    expect(lintExitCode([f('info')], true)).toBe(0);
    expect(lintExitCode([f('warning')], false)).toBe(0);
    expect(lintExitCode([f('warning')], true)).toBe(1);
    expect(lintExitCode([f('error')], false)).toBe(1);
  });

  it('config turns rules off and changes severities', () => {
    const doc = makeDoc({ tasks: [task('1', { lead: [], deadlines: [] })] });
    const base = lintDocument({ file: 'a.txt', doc, text: '' });
    expect(base.map((x) => `${x.severity} ${x.code}`)).toEqual(['warning task/no-unit', 'info task/no-deadline']);
    const tuned = lintDocument({ file: 'a.txt', doc, text: '', config: { ...DEFAULT_CONFIG, rules: { 'task/no-unit': 'off', 'task/no-deadline': 'error' } } });
    expect(tuned.map((x) => `${x.severity} ${x.code}`)).toEqual(['error task/no-deadline']);
  });

  it('messages in Vietnamese by default and in English on request', () => {
    const doc = makeDoc({ tasks: [task('2.3', { deadlines: [deadline('2023-11-01', { text: 'trước ngày 01/11/2023' })] })] });
    expect(lintDocument({ file: 'a.txt', doc, text: '' })[0].message).toBe('Thời hạn "trước ngày 01/11/2023" rơi trước ngày ban hành văn bản (06/11/2023).');
    expect(lintDocument({ file: 'a.txt', doc, text: '', lang: 'en' })[0].message).toBe('Deadline "trước ngày 01/11/2023" falls before the issue date (06/11/2023).');
    const weekday = lintDocument({ file: 'a.txt', doc: makeDoc(), text: 'thứ Sáu, ngày 21/11/2023', lang: 'en' });
    expect(weekday[0].message).toBe('The weekday in "thứ Sáu, ngày 21/11/2023" does not match its date (21/11/2023 is a Tuesday).');
  });

  it('explains why a cited number is malformed', () => {
    expect(numberProblem({ number: '12/2019/TT-BTC', date: '2020-03-01' }, 'vi')).toBe('năm 2019 trong số hiệu khác năm ban hành 2020');
    expect(numberProblem({ number: '3057/QĐ–UBND', date: null }, 'en')).toBe('it uses a long dash instead of "-"');
  });

  it('GitHub annotations escape what workflow commands reserve', () => {
    const out = renderGithub([{ file: 'dir,x/a:b.txt', line: 3, column: 5, code: 'task/no-unit', severity: 'warning', message: '100% xong\nhết' }, { ...f('info') }]);
    expect(out).toBe('::warning file=dir%2Cx/a%3Ab.txt,line=3,col=5,title=task/no-unit::100%25 xong%0Ahết\n::notice file=a.txt,line=1,col=1,title=x::m\n');
  });
});
