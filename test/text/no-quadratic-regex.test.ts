/**
 * Keeps the quadratic regex shapes out of replybook's own code (the patterns of a playbook are
 * another matter: they run on the linear-time engine). Each shape is shown to be caught, and
 * src/ and cli/ hold none.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuadraticRegexes, quadraticShape } from './quadratic-shapes.js';

const ROOT = path.resolve(__dirname, '../..');

describe('quadratic regex shapes', () => {
  it.each([
    ['/\\s+$/u', '\\s+$', 'u'],
    ["/[.'’-]+$/gu", "[.'’-]+$", 'gu'],
    ['/^-+|-+$/g', '^-+|-+$', 'g'],
    ['/\\/+$/', '\\/+$', ''],
    ['/[ \\t\\u00A0]+$/gm', '[ \\t\\u00A0]+$', 'gm'],
    ['/[.,!?;:)\\]\'"»…]+$/u', '[.,!?;:)\\]\'"»…]+$', 'u'],
    ['/^(\\s*)([#+=>-])/gm', '^(\\s*)([#+=>-])', 'gm'],
    ['/^(\\s*)(.*?)(\\s*)$/su', '^(\\s*)(.*?)(\\s*)$', 'su'],
    ['/^\\s*([^-]+?)\\s*-\\s*([^-]+?)\\s*$/', '^\\s*([^-]+?)\\s*-\\s*([^-]+?)\\s*$', ''],
    ['/T\\d.*(?:Z|[+-]\\d{2})$/', 'T\\d.*(?:Z|[+-]\\d{2})$', ''],
    ['/\\s+at line \\d+.*$/s', '\\s+at line \\d+.*$', 's'],
  ])('%s is caught', (_name, source, flags) => {
    expect(quadraticShape(source, flags)).not.toBeNull();
  });

  it.each([
    ['^\\d+$', ''],
    ['^[0-9a-f]{40,64}$', ''],
    ['\\.ya?ml$', 'i'],
    ['\\n$', ''],
    ['^([a-z]+)\\s*-\\s*([a-z]+)$', ''],
    ['^([^\\S\\n\\r\\u2028\\u2029]*)([#+=>-])', 'gm'],
    ['[ая]$', 'u'],
  ])('/%s/%s is not', (source, flags) => {
    expect(quadraticShape(source, flags)).toBeNull();
  });

  it('src/ and cli/ hold none (trims go through src/text/trim.ts)', () => {
    expect(findQuadraticRegexes(ROOT, ['src', 'cli']).map((f) => `${f.file}:${f.line} ${f.regex} — ${f.shape}`)).toEqual([]);
  });
});
