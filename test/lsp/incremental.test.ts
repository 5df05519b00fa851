/**
 * The language server's keystroke check is incremental (entries re-parsed and spliced, memoised
 * checks, compiled `when`s and decoded buffers reused): after every edit of a random sequence its
 * result must be what a fresh full check of the same texts gives — the same diagnostics, byte for
 * byte, and the same compiled playbook.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceOfText, Workspace } from '../../src/lsp/workspace.js';
import { checkPlaybook } from '../../src/validate/index.js';
import { writeScaleRepo } from '../bench/scale-repo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every file under `dir`, by path relative to `base`. */
function readTree(base: string, dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (name.startsWith('.') || name === '__replies__') continue;
    if (statSync(p).isDirectory()) for (const [k, v] of readTree(base, p)) out.set(k, v);
    else out.set(path.relative(base, p).split(path.sep).join('/'), readFileSync(p, 'utf8'));
  }
  return out;
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a person types: letters, words that break the tone, tags, punctuation, line breaks, YAML syntax. */
const INSERTS = [
  'а',
  'x',
  ' ',
  '!',
  '!!!',
  'ты',
  ' Вы ',
  'проблема',
  '😀',
  '{{',
  '}}',
  '{{name author.name}}',
  '{{x',
  '\n',
  ': ',
  '- ',
  '"',
  '#',
  '&a',
  '*a',
  '  ',
  'é',
];

/** One random edit of `text`: an insertion, a deletion or a replacement; near `focus` most of the time (typing), else anywhere. */
function edit(text: string, rnd: () => number, focus: number): { text: string; at: number } {
  const near = rnd() < 0.8;
  const at = Math.min(text.length, Math.max(0, near ? focus + Math.floor((rnd() - 0.5) * 40) : Math.floor(rnd() * text.length)));
  const kind = rnd();
  if (kind < 0.55) {
    const s = INSERTS[Math.floor(rnd() * INSERTS.length)];
    return { text: text.slice(0, at) + s + text.slice(at), at: at + s.length };
  }
  const len = 1 + Math.floor(rnd() * (kind < 0.85 ? 2 : 30));
  const s = kind < 0.85 ? '' : INSERTS[Math.floor(rnd() * INSERTS.length)];
  return { text: text.slice(0, at) + s + text.slice(at + len), at: at + s.length };
}

/** Types `steps` random edits into `file` of the playbook in `dir`, comparing each incremental result with a fresh check. */
function typeInto(tree: Map<string, string>, dir: string, file: string, seed: number, steps: number): Set<string> {
  const disk = [...tree].map(([p, t]) => sourceOfText(p, t));
  const ws = new Workspace();
  ws.analyse(dir, disk);
  const rnd = random(seed);
  let text = tree.get(file)!;
  let focus = text.indexOf('text:') + 12;
  const rules = new Set<string>();
  for (let i = 0; i < steps; i++) {
    ({ text, at: focus } = edit(text, rnd, focus));
    // Now and then the buffer goes back to what is on disk (an undo), so the parse cache is hit again.
    if (rnd() < 0.05) text = tree.get(file)!;
    ws.open(file, text);
    const incremental = ws.analyse(dir, disk).result;
    const files = [...tree].map(([p, t]) => sourceOfText(p, p === file ? text : t));
    const fresh = checkPlaybook(dir, files);
    expect(JSON.stringify(incremental.diagnostics), `edit ${i}`).toBe(JSON.stringify(fresh.diagnostics));
    expect(incremental.draft === null, `edit ${i}`).toBe(fresh.draft === null);
    expect(incremental.playbook === null, `edit ${i}`).toBe(fresh.playbook === null);
    if (incremental.draft && fresh.draft) expect(incremental.draft.templates, `edit ${i}`).toEqual(fresh.draft.templates);
    for (const d of fresh.diagnostics) rules.add(d.ruleId);
  }
  return rules;
}

describe('the language server re-checks incrementally what a full check gives', () => {
  it.each([1, 2, 3])(
    'random typing into an example template file (seed %i)',
    (seed) => {
      const tree = readTree(path.join(ROOT, 'playbooks'), path.join(ROOT, 'playbooks/acme-market'));
      const rules = typeInto(tree, 'acme-market', 'acme-market/templates/constructive.yaml', seed, 120);
      // The edits reach the checks (else this test could not fail on them).
      expect(rules.size).toBeGreaterThan(3);
    },
    120_000,
  );

  it('random typing into a generated 100-template file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'replybook-lsp-incremental-'));
    try {
      const [pb] = await writeScaleRepo(dir, { templates: 100, complaints: 5 });
      const tree = readTree(dir, pb);
      const rel = path.relative(dir, pb).split(path.sep).join('/');
      const rules = typeInto(tree, rel, `${rel}/templates.yaml`, 7, 80);
      expect(rules.size).toBeGreaterThan(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('a warm-up (a keystroke checked and taken back) leaves the workspace checking what a fresh check gives', () => {
    const tree = readTree(path.join(ROOT, 'playbooks'), path.join(ROOT, 'playbooks/acme-market'));
    const file = 'acme-market/templates/constructive.yaml';
    const disk = [...tree].map(([p, t]) => sourceOfText(p, t));
    const ws = new Workspace();
    ws.open(file, tree.get(file)!);
    const first = ws.analyse('acme-market', disk);
    const parsed = ws.checker.stats.parsed;
    expect(ws.warmUp('acme-market', disk, file, first)).toBe(true);
    // The typed letter and its undo: two re-parses of the document, nothing published or kept.
    expect(ws.checker.stats.parsed).toBe(parsed + 2);
    expect(ws.textOf(file)).toBe(tree.get(file));
    const fresh = checkPlaybook('acme-market', disk);
    expect(JSON.stringify(ws.analyse('acme-market', disk).result.diagnostics)).toBe(JSON.stringify(fresh.diagnostics));
    const typed = tree.get(file)!.replace('Спасибо', 'Спасибо!!! ты');
    ws.open(file, typed);
    const after = checkPlaybook(
      'acme-market',
      [...tree].map(([p, t]) => sourceOfText(p, p === file ? typed : t)),
    );
    expect(JSON.stringify(ws.analyse('acme-market', disk).result.diagnostics)).toBe(JSON.stringify(after.diagnostics));
    // A document without a template text (the playbook's main file) has nothing to type into.
    ws.open('acme-market/playbook.yaml', tree.get('acme-market/playbook.yaml')!);
    expect(ws.warmUp('acme-market', disk, 'acme-market/playbook.yaml', first)).toBe(false);
  });
});
