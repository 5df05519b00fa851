import { describe, expect, it } from 'vitest';
import { checkProject, createChecker, layoutProject } from '../../src/validate/index.js';
import { filesOf, VALID_PLAYBOOK } from './helpers.js';

const brief = (ds: Array<{ ruleId: string; file: string; range: { start: { line: number; column: number } } }>): string[] =>
  ds.map((d) => `${d.ruleId} ${d.file}:${d.range.start.line}:${d.range.start.column}`);

describe('checkProject on a valid playbook', () => {
  const result = checkProject(filesOf(VALID_PLAYBOOK));
  it('reports nothing and compiles the model', () => {
    expect(brief(result.diagnostics)).toEqual([]);
    const [pb] = result.playbooks;
    expect(pb.dir).toBe('pb');
    expect(pb.playbook).not.toBeNull();
    const p = pb.playbook!;
    expect(p.id).toBe('pb');
    expect(p.files).toEqual(['pb/playbook.yaml', 'pb/templates/replies.yaml', 'pb/types.yaml']);
    expect(p.types.map((t) => t.id)).toEqual(['profanity', 'constructive', 'non-constructive']);
    expect(p.types[2].fallback).toBe(true);
    expect(p.defaultVoice).toBe('official');
    expect(p.escalations[0]).toMatchObject({
      id: 'opinion-leader',
      to: 'pr',
      priority: 'high',
      when: { kind: 'followers', op: 'gte', value: 10000 },
    });
    expect(p.templates.get('constructive/default')!.textSource).toMatchObject({
      file: 'pb/templates/replies.yaml',
      style: 'block',
      path: ['templates', 'constructive/default', 'text'],
    });
    expect(p.types[0].source).toMatchObject({
      file: 'pb/types.yaml',
      path: ['types', 'profanity'],
      range: { start: { line: 2, column: 3 } },
    });
    expect(p.schedule.weekly[0]).toEqual([{ start: 540, end: 1080 }]);
    expect(p.sla.firstResponse).toMatchObject({ kind: 'business-days', days: 1 });
  });
  it('compiles the complaints', () => {
    const [pb] = result.playbooks;
    expect(pb.complaintFiles).toEqual(['pb/complaints.yaml']);
    expect(pb.complaints).toHaveLength(1);
    expect(pb.complaints[0]).toMatchObject({
      id: 'viktoria',
      channel: 'vk',
      author: { name: 'Виктория', followers: 35 },
      expect: { type: 'constructive', escalations: [] },
    });
  });
});

describe('schema errors are located and explained', () => {
  const check = (extra: string) => checkProject(filesOf({ ...VALID_PLAYBOOK, 'playbook.yaml': VALID_PLAYBOOK['playbook.yaml'] + extra }));
  it('an unknown property points at its key with a suggestion', () => {
    const r = check('temlates: {}\n');
    expect(brief(r.diagnostics)).toEqual(['schema/unknown-property pb/playbook.yaml:18:1']);
    expect(r.diagnostics[0].message).toMatch(
      /^Unknown property `temlates` in the top level, expected one of `replybook`, .*`templates`.* — did you mean `templates`\?$/,
    );
    expect(r.playbooks[0].playbook).toBeNull();
  });
  it('a missing required property points at the parent key', () => {
    const r = check('signals:\n  ticket: { description: x }\n');
    expect(brief(r.diagnostics)).toEqual(['schema/required pb/playbook.yaml:19:3']);
    expect(r.diagnostics[0].message).toBe('Missing required property `pattern` in signals.ticket');
  });
  it('a wrong type points at the value', () => {
    const r = check('lexicons:\n  competitors: { words: Сбер }\n');
    expect(brief(r.diagnostics)).toEqual(['schema/type pb/playbook.yaml:19:25']);
    expect(r.diagnostics[0].message).toBe('Expected a list for lexicons.competitors.words, found `Сбер`');
  });
  it('an enum says what is allowed and what was meant', () => {
    const r = check('sla:\n  by_priority: { hihg: 1h }\n');
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['schema/unknown-property']);
    expect(r.diagnostics[0].message).toContain('did you mean `high`?');
  });
  it('collapses anyOf cascades into one message', () => {
    const r = checkProject(filesOf({ ...VALID_PLAYBOOK, 'types.yaml': 'types:\n  a:\n    match: { lexicon: 42 }\n' }));
    expect(brief(r.diagnostics)).toEqual(['schema/type pb/types.yaml:3:23']);
    expect(r.diagnostics[0].message).toMatch(/^Expected .* or .*, found the number 42$/);
  });
  it('reports the branch that fits when the value has the right shape', () => {
    const r = checkProject(filesOf({ ...VALID_PLAYBOOK, 'types.yaml': 'types:\n  a:\n    match: { lexicon: [Bad Id] }\n' }));
    expect(brief(r.diagnostics)).toEqual(['schema/pattern pb/types.yaml:3:24']);
  });
});

