/**
 * replybook.config.yaml in the language server: its own problems are published in it (an unknown
 * key, an unknown rule id with a suggestion), and the playbooks' diagnostics follow it when it
 * changes — typed in the editor, or saved on disk and announced by the client.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkConfigText, isConfigFile, isConfigUri } from '../../src/lsp/config-document.js';
import { LspClient } from './support/client.js';

const PLAYBOOK = `replybook: 1
brand: Mini
locale: en
timezone: Europe/London
channels:
  x: { name: X, limit: 280, unit: twitter }
tone:
  avoid:
    - phrase: we are sorry
      prefer: we apologise
types:
  complaint: { fallback: true }
templates:
  complaint/default:
    when: { type: complaint }
    text: "{{salutation author.name}} Thanks for telling us, we are sorry. We will look into it."
`;

let client: LspClient | undefined;
let ws = '';
afterEach(async () => {
  await client?.stop();
  client = undefined;
  if (ws) await rm(ws, { recursive: true, force: true });
});

async function start(config: string) {
  ws = await mkdtemp(path.join(os.tmpdir(), 'replybook-lsp-configdoc-'));
  await mkdir(path.join(ws, 'pb'));
  await writeFile(path.join(ws, 'pb', 'playbook.yaml'), PLAYBOOK);
  await writeFile(path.join(ws, 'replybook.config.yaml'), config);
  client = await LspClient.inProcess({ root: ws });
  return {
    c: client,
    configUri: pathToFileURL(path.join(ws, 'replybook.config.yaml')).href,
    playbookUri: pathToFileURL(path.join(ws, 'pb', 'playbook.yaml')).href,
  };
}

const avoid = <D extends { code?: string | number }>(list: D[]): D | undefined => list.find((d) => d.code === 'tone/avoid');

describe('replybook.config.yaml in the language server', () => {
  it('publishes its unknown key and unknown rule id (with a suggestion) in the file as typed, located', async () => {
    const { c, configUri } = await start('rules: {}\n');
    const published = c.waitForDiagnostics(configUri, (d) => d.length >= 2);
    await c.open(configUri, 'rulez: {}\nrules:\n  tone/avoidd: warn\n');
    const list = await published;
    const rule = list.find((d) => d.code === 'config/unknown-rule');
    expect(rule?.message).toContain('Unknown rule `tone/avoidd`');
    expect(rule?.message).toContain('tone/avoid');
    expect(rule?.range.start).toEqual({ line: 2, character: 2 });
    expect(list.some((d) => d.range.start.line === 0 && d.severity === 1)).toBe(true);
  });

  it('publishes them at start-up, before the file is opened', async () => {
    const { c, configUri } = await start('rules:\n  tone/avoidd: warn\n');
    const end = Date.now() + 10_000;
    while (!c.diagnostics.get(configUri) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    expect(c.diagnostics.get(configUri)?.map((d) => d.code)).toEqual(['config/unknown-rule']);
  });

  it('applies a rule turned off while the configuration is typed, and back on when the edit is undone', async () => {
    const { c, configUri, playbookUri } = await start('rules: {}\n');
    const first = c.waitForDiagnostics(playbookUri);
    await c.open(playbookUri, PLAYBOOK);
    expect(avoid(await first)?.severity).toBe(1);
    await c.open(configUri, 'rules: {}\n');
    const off = c.waitForDiagnostics(playbookUri, (d) => avoid(d) === undefined);
    await c.change(configUri, 'rules:\n  tone/avoid: off\n');
    await off;
    const back = c.waitForDiagnostics(playbookUri, (d) => avoid(d)?.severity === 2);
    await c.change(configUri, 'rules:\n  tone/avoid: warn\n');
    await back;
    // A fixed configuration publishes no problems in itself.
    expect(c.diagnostics.get(configUri)).toEqual([]);
  });

  it('re-reads the configuration saved on disk when the client announces the change', async () => {
    const { c, configUri, playbookUri } = await start('rules: {}\n');
    const first = c.waitForDiagnostics(playbookUri);
    await c.open(playbookUri, PLAYBOOK);
    expect(avoid(await first)?.severity).toBe(1);
    await writeFile(path.join(ws, 'replybook.config.yaml'), 'rules:\n  tone/avoid: info\n');
    const info = c.waitForDiagnostics(playbookUri, (d) => avoid(d)?.severity === 3);
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await info;
  });
});

describe('the language of the diagnostics in the language server', () => {
  const cyrillic = /[а-яё]/i;

  it("follows the configuration's lang, also when it is changed while typed", async () => {
    const { c, configUri, playbookUri } = await start('lang: ru\n');
    const first = c.waitForDiagnostics(playbookUri, (d) => cyrillic.test(avoid(d)?.message ?? ''));
    await c.open(playbookUri, PLAYBOOK);
    expect(avoid(await first)?.message).toMatch(cyrillic);
    await c.open(configUri, 'lang: ru\n');
    const en = c.waitForDiagnostics(playbookUri, (d) => avoid(d) !== undefined && !cyrillic.test(avoid(d)!.message));
    await c.change(configUri, 'lang: en\n');
    expect(avoid(await en)?.message).toContain('we are sorry');
  });

  it("follows a Russian playbook's locale when the configuration sets no lang", async () => {
    const { c, playbookUri } = await start('rules: {}\n');
    const published = c.waitForDiagnostics(playbookUri, (d) => avoid(d) !== undefined);
    await c.open(playbookUri, PLAYBOOK.replace('locale: en', 'locale: ru'));
    expect(avoid(await published)?.message).toMatch(cyrillic);
  });
});

describe('config-document (pure parts)', () => {
  it('knows a root configuration file by its place and name', () => {
    expect(isConfigFile('/w', '/w/replybook.config.yaml')).toBe(true);
    expect(isConfigFile('/w', '/w/replybook.config.json')).toBe(true);
    expect(isConfigFile('/w', '/w/sub/replybook.config.yaml')).toBe(false);
    expect(isConfigFile('/w', '/w/playbook.yaml')).toBe(false);
    expect(isConfigUri('file:///w/replybook.config.yml')).toBe(true);
    expect(isConfigUri('file:///w/playbook.yaml')).toBe(false);
  });

  it('checks a configuration text: diagnostics and the rule settings it gives', () => {
    const bad = checkConfigText('replybook.config.yaml', 'rules:\n  tone/avoidd: warn\n', '/w', '/w');
    expect(bad.diagnostics.map((d) => d.ruleId)).toEqual(['config/unknown-rule']);
    const good = checkConfigText('replybook.config.yaml', 'rules:\n  tone/avoid: off\n', '/w', '/w');
    expect(good.diagnostics).toEqual([]);
    expect(good.ruleSettings?.rules['tone/avoid']).toBeDefined();
  });
});
