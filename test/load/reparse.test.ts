import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText, type ParsedFile } from '../../src/load/parse-file.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { findExcessiveNesting } from '../../src/load/nesting-scan.js';
import { reparseEdited } from '../../src/load/reparse.js';
import { writeScaleRepo } from '../bench/scale-repo.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Everything a parse says, comparable: data with its key order, positions in order, diagnostics. */
const shape = (f: ParsedFile) => ({
  text: f.text,
  data: JSON.stringify(f.data),
  positions: [...f.positions.locations()],
  diagnostics: f.diagnostics,
  fatal: f.fatal,
});

/** Edits at `count` spread-out places: a character typed, one deleted, a newline, a line of a new key, a rename. */
function edits(text: string, count: number): string[] {
  const out: string[] = [];
  const step = Math.max(1, Math.floor(text.length / count));
  for (let at = 1; at < text.length; at += step) {
    out.push(text.slice(0, at) + 'x' + text.slice(at));
    out.push(text.slice(0, at) + text.slice(at + 1));
    out.push(text.slice(0, at) + '\n' + text.slice(at));
    out.push(text.slice(0, at) + ': ' + text.slice(at));
    const ls = text.lastIndexOf('\n', at - 1) + 1;
    out.push(text.slice(0, ls) + '  added/key:\n    text: Новый\n' + text.slice(ls));
    out.push(text.slice(0, ls) + '    description: "два\n' + text.slice(ls));
  }
  return out;
}

function expectSameAsFullParse(file: string, prev: ParsedFile, after: string): boolean {
  const spliced = reparseEdited(prev, after);
  if (spliced === null) return false;
  expect(shape(spliced)).toEqual(shape(parseText(file, after)));
  return true;
}