describe('template errors land on the tag inside the YAML', () => {
  it('a Handlebars syntax error in a block scalar', () => {
    const r = checkProject(
      filesOf({
        ...VALID_PLAYBOOK,
        'templates/replies.yaml': VALID_PLAYBOOK['templates/replies.yaml'].replace('{{signals.order-number}}.', '{{#if x}}oops'),
      }),
    );
    const d = r.diagnostics.find((x) => x.ruleId === 'template/syntax')!;
    expect(d).toBeDefined();
    expect(d.file).toBe('pb/templates/replies.yaml');
    // Handlebars finds the unclosed block at the end of the text: the diagnostic stays on its last line.
    expect(d.range.start.line).toBe(6);
    expect(d.message).toContain('template `constructive/default`');
    // In words, with the block's opening tag as the related place and the Russian sentence for a Russian playbook.
    expect(d.message).toMatch(/`\{\{#if\}\}` \(opened on line \d+\) is never closed: add `\{\{\/if\}\}`/);
    expect(d.note).toMatch(/^Ошибка Handlebars в шаблоне `constructive\/default`: блок `\{\{#if\}\}` \(открыт в строке \d+\) не закрыт/);
    expect(d.data).toEqual({ kind: 'template-syntax', problem: 'unclosed-block', block: 'if' });
    expect(d.related).toEqual([expect.objectContaining({ file: 'pb/templates/replies.yaml', message: '`{{#if}}` is opened here' })]);
    expect(d.message).toContain(`opened on line ${d.related![0].range.start.line})`);
  });
  it('an unknown variable at its column', () => {
    const r = checkProject(
      filesOf({
        ...VALID_PLAYBOOK,
        'templates/replies.yaml': VALID_PLAYBOOK['templates/replies.yaml'].replace('{{name author.name}}', '{{name author.nmae}}'),
      }),
    );
    expect(brief(r.diagnostics)).toEqual(['template/unknown-variable pb/templates/replies.yaml:5:28']);
    expect(r.diagnostics[0].message).toContain('did you mean `author.name`?');
  });
});

describe('complaints', () => {
  it('unknown channel, expected type and template, and duplicate ids', () => {
    const r = checkProject(
      filesOf({
        ...VALID_PLAYBOOK,
        'complaints/more.yaml':
          'complaints:\n  - { id: a, text: t, channel: vkk, at: "2026-03-02T10:15:00+03:00", expect: { type: constructve, template: nope } }\n  - { id: a, text: t, channel: vk, at: "2026-03-02T10:15:00+03:00" }\n',
      }),
    );
    expect(brief(r.diagnostics)).toEqual([
      'ref/unknown-channel pb/complaints/more.yaml:2:32',
      'ref/unknown-type pb/complaints/more.yaml:2:86',
      'ref/unknown-template pb/complaints/more.yaml:2:109',
      'ref/duplicate-id pb/complaints/more.yaml:3:11',
    ]);
    expect(r.diagnostics[0].message).toContain('did you mean `vk`?');
    // Complaints with errors of their own are left out of the run; the playbook still runs the others.
    expect(r.playbooks[0].complaints.map((c) => `${c.file}#${c.id}`)).toEqual(['pb/complaints.yaml#viktoria']);
    expect(r.playbooks[0].playbook).not.toBeNull();
  });
});

