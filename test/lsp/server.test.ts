/**
 * The language server end to end: a real LSP client speaks the protocol to the server, on a
 * temporary copy of test/lsp/fixtures/shop (a small playbook with known problems), and what it
 * publishes is compared with `replybook check`. The server runs in this process on in-memory pipes
 * (so coverage measures it); the last case runs `replybook lsp --stdio` as a process, as an editor does.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionItem, Diagnostic, Hover, Location } from 'vscode-languageserver/node.js';
import { CLI, ROOT, ensureDist } from '../build/support/dist.js';
import { LspClient } from './support/client.js';

const FIXTURE = path.join(ROOT, 'test/lsp/fixtures/shop');
const FILES = ['shop/playbook.yaml', 'shop/types.yaml', 'shop/templates/replies.yaml', 'shop/complaints/samples.yaml'];

interface JsonDiag {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  ruleId: string;
  message: string;
  note: string | null;
  related: Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; message: string }>;
}

let ws: string;
let client: LspClient;
const uri = (file: string) => pathToFileURL(path.join(ws, file)).href;
const read = (file: string) => readFile(path.join(FIXTURE, file.replace(/^shop\//, '')), 'utf8');

/** A workspace: the fixture under `shop/` and a copy of the schemas under `schema/`. */
async function makeWorkspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replybook-lsp-'));
  await cp(FIXTURE, path.join(dir, 'shop'), { recursive: true });
  await cp(path.join(ROOT, 'schema'), path.join(dir, 'schema'), { recursive: true });
  return dir;
}

/** `replybook check --format json` on the fixture with some files' text replaced (written to disk in a copy). */
async function checkJson(overrides: Record<string, string> = {}): Promise<JsonDiag[]> {
  const dir = await makeWorkspace();
  try {
    for (const [file, text] of Object.entries(overrides)) await writeFile(path.join(dir, file), text);
    const out = await new Promise<string>((resolve) => {
      execFile(process.execPath, [CLI, 'check', '--format', 'json'], { cwd: dir, maxBuffer: 1 << 24 }, (_e, stdout) => resolve(stdout));
    });
    return JSON.parse(out) as JsonDiag[];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3 };

/** What check's JSON says, in the shape the server must publish. */
function expectedFor(diags: JsonDiag[], file: string) {
  return diags
    .filter((d) => d.file === file)
    .map((d) => ({
      range: { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } },
      severity: SEVERITY[d.severity],
      code: d.ruleId,
      source: 'replybook',
      message: d.note ? `${d.message}\n${d.note}` : d.message,
      related: d.related.map((r) => ({
        uri: uri(r.file),
        range: { start: { line: r.line - 1, character: r.column - 1 }, end: { line: r.endLine - 1, character: r.endColumn - 1 } },
        message: r.message,
      })),
    }));
}

function published(file: string) {
  return (client.diagnostics.get(uri(file)) ?? []).map((d: Diagnostic) => ({
    range: d.range,
    severity: d.severity,
    code: d.code,
    source: d.source,
    message: d.message,
    related: (d.relatedInformation ?? []).map((r) => ({ uri: r.location.uri, range: r.location.range, message: r.message })),
  }));
}