describe('reparseEdited', () => {
  const examples = ['acme-market', 'brightbean'].flatMap((pb) => {
    const dir = path.join(root, 'playbooks', pb);
    const top = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => path.join(dir, f));
    const templates = readdirSync(path.join(dir, 'templates')).map((f) => path.join(dir, 'templates', f));
    return [...top, ...templates];
  });

  it.each(examples.map((f) => [path.relative(root, f)]))('gives what a full parse gives, or null, after edits of %s', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    const prev = parseText(file, text);
    let spliced = 0;
    for (const after of edits(text, 40)) if (expectSameAsFullParse(file, prev, after)) spliced++;
    // Every example file but the escalations (a sequence) has entries to splice: the test tests something.
    if (file.endsWith('escalations.yaml')) expect(spliced).toBe(0);
    else expect(spliced).toBeGreaterThan(20);
  });

  it('splices one template of the 1,000-template file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'replybook-reparse-'));
    try {
      const [pb] = await writeScaleRepo(dir, { templates: 1000, complaints: 1 });
      const text = await readFile(path.join(pb, 'templates.yaml'), 'utf8');
      const prev = parseText('templates.yaml', text);
      let spliced = 0;
      for (const after of edits(text, 2)) if (expectSameAsFullParse('templates.yaml', prev, after)) spliced++;
      // The mid-file edits splice (the ones in the modeline at the top cannot).
      expect(spliced).toBeGreaterThanOrEqual(3);
      // A word typed into the first template's text, as the benchmark types it.
      const at = text.indexOf('\n', text.indexOf('text:')) + 7;
      expect(expectSameAsFullParse('templates.yaml', prev, `${text.slice(0, at)}слово ${text.slice(at)}`)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses, as the full parse does, an edit that nests an entry deeper than the limit — scanning only the entry', () => {
    const file = 'playbooks/acme-market/templates/constructive.yaml';
    const text = readFileSync(path.join(root, file), 'utf8');
    // The limit the file just meets: an edit that nests one level deeper crosses it.
    let maxDepth = 1;
    while (findExcessiveNesting(text, maxDepth) !== null) maxDepth++;
    const limits = { ...DEFAULT_LIMITS, maxDepth };
    let prev = parseText(file, text, limits);
    let refused = 0;
    let spliced = 0;
    const deeper = ['{ a: [ { b: [1] } ] }', '[[[[x]]]]', '- - - x', 'x: y: z', '"[[[["', '  k: [', "'{{'"];
    for (const after of edits(text, 25).concat(
      deeper.flatMap((d) => {
        const at = text.indexOf('text:');
        return [text.slice(0, at) + `deep: ${d}\n    ` + text.slice(at), text.replace('when: {', `when: { n: ${d}, `)];
      }),
    )) {
      const full = parseText(file, after, limits);
      const r = reparseEdited(prev, after, limits);
      if (full.diagnostics.length) expect(r, after.slice(0, 40)).toBeNull();
      if (full.diagnostics.some((d) => d.ruleId === 'load/too-deep')) refused++;
      if (r) {
        expect(shape(r)).toEqual(shape(full));
        spliced++;
        // The next edit starts from the spliced parse (its scan states carried over).
        prev = r;
      }
    }
    expect(refused).toBeGreaterThan(0);
    // Fewer than above: an edit compared with a spliced parse of another edit often spans two entries.
    expect(spliced).toBeGreaterThan(10);
  });

  it('scans the rest again when the edited entry leaves the nesting scan in another state', () => {
    // The scan takes the `"` starting a continuation line for a quote, which hides `b` until `c`;
    // without that `"` it counts every key of `b`'s flow mapping (an over-estimate, by design) and
    // refuses the file, as the full parse does.
    const limits = { ...DEFAULT_LIMITS, maxDepth: 8 };
    const before = 'templates:\n  a:\n    text: x\n      "y\n  b:\n    text: { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }\n  c:\n    text: z"\n';
    const prev = parseText('f.yaml', before, limits);
    expect(prev.diagnostics).toEqual([]);
    const after = before.replace('"y', 'y');
    expect(parseText('f.yaml', after, limits).diagnostics.map((d) => d.ruleId)).toEqual(['load/too-deep']);
    expect(reparseEdited(prev, after, limits)).toBeNull();
    // Under a higher limit, the same edit is spliced.
    const high = { ...DEFAULT_LIMITS, maxDepth: 12 };
    const spliced = reparseEdited(parseText('f.yaml', before, high), after, high);
    expect(spliced && shape(spliced)).toEqual(shape(parseText('f.yaml', after, high)));
  });

  it('refuses an edited entry the nesting scan counts too deep, as the full parse does', () => {
    const limits = { ...DEFAULT_LIMITS, maxDepth: 8 };
    const before = 'templates:\n  a:\n    text: x\n  b:\n    text: y\n';
    // Real depth 4, but the scan counts every key of the flow mapping (an over-estimate, by design).
    const after = before.replace('text: x', 'text: { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }');
    expect(parseText('f.yaml', after, limits).diagnostics.map((d) => d.ruleId)).toEqual(['load/too-deep']);
    expect(reparseEdited(parseText('f.yaml', before, limits), after, limits)).toBeNull();
  });

  it.each([
    ['an alias in the entry', 'a:\n  x:\n    v: 1\n  y:\n    v: 2\n', 'a:\n  x:\n    v: 1\n  y:\n    v: *z\n'],
    ['a rename onto a sibling', 'a:\n  x:\n    v: 1\n  y:\n    v: 2\n', 'a:\n  x:\n    v: 1\n  x:\n    v: 2\n'],
    ['an edit of the parent key', 'a:\n  x:\n    v: 1\n', 'ab:\n  x:\n    v: 1\n'],
    ['a syntax error', 'a:\n  x:\n    v: 1\n', 'a:\n  x:\n    v: [1\n'],
    ['a forbidden key', 'a:\n  x:\n    v: 1\n', 'a:\n  x:\n    __proto__: 1\n'],
    ['a sequence', 'a:\n  - v: 1\n', 'a:\n  - v: 2\n'],
  ])('leaves %s to the full parse', (_name, before, after) => {
    expect(reparseEdited(parseText('f.yaml', before), after)).toBeNull();
  });
});
