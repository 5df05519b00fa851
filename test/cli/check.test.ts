import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { run, tempProject, write } from './helpers.js';

const MINI = `# yaml-language-server: $schema=../../schema/playbook.schema.json
replybook: 1
brand: Mini
locale: en
timezone: Europe/London
channels:
  x: { name: X, limit: 280, unit: twitter }
types:
  complaint: { fallback: true }
templates:
  complaint/default:
    when: { type: complaint }
    text: "{{salutation author.name}} Thanks for telling us, we are sorry. We will look into it."
`;

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function project(files: Record<string, string | Uint8Array>) {
  const p = await tempProject();
  cleanup = p.cleanup;
  for (const [name, text] of Object.entries(files)) await write(path.join(p.dir, 'pb', name), text);
  return p.dir;
}

describe('replybook check', () => {
  it('passes the example playbooks with exit code 0', async () => {
    const r = await run(['check', 'playbooks']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('No problems found');
    expect(r.code).toBe(0);
  });

  it.each([
    ['a YAML syntax error', 'channels:\n  x: [unclosed\n', 'yaml/syntax', '3:1'],
    ['a tab indent', 'channels:\n\tx: {}\n', 'yaml/tab-indent', '2:1'],
    ['a duplicate key', 'teams:\n  a: { name: A }\n  a: { name: B }\n', 'yaml/duplicate-key', '3:3'],
    [
      'an alias bomb',
      'a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n',
      'yaml/alias-limit',
      '3:8',
    ],
    ['10,000 levels of nesting', `${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 'load/too-deep', '1:64'],
    ['a __proto__ key', 'types:\n  __proto__: { fallback: true }\n', 'load/forbidden-key', '2:3'],
    ['an unknown property', 'temlates: {}\n', 'schema/unknown-property', '1:1'],
    ['a regular expression with a lookahead', 'signals:\n  evil: { pattern: "a+(?=b)" }\n', 'regex/unsupported', '2:23'],
    ['an unknown type in a template', 'templates:\n  t2:\n    when: { type: complaint2 }\n    text: "Hi"\n', 'ref/unknown-type', '3:19'],
  ])('reports %s at its line and column with exit code 1', async (_name, extra, rule, at) => {
    const dir = await project({ 'playbook.yaml': MINI, 'extra.yaml': extra });
    const r = await run(['check', 'pb', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const diags = JSON.parse(r.stdout) as Array<{ file: string; ruleId: string; line: number; column: number }>;
    const d = diags.find((x) => x.ruleId === rule);
    expect(d, JSON.stringify(diags)).toBeDefined();
    expect(d!.file).toBe('pb/extra.yaml');
    expect(`${d!.line}:${d!.column}`).toBe(at);
  });

  it('reports a binary file, an empty file and a 50 MB file, and still checks the others', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const dir = await project({
      'playbook.yaml': MINI,
      'binary.yaml': new Uint8Array([0, 1, 2, 255, 254]),
      'empty.yaml': '',
      'big.yaml': big,
      'bad.yaml': 'temlates: {}\n',
    });
    const r = await run(['check', 'pb', '--format', 'json'], { cwd: dir });
    const rules = (JSON.parse(r.stdout) as Array<{ file: string; ruleId: string }>).map((d) => `${d.file} ${d.ruleId}`);
    expect(rules).toContain('pb/binary.yaml load/binary');
    expect(rules).toContain('pb/empty.yaml load/empty');
    expect(rules).toContain('pb/big.yaml load/too-large');
    expect(rules).toContain('pb/bad.yaml schema/unknown-property');
    expect(r.code).toBe(1);
  });

  it('prints stylish lines that VS Code can link: path:line:col  severity  message  rule', async () => {
    const dir = await project({ 'playbook.yaml': MINI, 'extra.yaml': 'temlates: {}\n' });
    const r = await run(['check', 'pb'], { cwd: dir });
    expect(r.stdout).toMatch(
      /^pb\/extra\.yaml:1:1\s+error\s+Unknown property `temlates`.*did you mean `templates`\?\s+schema\/unknown-property$/m,
    );
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours only when asked (FORCE_COLOR) and never under NO_COLOR', async () => {
    const dir = await project({ 'playbook.yaml': MINI, 'extra.yaml': 'temlates: {}\n' });
    const forced = await run(['check', 'pb'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    const plain = await run(['check', 'pb'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' }, tty: true });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });

  it('fails on warnings over --max-warnings, passes under it', async () => {
    const dir = await project({ 'playbook.yaml': MINI, 'empty.yaml': '' });
    expect((await run(['check', 'pb'], { cwd: dir })).code).toBe(0);
    const over = await run(['check', 'pb', '--max-warnings', '0'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('more than --max-warnings 0');
  });

  it('writes several reports in one run with --format X -o FILE pairs', async () => {
    const dir = await project({ 'playbook.yaml': MINI, 'extra.yaml': 'temlates: {}\n' });
    const r = await run(
      ['check', 'pb', '--format', 'sarif', '-o', 'out/r.sarif', '--format', 'junit', '-o', 'out/r.xml', '--format', 'json'],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(JSON.parse(await readFile(path.join(dir, 'out/r.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(await readFile(path.join(dir, 'out/r.xml'), 'utf8')).toMatch(/<testsuites[^>]*failures="1"/);
  });

  it.each([
    [['check', 'nowhere'], 'no such file or folder: nowhere'],
    [['check', 'playbooks', '--format', 'pdf'], 'unknown format `pdf`'],
    [['check', 'playbooks', '--max-warnings', '-1'], '--max-warnings takes a whole number'],
    [['check', 'playbooks', '-o', 'a', '-o', 'b'], 'give a --format before each output file'],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('replybook check reports everything in one run', () => {
  it('still runs the semantic checks when a file has an unknown property (a typo)', async () => {
    const dir = await project({
      'playbook.yaml': MINI,
      'extra.yaml': 'temlates: {}\ntemplates:\n  t2:\n    when: { type: complaint2 }\n    text: "Hi"\n',
    });
    const r = await run(['check', 'pb', '--format', 'json'], { cwd: dir });
    const rules = (JSON.parse(r.stdout) as Array<{ ruleId: string }>).map((d) => d.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['schema/unknown-property', 'ref/unknown-type']));
  });
});

describe('replybook check reads nothing outside the project', () => {
  it('reports a YAML link that leads outside the project instead of reading it', async () => {
    const dir = await project({ 'playbook.yaml': MINI });
    const outside = await tempProject();
    try {
      await write(path.join(outside.dir, 'secret.yaml'), 'brand: SECRET-VALUE\n');
      const { symlink } = await import('node:fs/promises');
      await symlink(path.join(outside.dir, 'secret.yaml'), path.join(dir, 'pb', 'leak.yaml'));
      const r = await run(['check', 'pb', '--format', 'json'], { cwd: dir });
      const leak = (JSON.parse(r.stdout) as Array<{ file: string; ruleId: string; message: string }>).find(
        (d) => d.file === 'pb/leak.yaml',
      );
      expect(leak?.ruleId).toBe('load/outside-project');
      expect(leak?.message).toContain('outside the project');
      expect(r.stdout).not.toContain('SECRET-VALUE');
      expect(r.code).toBe(1);
    } finally {
      await outside.cleanup();
    }
  });
});

describe('replybook check --fix', () => {
  it('rewrites an avoided phrase with the preferred wording and leaves every other byte of the file; --fix-dry-run writes nothing', async () => {
    const { dir, cleanup } = await tempProject('acme-market');
    try {
      const file = path.join(dir, 'acme-market/templates/constructive.yaml');
      const original = await readFile(file, 'utf8');
      const at = original.indexOf('text: >-');
      const lineEnd = original.indexOf('\n', original.indexOf('\n', at) + 1);
      const broken = `${original.slice(0, lineEnd)} Жаль, что возникла проблема.${original.slice(lineEnd)}`;
      await writeFile(file, broken);

      const before = await run(['check', 'acme-market'], { cwd: dir });
      expect(before.code).toBe(1);
      expect(before.stdout).toContain('tone/avoid');

      const dry = await run(['check', 'acme-market', '--fix-dry-run'], { cwd: dir });
      expect(dry.stdout).toMatch(/acme-market\/templates\/constructive\.yaml:\d+:\d+ {2}tone\/avoid {2}would replace "проблема"/);
      expect(dry.stderr).toContain('1 problem can be fixed (nothing written)');
      expect(await readFile(file, 'utf8')).toBe(broken);

      const fixed = await run(['check', 'acme-market', '--fix'], { cwd: dir });
      expect(fixed.stderr).toContain('replybook check: 1 problem fixed');
      expect(fixed.code).toBe(0);
      expect(fixed.stdout).toContain('No problems found');
      expect(await readFile(file, 'utf8')).toBe(broken.replace('возникла проблема.', 'возникла ситуация.'));
    } finally {
      await cleanup();
    }
  });
});
