import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DIAGNOSTIC_FORMATS,
  TEST_RUN_FORMATS,
  formatDiagnostics,
  formatGithub,
  formatJson,
  formatJunit,
  formatSarif,
  formatStylish,
  formatTestHuman,
  formatTestJson,
  formatTestRun,
  formatGitlabTestRun,
} from '../../src/report/index.js';
import { sampleDiagnostics, sampleRun } from './fixtures.js';

describe('the reporter registry', () => {
  const opts = { color: false, version: '9.9.9', cwd: '/repo', files: ['x.yaml'], time: 2 };

  it.each([
    ['stylish', () => formatStylish(sampleDiagnostics, opts)],
    ['json', () => formatJson(sampleDiagnostics)],
    ['sarif', () => formatSarif(sampleDiagnostics, opts)],
    ['github', () => formatGithub(sampleDiagnostics)],
    ['junit', () => formatJunit(sampleDiagnostics, opts)],
  ] as const)('formatDiagnostics(%s) is that formatter with the options passed on', (format, direct) => {
    expect(formatDiagnostics(format, sampleDiagnostics, opts)).toBe(direct());
  });

  it.each([
    ['human', () => formatTestHuman(sampleRun, opts)],
    ['json', () => formatTestJson(sampleRun)],
    ['gitlab', () => formatGitlabTestRun(sampleRun)],
  ] as const)('formatTestRun(%s) is that formatter', (format, direct) => {
    expect(formatTestRun(format, sampleRun, opts)).toBe(direct());
  });

  it('has a formatter for every listed format, each returning text that ends with a newline', () => {
    expect(DIAGNOSTIC_FORMATS).toEqual(['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab']);
    expect(TEST_RUN_FORMATS).toEqual(['human', 'json', 'junit', 'sarif', 'github', 'gitlab']);
    for (const f of DIAGNOSTIC_FORMATS) expect(formatDiagnostics(f, sampleDiagnostics, opts)).toMatch(/\n$/);
    for (const f of TEST_RUN_FORMATS) expect(formatTestRun(f, sampleRun, opts)).toMatch(/\n$/);
  });

  it('is pure: the same input gives the same text and the input is not mutated', () => {
    const before = JSON.stringify([sampleDiagnostics, sampleRun]);
    for (const f of DIAGNOSTIC_FORMATS)
      expect(formatDiagnostics(f, sampleDiagnostics, opts)).toBe(formatDiagnostics(f, sampleDiagnostics, opts));
    for (const f of TEST_RUN_FORMATS) expect(formatTestRun(f, sampleRun, opts)).toBe(formatTestRun(f, sampleRun, opts));
    expect(JSON.stringify([sampleDiagnostics, sampleRun])).toBe(before);
  });
});

describe('src/report does no I/O', () => {
  const dir = fileURLToPath(new URL('../../src/report/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('has the files it should', () => {
    expect(files).toContain('index.ts');
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s imports no node: module, colour library or process, and reads no clock', (file) => {
    const src = readFileSync(dir + file, 'utf8');
    expect(src).not.toMatch(/from ['"](node:|fs|path|url|crypto|chalk|picocolors|kleur|ansi-)/);
    expect(src).not.toMatch(/\bprocess\.|\bconsole\.|Date\.now\(|new Date\(/);
    for (const m of src.matchAll(/from '(\.[^']+)'/g)) expect(m[1]).toMatch(/\.js$/);
  });
});
