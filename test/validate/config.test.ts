import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { FILE_START } from '../../src/diagnostics/diagnostic.js';
import { countWords } from '../../src/report/problems.js';
import {
  applyRuleSettings,
  fromRoot,
  parseConfig,
  resolvePosix,
  RULES,
  ruleSettingsOf,
  walkScope,
  FIXABLE_RULES,
  EMPTY_CONFIG,
} from '../../src/validate/index.js';

const IDS = RULES.map((r) => r.id);
const parse = (text: string) => parseConfig('replybook.config.yaml', text, IDS);

function diag(file: string, ruleId: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { file, range: FILE_START, severity: 'error', ruleId, message: `${ruleId} in ${file}`, ...extra };
}

describe('parseConfig', () => {
  it('reads playbooks, ignore, rules and overrides', () => {
    const { config, diagnostics } = parse(
      'playbooks: [playbooks/*]\nignore: [test/**]\nrules:\n  tone/avoid: warn\n  tone/emoji: [off]\noverrides:\n  - files: ["legacy/**"]\n    rules: { tone/address: info }\n',
    );
    expect(diagnostics).toEqual([]);
    expect(config.playbooks).toEqual(['playbooks/*']);
    expect(config.ignore).toEqual(['test/**']);
    expect(config.rules).toEqual({ 'tone/avoid': { level: 'warn' }, 'tone/emoji': { level: 'off' } });
    expect(config.overrides).toEqual([{ files: ['legacy/**'], rules: { 'tone/address': { level: 'info' } } }]);
  });

  it('reads the same configuration from JSON', () => {
    const { config, diagnostics } = parseConfig('replybook.config.json', '{ "rules": { "tone/avoid": "off" } }', IDS);
    expect(diagnostics).toEqual([]);
    expect(config.rules['tone/avoid']).toEqual({ level: 'off' });
  });

  it('an empty file is the empty configuration', () => {
    const { config, diagnostics } = parse('# nothing yet\n');
    expect(diagnostics).toEqual([]);
    expect(config).toEqual({ ...EMPTY_CONFIG, file: 'replybook.config.yaml' });
  });

  it('an unknown key is located, with a did-you-mean, and the defaults apply', () => {
    const { config, diagnostics } = parse('ignorre: [x]\nrules:\n  tone/avoid: warn\n');
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d).toMatchObject({ ruleId: 'schema/unknown-property', severity: 'error', actual: 'ignorre' });
    expect(d.range.start).toMatchObject({ line: 1, column: 1 });
    expect(d.message).toContain('did you mean `ignore`?');
    expect(d.data).toMatchObject({ kind: 'unknown-name', suggestion: 'ignore' });
    expect(config.rules).toEqual({});
  });

  it('an unknown rule id is located at its key, with a did-you-mean', () => {
    const { config, diagnostics } = parse('rules:\n  tone/avoid: warn\n  tone/avoidd: off\n');
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d).toMatchObject({ ruleId: 'config/unknown-rule', severity: 'error', actual: 'tone/avoidd', path: ['rules', 'tone/avoidd'] });
    expect(d.range.start).toMatchObject({ line: 3, column: 3 });
    expect(d.message).toBe('Unknown rule `tone/avoidd`, expected one of the rules `replybook rules` lists — did you mean `tone/avoid`?');
    expect(config.rules).toEqual({ 'tone/avoid': { level: 'warn' } });
  });

  it('an unknown rule id in an override, and in a file with other errors, is reported too', () => {
    const { diagnostics } = parse('rules: { tone/avoid: loud }\noverrides:\n  - files: [a/**]\n    rules: { ref/unknown-tpye: off }\n');
    expect(diagnostics.map((d) => d.ruleId).sort()).toEqual(['config/unknown-rule', 'schema/enum']);
    expect(diagnostics.find((d) => d.ruleId === 'config/unknown-rule')?.message).toContain('did you mean `ref/unknown-type`?');
  });

  it('options for a rule that takes none are an error', () => {
    const { diagnostics } = parse('rules:\n  tone/avoid: [warn, { max: 2 }]\n');
    expect(diagnostics).toMatchObject([{ ruleId: 'config/rule-options', range: { start: { line: 2 } } }]);
  });

  it('a YAML syntax error is located', () => {
    const { diagnostics } = parse('rules: [\n');
    expect(diagnostics[0]).toMatchObject({ ruleId: 'yaml/syntax', file: 'replybook.config.yaml' });
  });
});

