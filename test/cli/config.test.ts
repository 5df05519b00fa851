/** End to end: replybook.config.yaml, the project root found from the path, `replybook rules`, `--quiet`. */
import { mkdir, realpath, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, run, tempProject, write } from './helpers.js';

// A playbook whose template uses a phrase its tone of voice avoids: one tone/avoid error.
const AVOIDS = `replybook: 1
brand: Mini
locale: en
timezone: Europe/London
channels:
  x: { name: X, limit: 280, unit: twitter }
tone:
  avoid:
    - phrase: we are sorry
      prefer: we apologise
types:
  complaint: { fallback: true }
templates:
  complaint/default:
    when: { type: complaint }
    text: "{{salutation author.name}} Thanks for telling us, we are sorry. We will look into it."
`;

const COMPLAINTS = `complaints:
  - id: first
    channel: x
    text: "It broke."
    at: 2026-03-02T10:00:00Z
    expect: { type: complaint }
`;

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

/** A repository (a `.git` folder) with the playbook in `team/pb`, the configuration (if any) in `team/`, and an empty `elsewhere/`. */
async function repo(config?: string): Promise<string> {
  const p = await tempProject();
  cleanup = p.cleanup;
  await mkdir(path.join(p.dir, '.git'));
  await mkdir(path.join(p.dir, 'elsewhere'));
  await write(path.join(p.dir, 'team', 'pb', 'playbook.yaml'), AVOIDS);
  await write(path.join(p.dir, 'team', 'pb', 'complaints.yaml'), COMPLAINTS);
  if (config !== undefined) await write(path.join(p.dir, 'team', 'replybook.config.yaml'), config);
  return p.dir;
}

describe('replybook.config.yaml', () => {
  it('without a configuration, the rule is an error', async () => {
    const dir = await repo();
    const r = await run(['check', 'team/pb'], { cwd: dir });
    expect(r.stdout).toContain('team/pb/playbook.yaml:16:62  error    Template `complaint/default` uses «we are sorry»');
    expect(r.code).toBe(1);
  });

  it('a rule turned off takes effect in check and test', async () => {
    const dir = await repo('rules:\n  tone/avoid: off\n');
    const check = await run(['check', 'team/pb'], { cwd: dir });
    expect(check.stdout).toBe('✔ No problems found\n');
    expect(check.code).toBe(0);
    const test = await run(['test', 'team/pb'], { cwd: dir });
    expect(test.stdout).toContain('1 passed');
    expect(test.code).toBe(0);
  });

  it('a rule set to warn is reported as a warning and the complaints run; --quiet hides it', async () => {
    const dir = await repo('rules:\n  tone/avoid: warn\n');
    const check = await run(['check', 'team/pb'], { cwd: dir });
    expect(check.stdout).toContain('team/pb/playbook.yaml:16:62  warning  Template');
    expect(check.stdout).toContain('⚠ 1 problem (0 errors, 1 warning)');
    expect(check.code).toBe(0);
    const quiet = await run(['check', '--quiet', 'team/pb'], { cwd: dir });
    expect(quiet.stdout).toBe('✔ No problems found\n');
    const test = await run(['test', 'team/pb'], { cwd: dir });
    expect(test.stdout).toContain('1 passed');
    expect(test.code).toBe(0);
    const maxed = await run(['check', '--max-warnings', '0', 'team/pb'], { cwd: dir });
    expect(maxed.stderr).toContain('1 warning, more than --max-warnings 0');
    expect(maxed.code).toBe(1);
  });

  it('an override applies to the files its globs match, relative to the project root', async () => {
    const dir = await repo('rules:\n  tone/avoid: warn\noverrides:\n  - files: ["pb/**"]\n    rules: { tone/avoid: off }\n');
    const r = await run(['check', 'team/pb'], { cwd: dir });
    expect(r.stdout).toBe('✔ No problems found\n');
  });

  it('an unknown rule id and an unknown key are located in the configuration, with a suggestion', async () => {
    const dir = await repo('rules:\n  tone/avoidd: off\nignorre: [x]\n');
    const r = await run(['check', 'team/pb'], { cwd: dir });
    expect(r.stdout).toContain(
      'team/replybook.config.yaml:2:3  error    Unknown rule `tone/avoidd`, expected one of the rules `replybook rules` lists — did you mean `tone/avoid`?  config/unknown-rule',
    );
    expect(r.stdout).toMatch(/team\/replybook\.config\.yaml:3:1 +error +Unknown property `ignorre`.* — did you mean `ignore`\?/);
    expect(r.code).toBe(1);
  });

  it('`ignore` and `playbooks` decide what a bare run covers', async () => {
    const dir = await repo('playbooks: ["pb"]\nignore: ["fixtures/**"]\nrules: { tone/avoid: off }\n');
    // A broken playbook among the fixtures, and a stray YAML file at the root: neither is read.
    await write(path.join(dir, 'team', 'fixtures', 'bad', 'playbook.yaml'), 'replybook: [\n');
    await write(path.join(dir, 'team', 'notes.yaml'), 'a: 1\n');
    const r = await run(['check'], { cwd: path.join(dir, 'team') });
    expect(r.stdout).toBe('✔ No problems found\n');
    expect(r.code).toBe(0);
    // A path given is covered whatever `playbooks` says.
    const given = await run(['check', 'fixtures/bad'], { cwd: path.join(dir, 'team') });
    expect(given.code).toBe(1);
  });
});

