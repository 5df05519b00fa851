/** `replybook init`: the playbook it writes passes `check` and `test` at once; it never overwrites without --force. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initFiles, playbookFolder, schemaModeline } from '../../src/init/index.js';
import { run, tempProject } from './helpers.js';

let cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

async function emptyDir(): Promise<string> {
  const t = await tempProject();
  cleanups.push(t.cleanup);
  return t.dir;
}

const LISTED = [
  '.vscode/settings.json',
  '.github/workflows/replybook.yml',
  'playbooks/acme-shop/playbook.yaml',
  'playbooks/acme-shop/complaints/samples.yaml',
  'replybook.config.yaml',
  '.githooks/pre-commit',
];

describe('replybook init', () => {
  it.each([
    ['ru', 'Europe/Moscow', /^ {2}calendar: ru$/m, /Добрый день/, 'Проблем не найдено'],
    ['en', 'America/New_York', /^ {2}# calendar: us/m, /Hi|Hello|Good/, 'No problems found'],
  ])('--locale %s writes a playbook that passes check and test at once', async (locale, zone, calendar, greeting, clean) => {
    const dir = await emptyDir();
    const init = await run(['init', '--locale', locale, '--brand', 'Acme Shop', '--timezone', zone], { cwd: dir });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/^Wrote 9 files:\n/);
    for (const f of LISTED) expect(init.stdout).toContain(`  ${f}\n`);
    expect(init.stdout).toMatch(/\nand \d+ reply snapshots in playbooks\/acme-shop\/complaints\/__replies__\/\n/);
    expect(init.stdout).toContain('Next: npx replybook check && npx replybook test\n');

    const playbook = await readFile(path.join(dir, 'playbooks/acme-shop/playbook.yaml'), 'utf8');
    expect(playbook).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/node_modules\/replybook\/schema\/playbook\.schema\.json\n/);
    expect(playbook).toContain(`locale: ${locale}\ntimezone: ${zone}\n`);
    expect(playbook).toMatch(calendar);
    const samples = await readFile(path.join(dir, 'playbooks/acme-shop/complaints/samples.yaml'), 'utf8');
    expect(samples).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/node_modules\/replybook\/schema\/complaints\.schema\.json\n/,
    );
    const settings = JSON.parse(await readFile(path.join(dir, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(settings['yaml.schemas'] as object)).toEqual([
      './node_modules/replybook/schema/playbook.schema.json',
      './node_modules/replybook/schema/complaints.schema.json',
    ]);

    const config = await readFile(path.join(dir, 'replybook.config.yaml'), 'utf8');
    expect(config).toMatch(/^# yaml-language-server: \$schema=node_modules\/replybook\/schema\/config\.schema\.json\n/);
    expect(config).toContain('playbooks:\n  - playbooks/*\n');
    // replybook speaks the playbook's language from then on, whatever the machine's LANG (a CI runner's is C.UTF-8)
    expect(config).toContain(`\nlang: ${locale}\n`);

    const check = await run(['check'], { cwd: dir, env: { LANG: locale === 'ru' ? 'en_US.UTF-8' : 'ru_RU.UTF-8' } });
    expect(check.stdout + check.stderr).toContain(clean);
    expect(check.code).toBe(0);
    // under CI too: init wrote the samples' snapshots, so none is missing
    const test = await run(['test', '--reporter', 'json'], { cwd: dir, env: { CI: 'true' } });
    expect(test.code).toBe(0);
    const report = JSON.parse(test.stdout) as { passed: number; failed: number; results: Array<{ outcome: { reply: string | null } }> };
    expect([report.passed, report.failed]).toEqual([12, 0]);
    expect(report.results.some((r) => typeof r.outcome.reply === 'string' && greeting.test(r.outcome.reply))).toBe(true);
  });

  it('writes into the folder given, creating it, and says how to go there', async () => {
    const dir = await emptyDir();
    const init = await run(['init', 'team/repo', '--locale', 'ru', '--brand', 'Ромашка', '--timezone', 'Europe/Moscow'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('  team/repo/playbooks/romashka/playbook.yaml\n');
    expect(init.stdout).toContain('Next: cd team/repo && npx replybook check && npx replybook test\n');
    const check = await run(['check', 'team/repo/playbooks'], { cwd: dir });
    expect(check.code).toBe(0);
  });

  it('refuses to overwrite an existing file, writes nothing, and names what is there', async () => {
    const dir = await emptyDir();
    const argv = ['init', '--locale', 'en', '--brand', 'Acme Shop', '--timezone', 'Europe/London'];
    expect((await run(argv, { cwd: dir })).code).toBe(0);
    const settings = path.join(dir, '.vscode/settings.json');
    await writeFile(settings, '{ "mine": true }\n');
    const again = await run(argv, { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/^replybook init: nothing written: these files exist already \(run with --force to overwrite them\): /);
    expect(again.stderr).toContain('.vscode/settings.json');
    expect(again.stderr).toContain('playbooks/acme-shop/playbook.yaml');
    expect(await readFile(settings, 'utf8')).toBe('{ "mine": true }\n');
  });

  it('--force overwrites the files it writes', async () => {
    const dir = await emptyDir();
    const argv = ['init', '--locale', 'ru', '--brand', 'Acme Shop', '--timezone', 'Europe/Moscow'];
    expect((await run(argv, { cwd: dir })).code).toBe(0);
    const types = path.join(dir, 'playbooks/acme-shop/types.yaml');
    const original = await readFile(types, 'utf8');
    await writeFile(types, 'types: {}\n');
    const forced = await run([...argv, '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^Wrote 9 files:/);
    expect(await readFile(types, 'utf8')).toBe(original);
  });

  it.each([
    [['--locale', 'de', '--brand', 'A', '--timezone', 'Europe/Berlin'], '--locale must be one of ru, en, not de'],
    [['--locale', 'ru', '--brand', '  ', '--timezone', 'Europe/Moscow'], '--brand is required'],
    [['--locale', 'ru', '--brand', 'A', '--timezone', 'Mars/Olympus'], '--timezone Mars/Olympus is not an IANA time zone'],
    [['--locale', 'ru', '--brand', 'A\nB', '--timezone', 'Europe/Moscow'], '--brand contains a control character'],
    [['--locale', 'ru', '--brand', 'A', '--timezone', 'Europe/Moscow', '--calendar', '../x'], '--calendar ../x is not a country code'],
  ])('%j is a usage error that writes nothing', async (flags, message) => {
    const dir = await emptyDir();
    const r = await run(['init', ...flags], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('asks for nothing without a terminal: a value left out is a usage error', async () => {
    const dir = await emptyDir();
    const r = await run(['init', '--locale', 'ru'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--brand is required');
    expect(r.stdout).toBe('');
  });

  it.each([
    ['ru', 'vk', 'Europe/Moscow'],
    ['ru', 'otzovik,telegram', 'Europe/Moscow'],
    ['en', 'x', 'Europe/London'],
  ])(
    '--locale %s --channels %s keeps only those channels, and the playbook still passes check and test',
    async (locale, channels, zone) => {
      const dir = await emptyDir();
      const init = await run(['init', '--locale', locale, '--brand', 'Acme Shop', '--timezone', zone, '--channels', channels], {
        cwd: dir,
      });
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
      const kept = channels.split(',');
      const playbook = await readFile(path.join(dir, 'playbooks/acme-shop/playbook.yaml'), 'utf8');
      const samples = await readFile(path.join(dir, 'playbooks/acme-shop/complaints/samples.yaml'), 'utf8');
      const listed = [...samples.matchAll(/^ {4}channel: (\S+)$/gm)].map((m) => m[1]);
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.every((c) => kept.includes(c))).toBe(true);
      expect(playbook).toMatch(/^# yaml-language-server: /); // the modeline and the comments stay
      const check = await run(['check'], { cwd: dir });
      expect(check.stdout + check.stderr).toContain(locale === 'ru' ? 'Проблем не найдено' : 'No problems found');
      const test = await run(['test', '--reporter', 'json'], { cwd: dir });
      const report = JSON.parse(test.stdout) as { passed: number; failed: number };
      expect(test.code).toBe(0);
      expect(report.failed).toBe(0);
      expect(report.passed).toBe(listed.length);
    },
  );

  it('--channels names a channel the seed does not have: a usage error naming the ones it has', async () => {
    const dir = await emptyDir();
    const r = await run(['init', '--locale', 'ru', '--brand', 'A', '--timezone', 'Europe/Moscow', '--channels', 'vk,myspace'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("myspace is not among the ru seed's channels (vk, telegram, otzovik)");
  });
});

describe('the seed as data', () => {
  it.each([
    ['Acme Shop', 'acme-shop'],
    ['Ромашка', 'romashka'],
    ['Café Noir!', 'cafe-noir'],
    ['日本', 'main'],
    ['  --Acme--  ', 'acme'],
    ['The Very Long Brand Name Of A Company Limited', 'the-very-long-brand-name-of-a-company'],
    ['x'.repeat(60), 'x'.repeat(40)],
  ])('the playbook folder of %s is %s', (brand, folder) => {
    expect(playbookFolder(brand)).toBe(folder);
  });

  it('points modelines at the schema folder given, relative to each file', () => {
    expect(schemaModeline('playbooks/a/templates/x.yaml', 'schema', false)).toBe(
      '# yaml-language-server: $schema=../../../schema/playbook.schema.json',
    );
    expect(schemaModeline('playbooks/a/complaints/x.yaml', '../../schema', true)).toBe(
      '# yaml-language-server: $schema=../../../../../schema/complaints.schema.json',
    );
  });

  it('quotes a brand that YAML would read otherwise', () => {
    const files = initFiles({ locale: 'en', brand: 'yes: #1', timezone: 'UTC', schemaDir: 'schema' });
    expect(files[0].content).toContain('\nbrand: "yes: #1"\n');
  });
});
