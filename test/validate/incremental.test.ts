import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { writeScaleRepo } from '../bench/scale-repo.js';
import type { SourceFile } from '../../src/load/index.js';
import { checkProject, createChecker } from '../../src/validate/index.js';
import { createComplaintRunner, runComplaints } from '../../src/test-run/index.js';

const ROOT = path.resolve(__dirname, '../../playbooks');
const enc = new TextEncoder();

function readTree(dir: string, rel = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    const p = rel ? `${rel}/${name}` : name;
    if (name.startsWith('.') || name === '__replies__') continue;
    if (statSync(path.join(dir, p)).isDirectory()) for (const [k, v] of readTree(dir, p)) out.set(k, v);
    else if (/\.ya?ml$/.test(name)) out.set(p, readFileSync(path.join(dir, p), 'utf8'));
  }
  return out;
}

const TEMPLATES = 'acme-market/templates/constructive.yaml';
const COMPLAINTS = 'acme-market/complaints/delivery.yaml';
const TYPES = 'acme-market/types.yaml';

/** Edits, applied one after another to the example playbooks (each `[file, from, to]`, first occurrence). */
const EDITS: Array<[string, string, string, string]> = [
  ['same line count', TEMPLATES, 'Спасибо', 'Благодарим'],
  ['tone problems', TEMPLATES, 'Спасибо', 'Спасибо!!! Напиши, тебе ответят. 😀😀😀😀'],
  ['back', TEMPLATES, 'Спасибо!!! Напиши, тебе ответят. 😀😀😀😀', 'Спасибо'],
  ['too long for every channel', TEMPLATES, 'Спасибо', `Спасибо ${'очень '.repeat(900)}`],
  ['a line more above later templates', TEMPLATES, 'Спасибо', 'Спасибо,\n      правда'],
  ['a syntax error', TEMPLATES, '{{salutation author.name}}', '{{salutation author.name'],
  ['fixed', TEMPLATES, '{{salutation author.name', '{{salutation author.name}}'],
  ['an unknown variable', TEMPLATES, '{{signals.order-number}}', '{{signals.order-numbr}}'],
  ['a `when` narrowed', TEMPLATES, 'escalation: repeat-contact', 'escalation: repeat-contact\n      voice: official'],
  ['a complaint expects another type', COMPLAINTS, 'type: constructive', 'type: non-constructive'],
  ['a complaint names an unknown channel', COMPLAINTS, 'channel: otzovik', 'channel: otzovikk'],
  ['a type file changed', TYPES, 'constructive', 'constructive'],
  ['a template text and a complaint at once', TEMPLATES, 'Спасибо', 'Спасибо большое'],
];

describe('re-checking after edits', () => {
  it('a reused checker and complaint runner give what a fresh check and run give, edit after edit', () => {
    const texts = readTree(ROOT);
    const objects = new Map<string, SourceFile>();
    const filesNow = () =>
      [...texts].map(([p, t]) => {
        // The same object for an unchanged file, as the watch session passes them.
        const old = objects.get(p);
        if (old && 'bytes' in old && new TextDecoder().decode(old.bytes) === t) return old;
        const f = { path: p, bytes: enc.encode(t) };
        objects.set(p, f);
        return f;
      });
    const checker = createChecker();
    const runner = createComplaintRunner();
    const compare = (label: string) => {
      const files = filesNow();
      const reused = checker.check(files);
      const fresh = checkProject(files);
      expect(reused, label).toEqual(fresh);
      const ok = !fresh.diagnostics.some((d) => d.severity === 'error');
      const results = ok ? runner.run(reused.playbooks) : [];
      expect(results, label).toEqual(ok ? runComplaints(fresh.playbooks, fresh.diagnostics).results : []);
      return fresh;
    };
    compare('initial');
    const seenRules = new Set<string>();
    for (const [label, file, from, to] of EDITS) {
      const before = texts.get(file)!;
      expect(before.includes(from), label).toBe(true);
      texts.set(file, before.replace(from, to));
      for (const d of compare(label).diagnostics) seenRules.add(d.ruleId);
    }
    // The edits do reach the memoised checks (else this test could not fail on them).
    for (const rule of [
      'tone/address',
      'tone/exclamations',
      'tone/emoji',
      'channel/too-long',
      'template/syntax',
      'template/unknown-variable',
      'ref/unknown-channel',
    ]) {
      expect(seenRules, rule).toContain(rule);
    }
    expect(runner.stats.patched).toBeGreaterThan(0);
    expect(runner.stats.kept).toBeGreaterThan(0);
  });

  it.each([
    ['on the same lines', 'Спасибо', 'Благодарим'],
    ['with a line more', 'Спасибо', 'Спасибо,\n      правда'],
  ])(
    'an edit of one template text %s runs again only the complaints that chose it; the others keep their results, moved with their templates',
    (_label, from, to) => {
      const texts = readTree(ROOT);
      const files = () => [...texts].map(([p, t]) => ({ path: p, bytes: enc.encode(t) }));
      // The same checker throughout, as the watch session has: it hands back the same complaints.
      const checker = createChecker();
      const runner = createComplaintRunner();
      const first = checker.check(files());
      const before = runner.run(first.playbooks);
      // The first template of the file, above the others: every later template moves.
      const edited = 'constructive/repeat-contact';
      const chose = before.filter((r) => r.playbook === 'acme-market' && r.outcome.template === edited).length;
      const laterInFile = before.filter(
        (r) =>
          r.outcome.template !== null && r.outcome.template !== edited && r.outcome.trace.some((s) => s.source?.file.endsWith(TEMPLATES)),
      );
      expect(chose).toBeGreaterThan(0);
      expect(laterInFile.length).toBeGreaterThan(0);
      texts.set(TEMPLATES, texts.get(TEMPLATES)!.replace(from, to));
      const next = checker.check(files());
      const ran = runner.stats.ran;
      const after = runner.run(next.playbooks);
      expect(runner.stats.patched).toBeGreaterThan(0);
      expect(runner.stats.ran - ran).toBe(chose);
      expect(after).toEqual(runComplaints(checkProject(files()).playbooks, next.diagnostics).results);
      // A moved template's place in the kept traces is its new one (the test above cannot see a stale offset otherwise).
      const moved = after.find((r) => r.id === laterInFile[0].id)!;
      const step = moved.outcome.trace.find((s) => s.stage === 'template' && s.source)!;
      const old = laterInFile[0].outcome.trace.find((s) => s.stage === 'template' && s.source)!;
      expect(step.source!.range.start.offset).toBeGreaterThan(old.source!.range.start.offset);
    },
  );

  it('a check made once (no memo) gives what a reusing checker gives, on a generated 1,000-template playbook', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'replybook-once-'));
    try {
      const [pb] = await writeScaleRepo(dir, { templates: 1000, complaints: 50 });
      const texts = readTree(pb);
      // A template over the 350 characters of one channel, so the length check renders.
      const key = 'templates.yaml';
      texts.set(key, texts.get(key)!.replace('Разберемся с темой 0 и ответим', `Разберемся ${'очень '.repeat(60)}с темой 0 и ответим`));
      const files = [...texts].map(([p, t]) => ({ path: `pb/${p}`, bytes: enc.encode(t) }));
      const once = checkProject(files);
      expect(once.diagnostics.map((d) => d.ruleId)).toContain('channel/too-long');
      expect(once).toEqual(createChecker().check(files));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
