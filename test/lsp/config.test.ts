/** The language server applies the workspace's replybook.config.yaml to what it publishes, as `check` does. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
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

async function severityOfAvoid(config: string | null): Promise<number | undefined> {
  ws = await mkdtemp(path.join(os.tmpdir(), 'replybook-lsp-config-'));
  await mkdir(path.join(ws, 'pb'));
  await writeFile(path.join(ws, 'pb', 'playbook.yaml'), PLAYBOOK);
  if (config !== null) await writeFile(path.join(ws, 'replybook.config.yaml'), config);
  client = await LspClient.inProcess({ root: ws });
  const uri = pathToFileURL(path.join(ws, 'pb', 'playbook.yaml')).href;
  const published = client.waitForDiagnostics(uri);
  await client.open(uri, PLAYBOOK);
  const diagnostics = await published;
  return diagnostics.find((d) => d.code === 'tone/avoid')?.severity;
}

describe('the language server and replybook.config.yaml', () => {
  it('without a configuration, tone/avoid is an error (1)', async () => {
    expect(await severityOfAvoid(null)).toBe(1);
  });
  it('a rule set to warn is published as a warning (2)', async () => {
    expect(await severityOfAvoid('rules:\n  tone/avoid: warn\n')).toBe(2);
  });
  it('a rule turned off is not published', async () => {
    expect(await severityOfAvoid('rules:\n  tone/avoid: off\n')).toBeUndefined();
  });
});
