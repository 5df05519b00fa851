/**
 * The VS Code extension as a package: `vsce package` (with the extension's own prepublish bundle)
 * packs editors/vscode without a warning, and the .vsix holds exactly the manifest, the docs, the
 * icon, the schemas and the two bundles — no sources, no node_modules, no source maps. The bundled
 * language server, taken out of the .vsix into a folder with no node_modules anywhere above it,
 * answers the protocol and the extension's preview request on a real playbook, and loads the
 * holiday library from its own bundle for a country calendar.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TemplatePreview } from '../../src/lsp/index.js';
import { LspClient } from '../lsp/support/client.js';
import { zipEntries, type ZipEntry } from '../support/zip.js';
import { CONFIG_FILES } from '../../src/load/sources.js';

const ROOT = path.resolve(__dirname, '../..');
const EXTENSION = path.join(ROOT, 'editors/vscode');
const VSCE = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');

let tmp: string;
let entries: ZipEntry[];
let output: string;
let vsixBytes: number;

const entry = (name: string): ZipEntry => {
  const e = entries.find((x) => x.name === name);
  if (!e) throw new Error(`${name} is not in the .vsix: ${entries.map((x) => x.name).join(', ')}`);
  return e;
};

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'replybook-vsix-'));
  const vsix = path.join(tmp, 'replybook.vsix');
  output = await new Promise<string>((resolve, reject) => {
    execFile(
      process.execPath,
      [VSCE, 'package', '--no-dependencies', '--out', vsix],
      { cwd: EXTENSION, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 1 << 24 },
      (e, stdout, stderr) =>
        e ? reject(new Error(`vsce package failed: ${e.message}\n${stdout}\n${stderr}`)) : resolve(`${stdout}${stderr}`),
    );
  });
  const zip = await readFile(vsix);
  vsixBytes = zip.length;
  entries = zipEntries(zip);
}, 60_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('the .vsix', () => {
  it('packages without a warning', () => {
    expect(output).toContain('DONE  Packaged');
    // No warning, and no bundle so much larger than the rest that vsce points at it.
    expect(output).not.toMatch(/WARNING|not found|missing|is large/i);
  });

  it('holds the manifest, the docs, the icon, the schemas and the two bundles, and nothing else', () => {
    expect(entries.map((e) => e.name).sort()).toEqual(
      [
        '[Content_Types].xml',
        'extension.vsixmanifest',
        'extension/LICENSE.txt',
        'extension/images/icon.png',
        'extension/out/extension.js',
        'extension/out/holidays.cjs',
        'extension/out/server.mjs',
        'extension/package.json',
        'extension/readme.md',
        'extension/schemas/complaints.schema.json',
        'extension/schemas/playbook.schema.json',
      ].sort(),
    );
    // Bundled and minified: a few megabytes of JavaScript compress to well under one and a half.
    expect(vsixBytes).toBeLessThan(1_500_000);
  });

  it('activates only in a workspace with a playbook or a replybook configuration, and contributes the three commands', () => {
    const manifest = JSON.parse(entry('extension/package.json').read().toString('utf8')) as {
      main: string;
      icon: string;
      repository: { url: string };
      activationEvents: string[];
      contributes: { commands: Array<{ command: string; title: string }> };
    };
    expect(manifest.activationEvents).toEqual([
      'workspaceContains:**/playbook.yaml',
      ...CONFIG_FILES.map((name) => `workspaceContains:**/${name}`),
    ]);
    expect(manifest.contributes.commands.map((c) => c.command)).toEqual([
      'replybook.runSamples',
      'replybook.openSimulator',
      'replybook.previewTemplate',
    ]);
    expect(`extension/${manifest.main.replace(/^\.\//, '')}`).toBe('extension/out/extension.js');
    expect(manifest.icon).toBe('images/icon.png');
    expect(manifest.repository.url).toMatch(/^https:\/\//);
    expect(entry('extension/LICENSE.txt').read().toString('utf8')).toMatch(/^MIT License/);
    // The client bundles vscode-languageclient; `vscode` itself is the editor's.
    const client = entry('extension/out/extension.js').read().toString('utf8');
    expect(client).toContain('require("vscode")');
    expect(client).not.toMatch(/require\("vscode-languageclient/);
  });

  it('has a 128×128 PNG icon', () => {
    const png = entry('extension/images/icon.png').read();
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
  });
});

describe("the .vsix's bundled language server", () => {
  it('runs with no node_modules and previews the reply of the template under the cursor', async () => {
    const server = path.join(tmp, 'server', 'server.mjs');
    await cp(path.join(ROOT, 'test/lsp/fixtures/shop'), path.join(tmp, 'ws', 'shop'), { recursive: true });
    await mkdir(path.dirname(server), { recursive: true });
    await writeFile(server, entry('extension/out/server.mjs').read());
    await writeFile(path.join(path.dirname(server), 'holidays.cjs'), entry('extension/out/holidays.cjs').read());
    const root = path.join(tmp, 'ws');
    const client = await LspClient.start({ cli: server, args: ['--stdio'], root, initializationOptions: { debounceMs: 0 } });
    try {
      const file = path.join(root, 'shop/templates/replies.yaml');
      const uri = pathToFileURL(file).href;
      const text = await readFile(file, 'utf8');
      const published = client.waitForDiagnostics(uri);
      await client.open(uri, text);
      // The avoided "problem" in `order/known` is reported: the whole checker is in the bundle.
      expect((await published).map((d) => d.code)).toContain('tone/avoid');
      const lines = text.split('\n');
      const line = lines.findIndex((l) => l.includes('Could you send us your order number'));
      const preview = await client.request<TemplatePreview>('replybook/previewTemplate', {
        textDocument: { uri },
        position: { line, character: 8 },
      });
      expect(preview).toMatchObject({ template: 'order/unknown', description: 'No order number yet' });
      if ('error' in preview) throw new Error(preview.error);
      expect(preview.examples.map((e) => e.channels)).toEqual([['X', 'Email']]);
      expect(preview.examples[0].result).toEqual({ text: expect.stringContaining('Victoria! Could you send us your order number?') });
      // A country calendar loads the holiday library from its own bundle beside the server.
      const playbookUri = pathToFileURL(path.join(root, 'shop/playbook.yaml')).href;
      const playbook = (await readFile(path.join(root, 'shop/playbook.yaml'), 'utf8')).replace(
        /^timezone: .*$/m,
        '$&\nschedule:\n  calendar: de-zz',
      );
      const checked = client.waitForDiagnostics(playbookUri, (ds) => ds.some((d) => d.code === 'schedule/calendar'));
      await client.open(playbookUri, playbook);
      expect((await checked).find((d) => d.code === 'schedule/calendar')?.message).toMatch(/^Unknown region `de-zz` of Germany/);
    } finally {
      await client.stop();
    }
  }, 30_000);
});
