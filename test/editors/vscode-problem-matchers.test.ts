/**
 * The extension's problem matchers (editors/vscode/package.json) read `replybook check`'s stylish
 * lines as VS Code does: in English with `$replybook`, in Russian (`lang: ru`) with the three
 * `$replybook-ru-*` matchers, one per severity word. Each line of every severity is read by exactly
 * one matcher, with its file, position, severity and rule; the lines under a problem by none.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/report/stylish.js';
import type { Diagnostic, Severity } from '../../src/diagnostics/diagnostic.js';
import type { Lang } from '../../src/i18n/index.js';

interface Matcher {
  name: string;
  severity?: Severity;
  pattern: { regexp: string; file: number; line: number; column: number; severity?: number; message: number; code: number };
}

const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../editors/vscode/package.json'), 'utf8')) as {
  contributes: { problemMatchers: Matcher[] };
};
const matchers = pkg.contributes.problemMatchers;

/** Positions as diagnostics carry them and the stylish format prints them: 1-based. */
const at = (line: number, column: number) => ({ line, column, offset: 0 });
const diagnostic = (severity: Severity, line: number, ruleId: string, message: string): Diagnostic => ({
  file: 'playbooks/shop/templates/replies.yaml',
  range: { start: at(line, 4), end: at(line, 9) },
  severity,
  ruleId,
  message,
  related: [{ file: 'playbooks/shop/types.yaml', range: { start: at(2, 0), end: at(2, 3) }, message: 'defined here' }],
});
const DIAGNOSTICS = [
  diagnostic('error', 3, 'ref/unknown-type', 'Unknown type `constructve`  — two spaces inside'),
  diagnostic('warning', 7, 'tone/avoid', 'Template says «к сожалению»'),
  {
    ...diagnostic('info', 12, 'config/unused-directive', 'A directive silences nothing\non two lines: error  x/y'),
    note: 'a note  warning  a/b',
  },
];

/** What VS Code makes of a line: the problem of the first matcher whose pattern matches it. */
function read(line: string, names: readonly string[]) {
  for (const m of matchers.filter((x) => names.includes(x.name))) {
    const r = new RegExp(m.pattern.regexp).exec(line);
    if (!r) continue;
    const word = m.pattern.severity ? r[m.pattern.severity] : undefined;
    return {
      matcher: m.name,
      file: r[m.pattern.file],
      line: Number(r[m.pattern.line]),
      column: Number(r[m.pattern.column]),
      severity: word ?? m.severity,
      code: r[m.pattern.code],
    };
  }
  return null;
}

describe('the problem matchers', () => {
  it.each([
    ['en', ['replybook']],
    ['ru', ['replybook-ru-error', 'replybook-ru-warning', 'replybook-ru-info']],
  ] as Array<[Lang, string[]]>)('read every problem of the stylish format in %s', (lang, names) => {
    const lines = formatStylish(DIAGNOSTICS, { lang }).split('\n');
    const read_ = lines
      .map((l) => read(l, names))
      .filter((x) => x !== null)
      .sort((a, b) => a.line - b.line);
    expect(read_).toEqual(
      DIAGNOSTICS.map((d) => ({
        matcher: expect.any(String) as string,
        file: d.file,
        line: d.range.start.line,
        column: d.range.start.column,
        severity: d.severity,
        code: d.ruleId,
      })),
    );
    if (lang === 'ru') expect(new Set(read_.map((r) => r.matcher)).size).toBe(3);
    // and no line of the other language's output
    const other = formatStylish(DIAGNOSTICS, { lang: lang === 'en' ? 'ru' : 'en' }).split('\n');
    expect(other.map((l) => read(l, names)).filter((x) => x !== null)).toEqual([]);
  });
});
