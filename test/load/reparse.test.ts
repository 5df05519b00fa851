import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText, type ParsedFile } from '../../src/load/parse-file.js';
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