/** Waits until every file of the playbook has diagnostics equal to what check gives for the same texts. */
async function expectSameAsCheck(overrides: Record<string, string> = {}): Promise<JsonDiag[]> {
  const want = await checkJson(overrides);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ok = FILES.every((f) => JSON.stringify(published(f)) === JSON.stringify(expectedFor(want, f)));
    if (ok || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  for (const f of FILES) expect(published(f), f).toEqual(expectedFor(want, f));
  return want;
}

/** The position of the `n`-th occurrence of `needle` in a text, plus `delta` characters. */
function positionOf(text: string, needle: string, delta = 0, n = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in text`);
  const offset = at + delta;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

beforeAll(async () => {
  await ensureDist();
  ws = await makeWorkspace();
  client = await LspClient.inProcess({ root: ws, initializationOptions: { debounceMs: 20 } });
}, 120_000);

afterAll(async () => {
  const code = await client?.stop();
  expect(code).toBe(0);
  await rm(ws, { recursive: true, force: true });
});

describe('the language server', () => {
  it('publishes on open exactly what check gives, for every file of the playbook', async () => {
    const file = 'shop/templates/replies.yaml';
    const all = Promise.all(FILES.map((f) => client.waitForDiagnostics(uri(f))));
    await client.open(uri(file), await read(file));
    await all;
    const want = await expectSameAsCheck();
    expect(want.map((d) => d.ruleId).sort()).toEqual(['playbook/root-key-elsewhere', 'ref/unknown-team', 'tone/avoid']);
    expect(published('shop/types.yaml').find((d) => d.code === 'playbook/root-key-elsewhere')?.related[0].uri).toBe(
      uri('shop/playbook.yaml'),
    );
  });

  it('checks the unsaved text of an open buffer, and clears a file that became clean', async () => {
    const file = 'shop/types.yaml';
    const text = (await read(file)).replace('to: legul', 'to: legal').replace('brand: Shop Again\n', '');
    await client.open(uri(file), await read(file));
    const clean = client.waitForDiagnostics(uri(file), (d) => d.length === 0);
    await client.change(uri(file), text);
    await clean;
    await expectSameAsCheck({ [file]: text });
    // back to the text on disk
    await client.change(uri(file), await read(file));
    await client.waitForDiagnostics(uri(file), (d) => d.length === 2);
    await expectSameAsCheck();
  });

  it('reports invalid YAML typed mid-edit as yaml/syntax and keeps serving', async () => {
    const file = 'shop/templates/replies.yaml';
    const good = await read(file);
    const broken = good.replace('when: { type: order, missing: [order-number] }', 'when: { type: order, missing: [order-num');
    const got = client.waitForDiagnostics(uri(file), (d) => d.some((x) => x.code === 'yaml/syntax'));
    await client.change(uri(file), broken);
    const diags = await got;
    expect(diags.every((d) => d.source === 'replybook')).toBe(true);
    await expectSameAsCheck({ [file]: broken });
    // still alive: requests on the broken buffer answer
    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: uri(file) },
      position: positionOf(broken, 'missing: [order-num', 19),
    });
    expect(Array.isArray(items)).toBe(true);
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uri(file) },
      position: { line: 0, character: 0 },
    });
    expect(hover === null || typeof hover === 'object').toBe(true);
    const back = client.waitForDiagnostics(uri(file), (d) => d.some((x) => x.code === 'tone/avoid'));
    await client.change(uri(file), good);
    await back;
    await expectSameAsCheck();
    expect(client.logs.filter((l) => l.includes('bug in replybook'))).toEqual([]);
  });

  it('completes team ids after `to:`, template ids after `template:`, channel ids in a complaint', async () => {
    const types = await read('shop/types.yaml');
    const t = types.replace('to: legul', 'to: ');
    await client.change(uri('shop/types.yaml'), t);
    const teams = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: uri('shop/types.yaml') },
      position: positionOf(t, 'to: ', 4),
    });
    expect(teams.map((i) => i.label)).toEqual(['support', 'legal']);
    await client.change(uri('shop/types.yaml'), types);

    const file = 'shop/complaints/samples.yaml';
    const text = await read(file);
    await client.open(uri(file), text);
    const templates = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: uri(file) },
      position: positionOf(text, 'template: order/known', 12),
    });
    expect(templates.map((i) => i.label)).toEqual(['order/known', 'order/unknown', 'other/default']);
    const edit = templates[0].textEdit as { range: { start: { character: number }; end: { character: number } } };
    expect(edit.range.end.character - edit.range.start.character).toBe('order/known'.length);
    const channels = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: uri(file) },
      position: positionOf(text, 'channel: x', 9),
    });
    expect(channels.map((i) => i.label)).toEqual(['x', 'email']);
    const types2 = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: uri(file) },
      position: positionOf(text, 'type: order', 6),
    });
    expect(types2.map((i) => i.label)).toEqual(['rude', 'order', 'other']);
    // nothing is offered where no id is expected
    const none = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: uri(file) },
      position: positionOf(text, 'text: My', 7),
    });
    expect(none).toEqual([]);
  });

  it('completes variables, helpers and signals inside {{ and partials after {{>', async () => {
    const file = 'shop/templates/replies.yaml';
    const good = await read(file);
    const typed = good.replace('We are on it.', 'We are on it. {{');
    await client.change(uri(file), typed);
    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: uri(file) },
      position: positionOf(typed, 'on it. {{', 9),
    });
    const labels = items.map((i) => i.label);
    expect(labels).toEqual(
      expect.arrayContaining(['author.name', 'due', 'brand', 'signals.order-number', 'greeting', 'salutation', 'formatDate', 'plural']),
    );
    expect(labels).not.toContain('signals.*');
    const greeting = items.find((i) => i.label === 'greeting');
    expect(JSON.stringify(greeting?.documentation)).toContain('time zone');
    const partial = good.replace('We are on it.', 'We are on it. {{> s');
    await client.change(uri(file), partial);
    const partials = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: uri(file) },
      position: positionOf(partial, '{{> s', 5),
    });
    expect(partials.map((i) => i.label)).toEqual(['sign-off']);
    await client.change(uri(file), good);
  });

  it('hovers a template id with its rendered reply and length, a type with its sample count, a diagnostic with its rule', async () => {
    const file = 'shop/complaints/samples.yaml';
    const text = await read(file);
    const pos = positionOf(text, 'template: order/known', 12);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uri(file) }, position: pos });
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('order/known');
    expect(value).toContain('Sorry about the problem with order 123456');
    expect(value).toMatch(/\d+ \/ 280 X characters/);
    expect(value).toContain('late-order');
    const start = positionOf(text, 'order/known');
    expect(hover.range).toEqual({ start, end: { line: start.line, character: start.character + 'order/known'.length } });

    const typeHover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: uri(file) },
      position: positionOf(text, 'type: order', 8),
    });
    const tv = (typeHover.contents as { value: string }).value;
    expect(tv).toContain('A concrete problem with an order.');
    expect(tv).toContain('2 of 2 sample complaints');

    const types = await read('shop/types.yaml');
    const diagHover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: uri('shop/types.yaml') },
      position: positionOf(types, 'legul', 2),
    });
    expect((diagHover.contents as { value: string }).value).toContain('ref/unknown-team');
    expect((diagHover.contents as { value: string }).value).toContain('An escalation routes to a team that is not defined.');
  });

  it('goes to the definition of a template and finds its references across files', async () => {
    const file = 'shop/complaints/samples.yaml';
    const text = await read(file);
    const defs = await client.request<Location[]>('textDocument/definition', {
      textDocument: { uri: uri(file) },
      position: positionOf(text, 'template: order/unknown', 14),
    });
    const replies = await read('shop/templates/replies.yaml');
    const at = positionOf(replies, 'order/unknown:');
    expect(defs).toEqual([
      {
        uri: uri('shop/templates/replies.yaml'),
        range: { start: at, end: { line: at.line, character: at.character + 'order/unknown'.length } },
      },
    ]);

    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: uri('shop/templates/replies.yaml') },
      position: at,
      context: { includeDeclaration: true },
    });
    expect(refs.map((r) => r.uri)).toEqual([uri('shop/templates/replies.yaml'), uri(file)]);
    const ref = positionOf(text, 'order/unknown');
    expect(refs[1].range.start).toEqual(ref);

    // a team: from the escalation's `to` (a typo, so nothing), and from its definition to its uses
    const pb = await read('shop/playbook.yaml');
    await client.open(uri('shop/playbook.yaml'), pb);
    const teamRefs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: uri('shop/playbook.yaml') },
      position: positionOf(pb, 'legal:', 1),
      context: { includeDeclaration: false },
    });
    expect(teamRefs).toEqual([]);
    const typeDefs = await client.request<Location[]>('textDocument/definition', {
      textDocument: { uri: uri(file) },
      position: positionOf(text, 'type: order', 7),
    });
    const types = await read('shop/types.yaml');
    expect(typeDefs.map((d) => [d.uri, d.range.start])).toEqual([[uri('shop/types.yaml'), positionOf(types, 'order:')]]);
  });

  it('publishes ref/unknown-template for the complaints file when a template is renamed in another file', async () => {
    const file = 'shop/templates/replies.yaml';
    const good = await read(file);
    const renamed = good.replace('order/unknown:', 'order/missing:');
    const broken = client.waitForDiagnostics(uri('shop/complaints/samples.yaml'), (d) => d.some((x) => x.code === 'ref/unknown-template'));
    await client.change(uri(file), renamed);
    const diags = await broken;
    expect(diags.find((d) => d.code === 'ref/unknown-template')?.message).toContain('order/unknown');
    await expectSameAsCheck({ [file]: renamed });
    const fixed = client.waitForDiagnostics(uri('shop/complaints/samples.yaml'), (d) => d.length === 0);
    await client.change(uri(file), good);
    await fixed;
  });

  it('offers the prefer replacement for an avoided phrase, and the schema modeline', async () => {
    const file = 'shop/templates/replies.yaml';
    const text = await read(file);
    const avoid = (client.diagnostics.get(uri(file)) ?? []).find((d) => d.code === 'tone/avoid')!;
    expect(avoid).toBeDefined();
    // The rule's documentation: replybook's own docs/rules.md, at the rule's anchor.
    const href = new URL(avoid.codeDescription!.href);
    expect(href.hash).toBe('#tone/avoid');
    expect(existsSync(fileURLToPath(new URL(href.pathname, href)))).toBe(true);
    expect(avoid.data).toMatchObject({ kind: 'avoided-phrase', phrase: 'problem', prefer: 'issue' });
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri(file) },
      range: avoid.range,
      context: { diagnostics: [avoid] },
    });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.title.includes('issue'))!;
    const at = positionOf(text, 'problem');
    expect(fix.edit?.changes?.[uri(file)]).toEqual([
      { range: { start: at, end: { line: at.line, character: at.character + 'problem'.length } }, newText: 'issue' },
    ]);

    const modeline = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri(file) },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    const add = modeline.find((a) => a.title.startsWith('Add the schema modeline'))!;
    expect(add.edit?.changes?.[uri(file)]?.[0].newText).toBe('# yaml-language-server: $schema=../../schema/playbook.schema.json\n');
    // files that have it get no such action
    const pb = await read('shop/playbook.yaml');
    const none = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri('shop/playbook.yaml') },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    expect(none).toEqual([]);
    expect(pb).toContain('$schema=');
  });

  it('bounds huge and hostile buffers by the limits of check and keeps running', async () => {
    const file = 'shop/templates/replies.yaml';
    const good = await read(file);
    const huge = `${good}# ${'x'.repeat(3 * 1024 * 1024)}\n`;
    const tooLarge = client.waitForDiagnostics(uri(file), (d) => d.some((x) => x.code === 'load/too-large'));
    await client.change(uri(file), huge);
    await tooLarge;
    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: uri(file) },
      position: { line: 2, character: 10 },
    });
    expect(items).toEqual([]);

    const deep = `templates: ${'['.repeat(200)}${']'.repeat(200)}\n`;
    const tooDeep = client.waitForDiagnostics(uri(file), (d) => d.some((x) => x.code === 'load/too-deep'));
    await client.change(uri(file), deep);
    await tooDeep;
    await expectSameAsCheck({ [file]: deep });
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uri(file) },
      position: { line: 0, character: 100 },
    });
    expect(hover).toBeNull();

    const back = client.waitForDiagnostics(uri(file), (d) => d.some((x) => x.code === 'tone/avoid'));
    await client.change(uri(file), good);
    await back;
    expect(client.logs.filter((l) => l.includes('bug in replybook'))).toEqual([]);
  });
});

describe('replybook lsp --stdio (a process, as an editor runs it)', () => {
  it('publishes on open what check gives, and exits 0 after shutdown and exit', async () => {
    const dir = await makeWorkspace();
    const proc = await LspClient.start({ cli: CLI, root: dir, initializationOptions: { debounceMs: 0 } });
    try {
      const file = 'shop/types.yaml';
      const at = pathToFileURL(path.join(dir, file)).href;
      const got = proc.waitForDiagnostics(at);
      await proc.open(at, await read(file));
      const diags = await got;
      const want = (await checkJson()).filter((d) => d.file === file);
      expect(diags.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1])).toEqual(
        want.map((d) => [d.ruleId, d.line, d.column]),
      );
      expect(want.length).toBeGreaterThan(0);
    } finally {
      expect(await proc.stop()).toBe(0);
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
