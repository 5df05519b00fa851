import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { ROOT, run } from './helpers.js';

const VIKTORIA =
  'Добрый день, Виктория! Спасибо за ваш отзыв. Мы хотим разобраться в сложившейся ситуации, но по описанию в отзыве мы не смогли вас идентифицировать в нашей системе. Уточните, пожалуйста, номер вашего заказа. Обязательно разберемся и вернемся с обратной связью.';

describe('replybook sim --text', () => {
  it('gives the official reply for Виктория on a review site, as one JSON object', async () => {
    const r = await run([
      'sim',
      'playbooks/acme-market',
      '--json',
      '--channel',
      'otzovik',
      '--author',
      'Виктория',
      '--followers',
      '35',
      '--at',
      '2026-03-02T14:10:00+03:00',
      '--text',
      'Заказала платье две недели назад, до сих пор не пришло. Ужасный сервис.',
    ]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.type).toBe('constructive');
    expect(o.template).toBe('constructive/unidentified');
    expect(o.escalations).toEqual([]);
    expect(o.due).toBe('2026-03-03T14:10:00.000+03:00');
    expect(o.reply).toBe(VIKTORIA);
    expect(o.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
    expect(o.trace.length).toBeGreaterThan(3);
  });

  it('takes --format json as --json (one option name for the output format in every command)', async () => {
    const argv = ['sim', 'playbooks/acme-market', '--channel', 'vk', '--at', '2026-03-02T14:10:00+03:00', '--text', 'Где мой заказ?'];
    const [a, b, text] = await Promise.all([run([...argv, '--json']), run([...argv, '-f', 'json']), run([...argv, '--format', 'text'])]);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(JSON.parse(b.stdout).type).toBeTypeOf('string');
    expect(() => JSON.parse(text.stdout)).toThrow();
    const bad = await run([...argv, '--format', 'yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/text, json/);
    // Both spellings of the same format are one request; opposite ones are a usage error.
    const both = await run([...argv, '--json', '-f', 'json']);
    expect(both.code).toBe(0);
    expect(both.stdout).toBe(a.stdout);
    const opposite = await run([...argv, '--json', '--format', 'text']);
    expect(opposite.code).toBe(2);
    expect(opposite.stdout).toBe('');
    expect(opposite.stderr).toMatch(/--json and --format text/);
  });

  it('gives null as the reply for profanity and fires the opinion-leader escalation', async () => {
    const r = await run([
      'sim',
      'playbooks/acme-market',
      '--json',
      '--channel',
      'vk',
      '--author',
      'Пётр',
      '--followers',
      '25000',
      '--at',
      '2026-03-04T10:00:00+03:00',
      '--text',
      'Вы х у й н ю продаёте',
    ]);
    const o = JSON.parse(r.stdout);
    expect(o.type).toBe('profanity');
    expect(o.reply).toBeNull();
    expect(o.escalations.map((e: { id: string }) => e.id)).toContain('opinion-leader');
    expect(o.actions).toContain('hide');
  });

  it('treats a name that looks like a template as data', async () => {
    const r = await run([
      'sim',
      'playbooks/acme-market',
      '--json',
      '--channel',
      'vk',
      '--author',
      '{{constructor.constructor}}',
      '--at',
      '2026-03-04T12:00:00+03:00',
      '--text',
      'Курьер не привез заказ 12345678',
    ]);
    const o = JSON.parse(r.stdout);
    expect(o.errors).toEqual([]);
    expect(o.reply).not.toContain('function');
  });

  it.each([
    [['sim', 'playbooks/acme-market', '--text', 'hi', '--channel', 'nope'], 'unknown channel `nope`'],
    [['sim', 'playbooks/acme-market', '--text', 'hi', '--at', 'yesterday'], 'is not an ISO 8601 time'],
    [['sim', 'playbooks/acme-market', '--text', 'hi', '--voice', 'ghost'], 'unknown voice `ghost`'],
    [
      ['sim', 'playbooks/acme-market', '--text', 'hi', '--followers', '-3'],
      '--followers takes a whole number from 0 to 9007199254740991, not `-3`',
    ],
    [['sim', 'playbooks/acme-market', '--text', 'hi', '--followers', 'abc'], '--followers takes a whole number'],
    [
      ['sim', 'playbooks/acme-market', '--text', 'hi', '--at', '99999-01-01T00:00:00Z'],
      '(accepted: 1970-01-01T00:00:00Z to 2999-12-31T23:59:59Z)',
    ],
    [
      ['sim', 'playbooks/acme-market', '--text', 'hi', '--at', '1800-01-01T00:00:00Z'],
      'is out of range: replybook accepts times from 1970-01-01T00:00:00Z to 2999-12-31T23:59:59Z',
    ],
    [['sim', 'playbooks/acme-market', '--text', 'hi', '--at', '1800-01-01'], 'is not an ISO 8601 time with an offset'],
    [['sim', 'playbooks', '--text', 'hi'], 'holds 2 playbooks'],
  ])('exits 2 on %j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('replybook sim --text and the calendar', () => {
  const argv = (at: string) => ['sim', 'playbooks/acme-market', '--json', '--channel', 'vk', '--at', at, '--text', 'Где мой заказ?'];

  it('warns when the time lies outside the calendar’s years, and the trace says so', async () => {
    const r = await run(argv('2028-03-02T10:00:00+03:00'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'replybook sim: warning: --at 2028-03-02T10:00:00+03:00: 2028 lies outside the years the production calendar covers',
    );
    const o = JSON.parse(r.stdout);
    expect(o.trace.map((s: { message: string }) => s.message)).toContainEqual(expect.stringMatching(/^calendar: 2028 lies outside/));
  });

  it('notes a provisional year, and says nothing for a year the calendar covers', async () => {
    expect((await run(argv('2027-03-02T10:00:00+03:00'))).stderr).toContain(
      'replybook sim: note: --at 2027-03-02T10:00:00+03:00: 2027 is provisional in calendar ru',
    );
    expect((await run(argv('2026-03-02T10:00:00+03:00'))).stderr).toBe('');
  });
});

describe('replybook sim without a terminal', () => {
  const cli = path.join(ROOT, 'dist/cli/main.js');
  it.skipIf(!existsSync(cli))('says it needs a terminal, points to test and sim --text, and exits 2', async () => {
    const err = await promisify(execFile)(process.execPath, [cli, 'sim', 'playbooks/acme-market'], { cwd: ROOT }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((err as { code: number }).code).toBe(2);
    expect((err as { stderr: string }).stderr).toContain('needs an interactive terminal');
    expect((err as { stderr: string }).stderr).toContain('replybook test playbooks/acme-market');
  });
});

/** Bare packages reachable through static imports from a source file (relative imports followed). */
function staticPackages(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.'))
        todo.push(
          path.resolve(
            path.dirname(file),
            spec.replace(/\.js$/, existsSync(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.tsx'))) ? '.tsx' : '.ts'),
          ),
        );
      else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  }
  return packages;
}

describe('the terminal UI is loaded only by the simulator', () => {
  it.each(['check', 'test', 'sim', 'build', 'watch', 'diff', 'lsp'])('replybook %s imports neither Ink nor React', (command) => {
    const packages = staticPackages(path.join(ROOT, 'cli/commands', `${command}.ts`));
    expect(packages.has('yaml') || packages.has('node:fs') || packages.size > 0).toBe(true);
    expect([...packages].filter((p) => p === 'ink' || p === 'react')).toEqual([]);
  });

  it.each(['check', 'test', 'sim', 'build', 'watch', 'diff', 'lsp'])(
    'replybook %s loads date-holidays only when a playbook names a country',
    (command) => {
      expect(staticPackages(path.join(ROOT, 'cli/commands', `${command}.ts`)).has('date-holidays')).toBe(false);
    },
  );

  it('the simulator itself does reach Ink (so the check above can fail)', () => {
    expect(staticPackages(path.join(ROOT, 'src/tui/index.ts')).has('ink')).toBe(true);
  });
});
