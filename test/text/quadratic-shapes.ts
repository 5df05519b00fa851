/**
 * Finds regular-expression literals in replybook's own source with the shapes that V8's
 * backtracking engine runs in quadratic time on a long run (docs/security.md, bounded time):
 *   - a quantified atom anchored at the end, `\s+$`, `[.'’-]+$`, `-+$`, `)+$`, in a pattern that is
 *     not anchored at one start (no `^`, an `m` flag, or a top-level `|`): tried from every position;
 *   - `^(\s*)` under the `m` flag: `\s` crosses line ends, so each line start rescans the blank lines;
 *   - a lazy or wildcard run followed by a quantified class at the end (`(.*?)(\s*)$`,
 *     `([^-]+?)\s*$`): even from one start, each step of the first run rescans the second.
 * Text functions use src/text/trim.ts instead. A heuristic, not a proof: it keeps the known shapes out.
 */
import ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Finding {
  file: string;
  line: number;
  regex: string;
  shape: string;
}

/** Top-level `|` in a pattern (outside classes and groups). */
function hasTopLevelAlternation(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The shape a pattern has, or null. */
export function quadraticShape(source: string, flags: string): string | null {
  const atEnd = /(?:\]|\\[sSdDwWpP](?:\{[^}]*\})?|\\.|[^\\()[\]^$|?*+{}]|\))[+*]\??\)?\$/.test(source) || /[+*]\??\)\$/.test(source);
  const oneStart = source.startsWith('^') && !flags.includes('m') && !hasTopLevelAlternation(source);
  if (atEnd && !oneStart) return 'a quantified run anchored at the end, tried from every position';
  if (flags.includes('m') && /\^\(?\\s[*+]/.test(source)) return '`^\\s*` under the m flag crosses line ends';
  if (/(?:\.[+*]|[+*]\?).*(?:\\s|\])[+*]\??\)?\$/.test(source)) return 'a lazy or wildcard run before a quantified run at the end';
  if (!oneStart && /\.\*.*\$$/.test(source)) return 'a wildcard run before the end, tried from every position';
  return null;
}

/** Every regex literal of the .ts/.tsx files under `dirs` with a quadratic shape. */
export function findQuadraticRegexes(root: string, dirs: readonly string[]): Finding[] {
  const out: Finding[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name)) scan(p);
    }
  };
  const scan = (file: string): void => {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const slash = lit.lastIndexOf('/');
        const shape = quadraticShape(lit.slice(1, slash), lit.slice(slash + 1));
        if (shape)
          out.push({
            file: path.relative(root, file).split(path.sep).join('/'),
            line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
            regex: lit,
            shape,
          });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  };
  for (const d of dirs) walk(path.join(root, d));
  return out;
}
