/** The language server's pure parts: paths at the cursor, reference kinds, tags, modelines. */
import { describe, expect, it } from 'vitest';
import { modelineFor } from '../../src/lsp/code-actions.js';
import { openTag } from '../../src/lsp/completion.js';
import { cursorPath } from '../../src/lsp/positions.js';
import { referenceKindAt } from '../../src/lsp/symbols.js';
import { sourceOfText, Workspace } from '../../src/lsp/workspace.js';

/** The cursor is where `|` is. */
function at(textWithBar: string) {
  const offset = textWithBar.indexOf('|');
  return cursorPath(textWithBar.replace('|', ''), offset);
}

describe('cursorPath', () => {
  it.each([
    ['escalations:\n  - id: a\n    to: |\n', ['escalations', 0, 'to'], 'value'],
    ['escalations:\n  - id: a\n    to: le|gal\n', ['escalations', 0, 'to'], 'value'],
    ['templates:\n  a:\n    when: { type: |, channel: x }\n', ['templates', 'a', 'when', 'type'], 'value'],
    ['templates:\n  a:\n    when: { channel: [x, |] }\n', ['templates', 'a', 'when', 'channel', 1], 'value'],
    ['templates:\n  a:\n    when:\n      channel:\n        - x\n        - e|\n', ['templates', 'a', 'when', 'channel', 1], 'value'],
    ['types:\n  rude:\n    match: { any: [ { lexicon: pro| } ] }\n', ['types', 'rude', 'match', 'any', 0, 'lexicon'], 'value'],
    ['types:\n  ru|de:\n    fallback: true\n', ['types', 'rude'], 'key'],
  ])('%j', (text, path, where) => {
    expect(at(text)).toMatchObject({ path, where });
  });
});

describe('referenceKindAt', () => {
  it.each([
    [['escalations', 0, 'to'], false, 'team'],
    [['escalations', 0, 'when', 'type', 1], false, 'type'],
    [['escalations', 0, 'when', 'not', 'any', 2, 'channel'], false, 'channel'],
    [['types', 'x', 'match', 'all', 0, 'signal'], false, 'signal'],
    [['types', 'x', 'match', 'words', 0], false, null],
    [['templates', 't', 'when', 'missing', 0], false, 'signal'],
    [['templates', 't', 'when', 'escalation'], false, 'escalation'],
    [['templates', 't', 'text'], false, null],
    [['complaints', 0, 'expect', 'template'], true, 'template'],
    [['complaints', 0, 'expect', 'escalations', 1], true, 'escalation'],
    [['complaints', 0, 'expect', 'escalations', 1, 'to'], true, 'team'],
    [['complaints', 0, 'channel'], true, 'channel'],
    [['complaints', 0, 'channel'], false, null],
  ])('%j (complaint file: %s) → %s', (path, complaint, kind) => {
    expect(referenceKindAt(path, complaint)).toBe(kind);
  });
});

describe('openTag', () => {
  it.each([
    ['Hi {{na|', 'na'],
    ['Hi {{> sig|', '> sig'],
    ['Hi {{name}} and |', null],
    ['Hi {{\nna|', null],
  ])('%j', (textWithBar, inner) => {
    const offset = textWithBar.indexOf('|');
    expect(openTag(textWithBar.replace('|', ''), offset)?.inner ?? null).toBe(inner);
  });
});

describe('modelineFor', () => {
  it.each([
    ['playbooks/acme/templates/a.yaml', 'schema', false, '# yaml-language-server: $schema=../../../schema/playbook.schema.json'],
    ['playbooks/acme/complaints/a.yaml', 'schema', true, '# yaml-language-server: $schema=../../../schema/complaints.schema.json'],
    [
      'playbook.yaml',
      'node_modules/replybook/schema',
      false,
      '# yaml-language-server: $schema=./node_modules/replybook/schema/playbook.schema.json',
    ],
  ])('%s', (file, dir, complaint, line) => {
    expect(modelineFor(file, dir, complaint)).toBe(line);
  });
});

describe('sourceOfText', () => {
  it('cuts a huge buffer to the bytes check would read, so the same load/too-large follows', () => {
    const s = sourceOfText('a.yaml', 'я'.repeat(3 * 1024 * 1024), { maxBytes: 100, maxDepth: 64, maxAliasCount: 100, maxAliasNodes: 1000 });
    expect('bytes' in s && s.bytes.length).toBe(101);
  });
});

describe('Workspace', () => {
  it('checks an open document with its playbook only where replybook check would read it', () => {
    const ws = new Workspace();
    for (const p of ['pb/t.yaml', 'pb/node_modules/x/t.yaml', 'pb/coverage/t.yaml', 'pb/.t.yaml', 'pb/notes.md', 'other/t.yaml'])
      ws.open(p, 'x: 1\n');
    expect(ws.overlaid([], 'pb').map((f) => f.path)).toEqual(['pb/t.yaml']);
    expect(ws.overlaid([], '.').map((f) => f.path)).toEqual(['pb/t.yaml', 'other/t.yaml']);
  });

  it('checks a playbook with the calendar files read from disk, while its playbook.yaml is open and edited', () => {
    const enc = new TextEncoder();
    const playbook = (brand: string) =>
      `replybook: 1\nbrand: ${brand}\nlocale: ru\ntimezone: Europe/Moscow\nschedule:\n  calendar: ru\n  calendar_files: c.json\nchannels:\n  vk: { name: VK, limit: 100 }\nvoices:\n  o: { name: O, default: true }\ntypes:\n  other: { fallback: true }\n`;
    const disk = [
      { path: 'pb/playbook.yaml', bytes: enc.encode(playbook('A')) },
      { path: 'pb/c.json', bytes: enc.encode('{"year": 2028, "days": [{"d": "01.03", "t": 1}]}') },
    ];
    const ws = new Workspace();
    ws.open('pb/playbook.yaml', playbook('B'));
    const analysis = ws.analyse('pb', disk);
    expect(analysis.result.diagnostics.filter((d) => d.ruleId.startsWith('schedule/'))).toEqual([]);
    expect(analysis.result.draft!.schedule.calendarYears!.map((y) => y.year)).toEqual([2028]);
  });

  it('finds the playbook of a path from the playbook.yaml files on disk and open', () => {
    const ws = new Workspace();
    ws.open('shop/new/playbook.yaml', 'replybook: 1\n');
    expect(ws.playbookDirOf('shop/new/templates/a.yaml', ['shop/playbook.yaml'])).toBe('shop/new');
    expect(ws.playbookDirOf('shop/t.yaml', ['shop/playbook.yaml'])).toBe('shop');
    expect(ws.playbookDirOf('shop/t.yaml', ['shop/playbook.yml'])).toBeNull();
  });
});
