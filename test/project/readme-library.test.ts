/**
 * The README's library snippet ("As a library") runs as written: it is read from README.md at test
 * time, its `import … from 'replybook'` is bound to the package's entry, and each
 * `outcome.field; // value` line becomes an assertion on that value, so the README cannot drift
 * from what `respond` returns.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The first ```js block after the "As a library" heading. */
function librarySnippet(): string {
  const at = README.indexOf('\n## As a library');
  expect(at, 'README.md has an "As a library" section').toBeGreaterThan(0);
  const block = /```js\n([\s\S]*?)```/.exec(README.slice(at));
  expect(block, 'the section has a ```js block').not.toBeNull();
  return block![1];
}

/** What a `// comment` after `outcome.x;` promises: a literal value, a literal's start (`'… …'`), or just that it is there. */
function promised(comment: string): { equals: unknown } | { startsWith: string } | { present: true } {
  const quoted = /^'((?:[^'\\]|\\.)*)'/.exec(comment);
  if (quoted) {
    const text = quoted[1];
    return text.endsWith(' …') ? { startsWith: text.slice(0, -2) } : { equals: text };
  }
  if (comment.startsWith('[]')) return { equals: [] };
  return { present: true };
}

describe('README.md: the library snippet', () => {
  const code = librarySnippet();

  it('imports from the package name, whose entry is the compiled src/index.ts', () => {
    expect(code).toMatch(/^import \{ [\w, ]+ \} from 'replybook';$/m);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      name: string;
      exports: { '.': { default: string } };
    };
    expect(pkg.name).toBe('replybook');
    expect(pkg.exports['.'].default).toBe('./dist/src/index.js');
  });

  it('runs, and every value it shows in a comment is what respond returns', async () => {
    let checked = 0;
    const check = (value: unknown, comment: string, expression: string): void => {
      const want = promised(comment);
      if ('equals' in want) expect(value, expression).toEqual(want.equals);
      else if ('startsWith' in want)
        expect(String(value).startsWith(want.startsWith), `${expression} starts with «${want.startsWith}»: ${String(value)}`).toBe(true);
      else expect(Array.isArray(value) ? value.length : value, expression).toBeTruthy();
      checked++;
    };
    const shown = [...code.matchAll(/^(outcome(?:\.\w+)+);[ \t]*\/\/[ \t]*(.*)$/gm)];
    expect(shown.length).toBeGreaterThanOrEqual(4);
    const body = code
      .replace(/^import (\{ [\w, ]+ \}) from 'replybook';$/m, 'const $1 = lib;')
      .replace(
        /^(outcome(?:\.\w+)+);[ \t]*\/\/[ \t]*(.*)$/gm,
        (_m, expr: string, comment: string) => `check(${expr}, ${JSON.stringify(comment)}, ${JSON.stringify(expr)});`,
      );
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
      ...args: string[]
    ) => (...a: unknown[]) => Promise<void>;
    // The snippet names the playbook by a path relative to the repository, as a reader runs it there.
    const cwd = process.cwd();
    expect(path.resolve(cwd)).toBe(ROOT);
    await new AsyncFunction('lib', 'check', body)(lib, check);
    expect(checked).toBe(shown.length);
  });
});
