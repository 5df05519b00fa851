/** The extension's decisions that need no editor (editors/vscode/src/choose.ts): which replybook runs, which playbook, the preview text. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import picomatch from 'picomatch';
import { playbookDirOf, previewText, replybookCommand, serverCommand, WATCHED_FILES } from '../../editors/vscode/src/choose.js';
import { CONFIG_FILES } from '../../src/load/sources.js';

const WS = path.join(path.sep, 'ws');
const LOCAL = path.join(WS, 'node_modules', '.bin', 'replybook');
const BUNDLED = path.join(path.sep, 'ext', 'out', 'server.mjs');

describe('which replybook runs', () => {
  const installed = (p: string) => p === LOCAL;
  const none = () => false;
  it.each([
    ['the setting first', ' /opt/rb ', installed, { kind: 'executable', command: '/opt/rb', args: ['lsp', '--stdio'], shell: false }],
    ["else the workspace's install", '', installed, { kind: 'executable', command: LOCAL, args: ['lsp', '--stdio'], shell: false }],
    ['else the bundled server', '', none, { kind: 'bundled', module: BUNDLED }],
  ])('the language server: %s', (_what, setting, exists, want) => {
    expect(serverCommand(setting, [WS], BUNDLED, 'linux', exists)).toEqual(want);
  });

  it.each([
    ['the setting first', '/opt/rb', installed, { command: '/opt/rb', args: [], shell: false }],
    ["else the workspace's install", '', installed, { command: LOCAL, args: [], shell: false }],
    ['else npx, which never downloads it', '', none, { command: 'npx', args: ['--no-install', 'replybook'], shell: false }],
  ])('the command line (test, sim): %s', (_what, setting, exists, want) => {
    expect(replybookCommand(setting, [WS], 'linux', exists)).toEqual(want);
  });

  it('on Windows: the .cmd shims, through a shell', () => {
    expect(replybookCommand('', [WS], 'win32', () => false)).toEqual({
      command: 'npx.cmd',
      args: ['--no-install', 'replybook'],
      shell: true,
    });
  });
});

describe('the playbook of a file', () => {
  const playbooks = new Set([path.join(WS, 'playbooks', 'shop', 'playbook.yaml'), path.join(WS, 'playbook.yaml')]);
  const exists = (p: string) => playbooks.has(p);
  it.each([
    ['a file of the playbook', path.join(WS, 'playbooks', 'shop', 'templates', 'replies.yaml'), path.join(WS, 'playbooks', 'shop')],
    ['its playbook.yaml', path.join(WS, 'playbooks', 'shop', 'playbook.yaml'), path.join(WS, 'playbooks', 'shop')],
    ['a file above it: the root playbook', path.join(WS, 'playbooks', 'notes.yaml'), WS],
  ])('%s', (_what, file, want) => {
    expect(playbookDirOf(file, WS, exists)).toBe(want);
  });

  it('is none outside the workspace folder or without a playbook.yaml', () => {
    expect(playbookDirOf(path.join(path.sep, 'elsewhere', 'playbook.yaml'), WS, () => true)).toBeUndefined();
    expect(playbookDirOf(path.join(WS, 'a', 'b.yaml'), WS, () => false)).toBeUndefined();
  });
});

describe('the preview text', () => {
  it('is the server’s, in the reader’s language, as it is', () => {
    const text = 'Шаблон order/known\nОтвет на пример упоминания из справочника агента.\n\n── VK ──\nДобрый день!\n\n';
    expect(previewText({ template: 'order/known', examples: [], text })).toBe(text);
    expect(previewText({ error: 'курсор не в шаблоне', text: 'Предпросмотра нет: курсор не в шаблоне.\n' })).toBe(
      'Предпросмотра нет: курсор не в шаблоне.\n',
    );
  });

  it('from an older server without it: the reply for each group of channels, and what does not render', () => {
    const text = previewText({
      template: 'order/known',
      description: 'We found the order',
      examples: [
        { channels: ['X', 'Email'], result: { text: 'Sorry, Victoria.' } },
        { channels: ['VK'], result: { error: 'unknown helper `shout`' } },
      ],
    });
    expect(text).toBe(
      'Template order/known — We found the order\nRendered for the sample mention the handbook uses.\n\n── X, Email ──\nSorry, Victoria.\n\n── VK ──\nDoes not render: unknown helper `shout`\n\n',
    );
  });

  it('says why there is none', () => {
    expect(previewText({ error: 'the cursor is not on a template' })).toBe('No preview: the cursor is not on a template.\n');
  });
});

describe('the files the language server is told about when they change on disk', () => {
  const watched = picomatch(WATCHED_FILES, { dot: true });
  it.each([...CONFIG_FILES, 'playbooks/acme/playbook.yaml', 'playbooks/acme/templates/vk.yml', 'complaints/traps.yaml'])('%s', (file) => {
    expect(watched(file)).toBe(true);
  });
  it.each(['package.json', 'playbooks/acme/notes.md', 'other.config.json'])('not %s', (file) => {
    expect(watched(file)).toBe(false);
  });
});
