/**
 * The language of what the CLI prints for a person: `--lang`, then the configuration's `lang`,
 * then `LANG`; English otherwise. Machine formats (JSON here) never change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { run, tempProject, write } from './helpers.js';

/** A playbook with a tone problem, an unknown type and a sample complaint that fails. */
const PLAYBOOK = `replybook: 1
brand: Mini
locale: ru
timezone: Europe/Moscow
channels:
  vk: { name: ВКонтакте, limit: 4096 }
tone:
  address: formal
  avoid:
    - { phrase: проблема, prefer: ситуация }
types:
  complaint: { fallback: true }
templates:
  complaint/default:
    when: { type: complaint }
    text: "Здравствуйте! Спасибо, что написали, проблема будет решена."
`;

const COMPLAINTS = `complaints:
  - id: late
    text: Заказ опаздывает
    channel: vk
    author: { name: Анна }
    at: 2026-03-02T11:00:00+03:00
    expect: { type: complaint, hidden: true }
`;

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function project(files: Record<string, string>): Promise<string> {
  const p = await tempProject();
  cleanup = p.cleanup;
  for (const [name, text] of Object.entries(files)) await write(path.join(p.dir, name), text);
  return p.dir;
}

describe('--lang', () => {
  it.each([['de'], ['russian'], ['']])('%j is a usage error that lists the languages (exit 2)', async (lang) => {
    const r = await run(['check', '--lang', lang, 'playbooks']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--lang <lang>.*is invalid\. Allowed choices are en, ru\./);
    expect(r.stdout).toBe('');
  });

  it('ru: the stylish report, its counts and the messages of the rules with a translation', async () => {
    const dir = await project({ 'pb/playbook.yaml': PLAYBOOK });
    const r = await run(['check', '--lang', 'ru', 'pb'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'ошибка          В шаблоне `complaint/default` есть «проблема» — тон голоса этого избегает; лучше «ситуация»  tone/avoid',
    );
    expect(r.stdout).toMatch(/✖ 1 проблема \(1 ошибка, 0 предупреждений\)\n$/);
    // The same run in English is the checks' own wording.
    const en = await run(['check', 'pb'], { cwd: dir });
    expect(en.stdout).toContain(
      'error    Template `complaint/default` uses «проблема», which the tone of voice avoids; prefer «ситуация»  tone/avoid',
    );
    expect(en.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\)\n$/);
  });

  it('machine formats stay English whatever the language', async () => {
    const dir = await project({ 'pb/playbook.yaml': PLAYBOOK });
    const ru = await run(['check', '--lang', 'ru', '--format', 'json', 'pb'], { cwd: dir });
    const en = await run(['check', '--format', 'json', 'pb'], { cwd: dir });
    expect(ru.stdout).toBe(en.stdout);
    expect(ru.stdout).toContain('which the tone of voice avoids');
  });

  it('test: the human report in Russian; its last line stays `N passed, N failed` for CI scripts', async () => {
    const fixed = PLAYBOOK.replace('проблема будет решена', 'ситуация будет решена');
    const dir = await project({ 'pb/playbook.yaml': fixed, 'pb/complaints.yaml': COMPLAINTS });
    const r = await run(['test', '--lang', 'ru', '--ci', 'pb'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('    в pb/complaints.yaml:2:5\n');
    expect(r.stdout).toContain('      ожидалось: true\n      получено:  false\n');
    expect(r.stdout).toContain('    ход обработки:\n');
    // The trace under a failure is the team's language too (src/i18n/catalogs/trace.ts).
    expect(r.stdout).toContain('тип `complaint`: другие типы не подошли (тип по умолчанию)');
    expect(r.stdout).not.toContain('no other type matched');
    expect(r.stdout).toContain('Жалобы  1 не прошёл | 0 прошли (1 пример жалобы, 1 playbook)\n');
    expect(r.stdout).toMatch(/\n0 passed, 1 failed\n$/);
  });
});

describe('the language without --lang', () => {
  it("the configuration's `lang`; --lang comes first", async () => {
    const dir = await project({ 'pb/playbook.yaml': PLAYBOOK, 'replybook.config.yaml': 'lang: ru\n' });
    const r = await run(['check', 'pb'], { cwd: dir });
    expect(r.stdout).toMatch(/✖ 1 проблема \(1 ошибка, 0 предупреждений\)\n$/);
    const en = await run(['check', '--lang', 'en', 'pb'], { cwd: dir });
    expect(en.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\)\n$/);
  });

  it("sim --text: the configuration's `lang` before the playbook's locale, for the labels, the checks and the trace", async () => {
    const fixed = PLAYBOOK.replace('проблема будет решена', 'ситуация будет решена');
    const dir = await project({ 'pb/playbook.yaml': fixed, 'replybook.config.yaml': 'lang: en\n' });
    const args = ['sim', 'pb', '--text', 'Заказ опаздывает', '--author', 'Анна', '--at', '2026-03-02T11:00:00+03:00'];
    const en = await run(args, { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('type        complaint');
    expect(en.stdout).toContain('type `complaint`: no other type matched (fallback)');
    expect(en.stdout).toContain('The reply keeps the formal «вы»');
    // Without the configuration's word, the playbook's locale: Russian.
    await write(path.join(dir, 'replybook.config.yaml'), '{}\n');
    const ru = await run(args, { cwd: dir });
    expect(ru.stdout).toContain('тип `complaint`: другие типы не подошли (тип по умолчанию)');
    expect(ru.stdout).toContain('Ответ сохраняет обращение на «вы»');
    expect(ru.stdout).toContain('срок 3 марта 2026, 11:00 МСК: единственный срок, его задаёт sla.first_response (1 business day)');
    // --json is the same in every language, and has no messages as data.
    const json = await run([...args, '--json', '--lang', 'ru'], { cwd: dir });
    expect(json.stdout).toBe((await run([...args, '--json', '--lang', 'en'], { cwd: dir })).stdout);
    expect(json.stdout).not.toContain('"say"');
    expect(JSON.parse(json.stdout).trace[0].message).toBe('type `complaint`: no other type matched (fallback)');
  });

  it('LANG=ru_RU.UTF-8, and LC_ALL before it', async () => {
    const dir = await project({ 'pb/playbook.yaml': PLAYBOOK.replace('проблема будет решена', 'всё решим') });
    expect((await run(['check', 'pb'], { cwd: dir, env: { LANG: 'ru_RU.UTF-8' } })).stdout).toBe('✔ Проблем не найдено\n');
    expect((await run(['check', 'pb'], { cwd: dir, env: { LANG: 'ru_RU.UTF-8', LC_ALL: 'C.UTF-8' } })).stdout).toBe(
      '✔ Проблем не найдено\n',
    );
    expect((await run(['check', 'pb'], { cwd: dir, env: { LANG: 'ru_RU.UTF-8', LC_ALL: 'en_US.UTF-8' } })).stdout).toBe(
      '✔ No problems found\n',
    );
    expect((await run(['check', 'pb'], { cwd: dir, env: { LANG: 'C' } })).stdout).toBe('✔ No problems found\n');
  });

  it('usage errors in Russian: an unknown format, a missing path', async () => {
    const dir = await project({ 'pb/playbook.yaml': PLAYBOOK });
    const env = { LANG: 'ru_RU.UTF-8' };
    const format = await run(['check', '--format', 'html', 'pb'], { cwd: dir, env });
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('replybook check: неизвестный формат `html`, допустимы: stylish, json, sarif, github, junit, gitlab\n');
    const missing = await run(['test', 'nowhere'], { cwd: dir, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('replybook test: нет такого файла или папки: nowhere\n');
    const rules = await run(['rules', '--lang', 'ru'], { cwd: dir });
    expect(rules.stdout).toMatch(/\n\d+ правил(о|а)?\. Уровень правила \(off, info, warn, error\) задаётся в разделе `rules:`/);
  });
});
