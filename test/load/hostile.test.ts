import { describe, expect, it } from 'vitest';
import { parseSourceFile, parseText, type ParsedFile } from '../../src/load/index.js';
import { HOSTILE_YAML, LAUGHS } from './hostile-yaml.js';

const enc = new TextEncoder();
const parse = (text: string): ParsedFile => parseSourceFile({ path: 'f.yaml', bytes: enc.encode(text) });
const rules = (r: ParsedFile): string[] => r.diagnostics.map((d) => d.ruleId);
const at = (r: ParsedFile): string[] => r.diagnostics.map((d) => `${d.ruleId}@${d.range.start.line}:${d.range.start.column}`);

describe('hostile YAML input is a located diagnostic, never a throw', () => {
  it.each(HOSTILE_YAML)('%s', (_title, text, expected) => {
    // How long each takes against a plain file of the same size: `npm run bench` (limits).
    const r = parse(text);
    expect(at(r).some((s) => s.startsWith(expected))).toBe(true);
    expect(r.diagnostics.every((d) => d.file === 'f.yaml')).toBe(true);
  });

  it('an alias bomb is refused and no data is produced', () => {
    const r = parse(LAUGHS);
    expect(r.fatal).toBe(true);
    expect(r.data).toBeNull();
  });

  it('refuses a 50 MB file from its size alone: not decoded, not parsed', () => {
    // That it costs no more than a small file is measured in `npm run bench` (limits).
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const r = parseSourceFile({ path: 'big.yaml', bytes });
    expect(rules(r)).toEqual(['load/too-large']);
    expect(r.diagnostics[0].message).toBe(
      'The file is larger than 2.0 MB (it has 50.0 MB); a playbook file is expected to be a few kilobytes',
    );
    expect(r.text).toBeNull();
    expect(r.data).toBeNull();
  });

  it.each([
    ['NUL bytes', new Uint8Array([0x61, 0x3a, 0x00, 0x31])],
    ['invalid UTF-8', new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe])],
    ['a PNG header', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
  ])('binary bytes named .yaml: %s', (_t, bytes) => {
    const r = parseSourceFile({ path: 'logo.yaml', bytes });
    expect(rules(r)).toEqual(['load/binary']);
    expect(r.fatal).toBe(true);
  });

  it('an unreadable file', () => {
    const r = parseSourceFile({ path: 'x.yaml', error: 'EACCES' });
    expect(rules(r)).toEqual(['load/unreadable']);
    expect(r.diagnostics[0].message).toContain('EACCES');
  });

  it.each([
    ['', 'empty'],
    ['# only a comment\n', 'comment only'],
    ['\n\n   \n', 'blank lines'],
  ])('an empty file is a warning (%s)', (text) => {
    const r = parse(text);
    expect(r.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['load/empty', 'warning']]);
    expect(r.fatal).toBe(false);
  });

  it('strips a BOM', () => {
    const r = parseSourceFile({ path: 'b.yaml', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('brand: Acme\n')]) });
    expect(r.diagnostics).toEqual([]);
    expect(r.data).toEqual({ brand: 'Acme' });
  });

  it('drops __proto__, constructor and prototype keys and never touches Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const r = parse(
      '__proto__: { polluted: yes }\ntypes:\n  constructor: { x: 1 }\n  prototype: 2\n  ok: { __proto__: { isAdmin: true } }\n',
    );
    expect(at(r)).toEqual(['load/forbidden-key@1:1', 'load/forbidden-key@3:3', 'load/forbidden-key@4:3', 'load/forbidden-key@5:9']);
    expect(JSON.stringify(r.data)).toBe('{"types":{"ok":{}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.getPrototypeOf(r.data)).toBeNull();
  });

  it('keeps normal nesting well under the limit', () => {
    const text = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x\n';
    const r = parseText('ok.yaml', text);
    expect(r.diagnostics).toEqual([]);
    expect(r.fatal).toBe(false);
  });

  it('a block scalar with deep indentation is text, not nesting', () => {
    const body = Array.from({ length: 200 }, (_, i) => `  ${' '.repeat(i)}line`).join('\n');
    const r = parseText('t.yaml', `text: |\n${body}\nnext: 1\n`);
    expect(rules(r)).toEqual([]);
  });
});