describe('the project root comes from the path, not the working folder', () => {
  it('`check ../team/pb` and an absolute path work from another folder, with the configuration of the path', async () => {
    const dir = await repo('rules:\n  tone/avoid: warn\n');
    const relative = await run(['check', '../team/pb'], { cwd: path.join(dir, 'elsewhere') });
    expect(relative.stdout).toContain('../team/pb/playbook.yaml:16:62  warning');
    expect(relative.stdout).not.toMatch(/links outside|outside the project/);
    expect(relative.code).toBe(0);
    const absolute = await run(['check', path.join(dir, 'team', 'pb')], { cwd: path.join(dir, 'elsewhere') });
    expect(absolute.stdout).toContain('../team/pb/playbook.yaml:16:62  warning');
    expect(absolute.code).toBe(0);
    const test = await run(['test', path.join(dir, 'team', 'pb')], { cwd: path.join(dir, 'elsewhere') });
    expect(test.stdout).toContain('1 passed');
  });
});

describe('this repository', () => {
  it('a bare `replybook check` and `replybook test` at its root cover playbooks/, not the test fixtures', async () => {
    const check = await run(['check'], { cwd: ROOT });
    expect(check.stdout).toBe('✔ No problems found\n');
    expect(check.code).toBe(0);
    const test = await run(['test'], { cwd: ROOT });
    expect(test.stdout).toMatch(/in 2 playbooks\)/);
    expect(test.code).toBe(0);
  });
});

describe('replybook rules', () => {
  it('lists every rule with its default severity, whether it is fixable, and its documentation', async () => {
    const r = await run(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^tone\/avoid +error +fixable +docs\/rules\.md#tone\/avoid$/m);
    expect(r.stdout).toMatch(/^load\/empty +warn +docs\/rules\.md#load\/empty$/m);
    expect(r.stdout).toMatch(/^config\/unknown-rule +error +fixable/m);
  });

  it('--format json', async () => {
    const r = await run(['rules', '--format', 'json']);
    const rows = JSON.parse(r.stdout) as Array<{ id: string; severity: string; fixable: boolean; url: string }>;
    expect(rows.find((x) => x.id === 'tone/emoji')).toMatchObject({ severity: 'error', fixable: false, url: 'docs/rules.md#tone/emoji' });
    expect(rows.find((x) => x.id === 'tone/avoid')?.fixable).toBe(true);
    expect(new Set(rows.map((x) => x.id)).size).toBe(rows.length);
  });
});

describe('inline directives', () => {
  const WITH_DIRECTIVE = AVOIDS.replace(
    '    text: "{{salutation',
    '    # replybook-disable-next-line tone/avoid, tone/emoji -- the brand says it so\n    text: "{{salutation',
  );

  it('a disable-next-line takes effect in check and in test (the reply check of that template too)', async () => {
    const dir = await repo();
    await write(path.join(dir, 'team', 'pb', 'playbook.yaml'), WITH_DIRECTIVE);
    const check = await run(['check', 'team/pb'], { cwd: dir });
    expect(check.stdout).toBe('✔ No problems found\n');
    expect(check.code).toBe(0);
    const test = await run(['test', 'team/pb'], { cwd: dir });
    expect(test.stdout).toContain('1 passed');
    expect(test.code).toBe(0);
  });

  it('--report-unused-disable-directives reports the rule a directive silences nothing of', async () => {
    const dir = await repo();
    await write(path.join(dir, 'team', 'pb', 'playbook.yaml'), WITH_DIRECTIVE);
    for (const jobs of ['1', '2']) {
      const r = await run(['check', '--report-unused-disable-directives', '--jobs', jobs, 'team/pb'], { cwd: dir });
      expect(r.stdout).toContain(
        'team/pb/playbook.yaml:16:5  error    Unused `replybook-disable-next-line` directive: no `tone/emoji` problem on the next line to silence  config/unused-directive',
      );
      expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
      expect(r.code).toBe(1);
    }
    const test = await run(['test', '--report-unused-disable-directives', 'team/pb'], { cwd: dir });
    expect(test.code).toBe(2);
    expect(test.stderr).toContain('config/unused-directive');
  });

  it('a disable … enable block silences the rule between them only', async () => {
    const dir = await repo();
    const block = AVOIDS.replace('templates:\n', 'templates:\n  # replybook-disable tone/avoid\n').concat(
      '  # replybook-enable tone/avoid\n',
    );
    await write(path.join(dir, 'team', 'pb', 'playbook.yaml'), block);
    expect((await run(['check', 'team/pb'], { cwd: dir })).stdout).toBe('✔ No problems found\n');
    const after = AVOIDS.replace('templates:\n', 'templates:\n  # replybook-disable tone/avoid\n  # replybook-enable tone/avoid\n');
    await write(path.join(dir, 'team', 'pb', 'playbook.yaml'), after);
    expect((await run(['check', 'team/pb'], { cwd: dir })).code).toBe(1);
  });
});

describe('reaching outside the project root', () => {
  it('a calendar file outside the root is refused as outside, a link as a link — from any working folder', async () => {
    const dir = await repo('rules:\n  tone/avoid: off\n');
    await write(path.join(dir, 'outside.xml'), '<calendar/>\n');
    await symlink(path.join(dir, 'outside.xml'), path.join(dir, 'team', 'pb', 'linked.xml'));
    const withCalendars = AVOIDS.replace(
      'timezone: Europe/London\n',
      'timezone: Europe/London\nschedule:\n  calendar_files: [linked.xml, ../../outside.xml]\n',
    );
    await write(path.join(dir, 'team', 'pb', 'playbook.yaml'), withCalendars);
    const r = await run(['check', path.join(dir, 'team', 'pb')], { cwd: path.join(dir, 'elsewhere') });
    expect(r.stdout).toContain('The calendar file `linked.xml` cannot be read: it links outside the project (to ../outside.xml)');
    expect(r.stdout).toContain(
      `The calendar file \`../../outside.xml\` cannot be read: it is outside the project (${await realpath(path.join(dir, 'team'))})`,
    );
    expect(r.code).toBe(1);
  });
});