describe('applyRuleSettings', () => {
  const cfg = (text: string) => parse(text).config;
  const at = (text: string, cwd = '/repo') => ruleSettingsOf(cfg(text), '/repo', cwd);

  it('turns a rule off, sets a severity, and leaves other rules alone', () => {
    const s = at('rules: { tone/avoid: off, tone/emoji: warn, tone/address: info }');
    const out = applyRuleSettings(
      [
        diag('pb/a.yaml', 'tone/avoid'),
        diag('pb/a.yaml', 'tone/emoji'),
        diag('pb/a.yaml', 'tone/address'),
        diag('pb/a.yaml', 'ref/unknown-type'),
      ],
      s,
    );
    expect(out.map((d) => `${d.ruleId}:${d.severity}`)).toEqual(['tone/emoji:warning', 'tone/address:info', 'ref/unknown-type:error']);
  });

  it('an override matches the file relative to the project root, and a later one wins', () => {
    const text =
      'rules: { tone/avoid: warn }\noverrides:\n  - files: ["legacy/**"]\n    rules: { tone/avoid: off }\n  - files: ["legacy/keep/**"]\n    rules: { tone/avoid: error }\n';
    // The working folder is below the root: diagnostics' paths are relative to it.
    const s = at(text, '/repo/legacy');
    const out = applyRuleSettings(
      [diag('old/a.yaml', 'tone/avoid'), diag('keep/a.yaml', 'tone/avoid'), diag('../new/a.yaml', 'tone/avoid')],
      s,
    );
    expect(out.map((d) => `${d.file}:${d.severity}`)).toEqual(['keep/a.yaml:error', '../new/a.yaml:warning']);
    // The working folder elsewhere: the same files seen from outside.
    const outside = applyRuleSettings([diag('../repo/legacy/old/a.yaml', 'tone/avoid')], at(text, '/work'));
    expect(outside).toEqual([]);
  });

  it('never changes a fatal diagnostic', () => {
    const fatal = diag('pb/a.yaml', 'yaml/syntax', { fatal: true });
    expect(applyRuleSettings([fatal], at('rules: { yaml/syntax: off }'))).toEqual([fatal]);
  });

  it('no settings: the same list', () => {
    const list = [diag('a.yaml', 'tone/avoid')];
    expect(ruleSettingsOf(cfg('playbooks: [x]'), '/r', '/r')).toBeUndefined();
    expect(applyRuleSettings(list, undefined)).toBe(list);
  });

  it.each([
    ['/repo', 'pb/a.yaml', 'pb/a.yaml'],
    ['/repo/pb', 'a.yaml', 'pb/a.yaml'],
    ['/other', '../repo/pb/a.yaml', 'pb/a.yaml'],
    ['/', 'repo/pb/./x/../a.yaml', 'pb/a.yaml'],
  ])('from the working folder %s, %s is %s from the root', (cwd, file, rel) => {
    expect(fromRoot({ root: '/repo', cwd }, file)).toBe(rel);
  });

  it('resolvePosix', () => {
    expect(resolvePosix('/a/b', '../c/./d')).toBe('/a/c/d');
    expect(resolvePosix('/a', '/x/y')).toBe('/x/y');
  });
});

describe('walkScope', () => {
  it('ignore and playbooks globs', () => {
    const scope = walkScope({ ignore: ['test/**'], playbooks: ['playbooks/*'] });
    expect(scope.ignored('test')).toBe(true);
    expect(scope.ignored('test/fixtures/a')).toBe(true);
    expect(scope.ignored('playbooks/a')).toBe(false);
    expect(scope.playbookFolder?.('playbooks/acme')).toBe(true);
    expect(scope.playbookFolder?.('test/fixtures/acme')).toBe(false);
    expect(walkScope({ ignore: [], playbooks: null }).playbookFolder).toBeNull();
  });
});

describe('the rule catalogue', () => {
  it('every fixable rule is a rule, and the catalogue marks it', () => {
    for (const id of FIXABLE_RULES) expect(IDS).toContain(id);
    expect(RULES.find((r) => r.id === 'tone/avoid')?.fixable).toBe(true);
    expect(RULES.find((r) => r.id === 'tone/emoji')?.fixable).toBeUndefined();
  });
});

describe('countWords', () => {
  it.each([
    [1, 'en', '1 warning'],
    [2, 'en', '2 warnings'],
    [0, 'en', '0 warnings'],
    [1, 'ru', '1 предупреждение'],
    [2, 'ru', '2 предупреждения'],
    [5, 'ru', '5 предупреждений'],
    [11, 'ru', '11 предупреждений'],
    [21, 'ru', '21 предупреждение'],
    [22, 'ru', '22 предупреждения'],
  ] as const)('%i warnings in %s: %s', (n, locale, text) => {
    expect(countWords(n, 'warning', locale)).toBe(text);
  });
  it('errors in Russian', () => {
    expect([1, 3, 7].map((n) => countWords(n, 'error', 'ru'))).toEqual(['1 ошибка', '3 ошибки', '7 ошибок']);
  });
});