describe('project layout', () => {
  it('groups files by the nearest playbook.yaml and flags orphans', () => {
    const l = layoutProject([
      'a/playbook.yaml',
      'a/types.yaml',
      'a/complaints/x.yaml',
      'a/b.complaints.yml',
      'a/sub/playbook.yaml',
      'a/sub/t.yaml',
      'stray.yaml',
      'c/playbook.yml',
      'README.md',
    ]);
    expect(l.playbooks).toEqual([
      { dir: 'a', files: ['a/playbook.yaml', 'a/types.yaml'], complaintFiles: ['a/b.complaints.yml', 'a/complaints/x.yaml'] },
      { dir: 'a/sub', files: ['a/sub/playbook.yaml', 'a/sub/t.yaml'], complaintFiles: [] },
    ]);
    expect(l.diagnostics.map((d) => `${d.ruleId}:${d.severity}:${d.file}`)).toEqual([
      'load/orphan-file:error:c/playbook.yml',
      'load/orphan-file:info:stray.yaml',
    ]);
  });
});

describe('createChecker reuses parses of unchanged files', () => {
  it('re-parses only the changed file', () => {
    const checker = createChecker();
    const first = checker.check(filesOf(VALID_PLAYBOOK));
    expect(checker.stats).toEqual({ parsed: 4, reused: 0 });
    const changed = filesOf({ ...VALID_PLAYBOOK, 'types.yaml': VALID_PLAYBOOK['types.yaml'].replace('to: pr', 'to: legal') });
    const second = checker.check(changed);
    expect(checker.stats).toEqual({ parsed: 5, reused: 3 });
    expect(first.diagnostics).toEqual([]);
    expect(second.diagnostics.map((d) => d.ruleId)).toEqual(['ref/unknown-team']);
    expect(second.playbooks[0].playbook).toBeNull();
  });
  it('checks one playbook by itself', () => {
    const checker = createChecker();
    const r = checker.checkPlaybook('pb', filesOf(VALID_PLAYBOOK));
    expect(r.diagnostics).toEqual([]);
    expect(r.files[0]).toBe('pb/playbook.yaml');
    expect(r.draft).toBe(r.playbook);
  });
});

describe('cross-file problems', () => {
  it('a duplicate id points back to the first definition', () => {
    const r = checkProject(filesOf({ ...VALID_PLAYBOOK, 'z-more.yaml': 'types:\n  profanity: { match: { words: [x] }, reply: none }\n' }));
    const d = r.diagnostics.find((x) => x.ruleId === 'ref/duplicate-id')!;
    expect(`${d.file}:${d.range.start.line}:${d.range.start.column}`).toBe('pb/z-more.yaml:2:3');
    expect(d.related).toEqual([
      expect.objectContaining({
        file: 'pb/types.yaml',
        message: 'first defined here',
        range: expect.objectContaining({ start: expect.objectContaining({ line: 2, column: 3 }) }),
      }),
    ]);
  });
  it('playbook.yaml without its root keys', () => {
    const r = checkProject(filesOf({ 'playbook.yaml': 'channels:\n  vk: { name: VK, limit: 10 }\n' }));
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual([
      'playbook/missing-key',
      'playbook/missing-key',
      'playbook/missing-key',
      'playbook/missing-key',
    ]);
    expect(r.diagnostics.map((d) => d.message.match(/`(\w+)`/)![1])).toEqual(['replybook', 'brand', 'locale', 'timezone']);
    expect(r.playbooks[0].playbook).toBeNull();
  });
  it('an empty playbook.yaml is a warning and the missing keys are errors', () => {
    const r = checkProject(filesOf({ 'playbook.yaml': '' }));
    expect(r.diagnostics.map((d) => `${d.ruleId}:${d.severity}`)).toEqual([
      'load/empty:warning',
      'playbook/missing-key:error',
      'playbook/missing-key:error',
      'playbook/missing-key:error',
      'playbook/missing-key:error',
    ]);
  });
  it('a hostile file in a playbook leaves the rest checked and returns no playbook', () => {
    const r = checkProject([...filesOf(VALID_PLAYBOOK), { path: 'pb/bomb.yaml', bytes: new TextEncoder().encode('['.repeat(10_000)) }]);
    expect(r.diagnostics.map((d) => `${d.ruleId} ${d.file}`)).toEqual(['load/too-deep pb/bomb.yaml']);
    expect(r.playbooks[0].playbook).toBeNull();
  });
});
