/**
 * Help screens and commander's usage errors in the team's language (cli/parse.ts, the `cli-help`
 * catalogue): `--lang`, else the working folder's configuration's `lang`, else `LANG`. English
 * stays byte for byte what commander always printed; a quoted argument is escaped in either.
 */
import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { CommanderError, program } from '../../cli/parse.js';
import { VERSION } from '../../cli/version.js';
import type { CliIO } from '../../src/node/io.js';
import { run, tempProject, write } from './helpers.js';

/** commander's own English, which no Russian help may keep. */
const ENGLISH = /Usage|Options|Commands|Arguments|display help|output the version|default:|choices:|\[options\]|\[command\]/;
const RU = { LANG: 'ru_RU.UTF-8' };
const COMMANDS = ['check', 'test', 'sim', 'build', 'watch', 'diff', 'lsp', 'rules', 'init', 'backtest'];

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

/** A project whose configuration says `lang: ru`; returns its folder. */
async function russianProject(): Promise<string> {
  const p = await tempProject();
  cleanup = p.cleanup;
  await write(path.join(p.dir, 'replybook.config.yaml'), 'lang: ru\n');
  await write(path.join(p.dir, 'team', 'notes.txt'), 'a subfolder of the project\n');
  return p.dir;
}

const PROGRAM_HELP_EN = [
  'Usage: replybook [options] [command]',
  '',
  'Write, test and ship response playbooks for answering negative mentions.',
  '',
  'Options:',
  '  -v, --version                  output the version number',
  '  --lang <lang>                  the language of what a person reads (default:',
  "                                 the config's lang, the playbook's locale, LANG)",
  '                                 (choices: "en", "ru")',
  '  -h, --help                     display help for command',
  '',
  'Commands:',
  '  check [options] [paths...]     Validate playbooks: YAML, schema, references,',
  '                                 templates, tone of voice',
  '  test [options] [paths...]      Run every sample complaint through its playbook',
  '                                 and compare with what it expects',
  '  sim [options] [playbook]       Try a playbook: the terminal simulator, or one',
  '                                 complaint with --text',
  '  build [options] [paths...]     Build the reply library, the agent handbook and',
  '                                 the approved replies, if everything passes',
  '  watch [options] [paths...]     Re-run check and the sample complaints on every',
  '                                 change',
  '  diff [options] [paths...]      What a change does to customers: compare with a',
  '                                 git revision',
  '  lsp [options]                  Start the language server (for VS Code, Neovim',
  '                                 and other LSP editors)',
  '  rules [options]                List every rule: its default severity, whether',
  '                                 it is fixable, and its documentation',
  '  init [options] [dir]           Start a playbook: a small complete one that',
  '                                 passes check and test, with editor and CI',
  '                                 settings',
  "  backtest [options] [playbook]  Run a playbook over a monitoring service's",
  '                                 export of real mentions and report what it',
  '                                 would have done',
  '  help [command]                 display help for command',
  '',
].join('\n');
const CHECK_HELP_EN = [
  'Usage: replybook check [options] [paths...]',
  '',
  'Validate playbooks: YAML, schema, references, templates, tone of voice',
  '',
  'Arguments:',
  '  paths                               playbook folders or files (default: [])',
  '',
  'Options:',
  '  -f, --format <format>               report format (stylish, json, sarif,',
  '                                      github, junit, gitlab); repeatable with -o',
  '                                      (default: "stylish")',
  '  -o, --output <file>                 write the report of the --format before it',
  '                                      to a file',
  '  --max-warnings <n>                  fail when there are more warnings than',
  '                                      this',
  '  -q, --quiet                         report errors only',
  '  --report-unused-disable-directives  report `# replybook-disable…` comments',
  '                                      that silence nothing, as errors',
  '  -j, --jobs <n>                      playbooks checked in parallel (default:',
  '                                      the number of cores; 1 runs in process)',
  '  --cache                             answer from the cache when nothing the',
  '                                      last identical run read has changed',
  '  --cache-location <dir>              the cache folder, inside the project',
  '                                      (default: node_modules/.cache/replybook)',
  '  --fix                               apply the certain fixes (the language',
  "                                      server's preferred quick fixes) to the",
  '                                      files, then report what is left',
  '  --fix-dry-run                       list the fixes --fix would apply, writing',
  '                                      nothing',
  '  -h, --help                          display help for command',
  '',
].join('\n');

describe('help in Russian', () => {
  it('the program: headings, descriptions and commander’s words', async () => {
    const r = await run(['--lang', 'ru', '--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Использование: replybook \[параметры\] \[команда\]\n\nСоздание, проверка и выпуск playbook/);
    for (const text of ['Параметры:', 'Команды:', 'показать номер версии', 'показать справку по команде', '(варианты: "en", "ru")']) {
      expect(r.stdout).toContain(text);
    }
    expect(r.stdout).toMatch(/check \[параметры\] \[paths\.\.\.\] +Проверить playbook: YAML, схему, ссылки,/);
    expect(r.stdout).toMatch(/help \[команда\] +показать справку по команде\n$/);
    expect(r.stdout).not.toMatch(ENGLISH);
  });

  it('check, test and backtest: arguments, options and their defaults', async () => {
    const check = await run(['check', '--help', '--lang', 'ru']);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^Использование: replybook check \[параметры\] \[paths\.\.\.\]\n/);
    expect(check.stdout).toContain('Аргументы:\n  paths ');
    expect(check.stdout).toMatch(/папки или файлы playbook \(по умолчанию:\s+\[\]\)/);
    expect(check.stdout).toMatch(/каждый раз с -o \(по умолчанию: "stylish"\)/);
    expect(check.stdout).toMatch(/-q, --quiet +сообщать только об ошибках\n/);

    const test = await run(['help', 'test'], { env: RU });
    expect(test.code).toBe(0);
    expect(test.stdout).toMatch(
      /^Использование: replybook test \[параметры\] \[paths\.\.\.\]\n\nПрогнать каждый пример жалобы через его playbook/,
    );
    expect(test.stdout).toMatch(/-u, --update +перезаписать снимки ответов \(и удалить\s+устаревшие\)/);

    const backtest = await run(['backtest', '-h'], { env: RU });
    expect(backtest.stdout).toMatch(/Прогнать playbook по выгрузке реальных\s+упоминаний/);
    expect(backtest.stdout).toMatch(/--mentions <files\.\.\.> +выгрузка: CSV/);
    expect(backtest.stdout).toContain('(по умолчанию: ".")');

    const diff = await run(['diff', '--help'], { env: RU });
    expect(diff.stdout).toMatch(/\(варианты: "terminal",\s+"markdown", "json"; по умолчанию: "terminal"\)/);
  });

  it.each(COMMANDS)('%s --help keeps no English word of commander’s', async (command) => {
    const r = await run([command, '--help'], { env: RU });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Использование: replybook /);
    expect(r.stdout).toContain('Параметры:\n');
    expect(r.stdout).toMatch(/-h, --help +показать справку по команде\n$/);
    expect(r.stdout).not.toMatch(ENGLISH);
  });

  it('replybook without a command: the help on stderr, exit 2, in Russian', async () => {
    const r = await run([], { env: RU });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Использование: replybook \[параметры\] \[команда\]/);
  });

  it('the version is the version', async () => {
    expect(await run(['--version'], { env: RU })).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});

describe('which language', () => {
  it('--lang ru beats LANG=C, and --lang en beats LANG=ru_RU', async () => {
    const ru = await run(['test', '--help', '--lang', 'ru'], { env: { LANG: 'C' } });
    expect(ru.stdout).toMatch(/^Использование:/);
    const en = await run(['--lang', 'en', '--help'], { env: RU });
    expect(en.stdout).toBe(`${PROGRAM_HELP_EN}`);
  });

  it('a --lang the parse refuses still says which language: Russian for ru-RU', async () => {
    const r = await run(['--lang', 'ru-RU', 'check', 'playbooks'], { env: { LANG: 'C' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ошибка: недопустимое значение `ru-RU` параметра `--lang <lang>`. Допустимые значения: en, ru.\n');
  });

  it('lang: ru in the working folder’s project configuration, also from a subfolder', async () => {
    const dir = await russianProject();
    for (const cwd of [dir, path.join(dir, 'team')]) {
      const help = await run(['check', '--help'], { cwd, env: { LANG: 'C' } });
      expect(help.stdout).toMatch(/^Использование: replybook check/);
      const error = await run(['check', '--frmat', 'json'], { cwd });
      expect(error.code).toBe(2);
      expect(error.stderr).toBe(
        'ошибка: неизвестный параметр `--frmat`\n(Возможно, вы имели в виду --format?)\n(справка: replybook --help)\n',
      );
    }
    // The flag beats the configuration.
    const en = await run(['check', '--help', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toBe(CHECK_HELP_EN);
  });

  it('LANG=ru_RU.UTF-8 without a configuration', async () => {
    const r = await run(['frobnicate'], { env: RU });
    expect(r.stderr).toBe('ошибка: неизвестная команда `frobnicate`\n(справка: replybook --help)\n');
  });
});

describe('usage errors in Russian (exit 2, nothing on stdout)', () => {
  it.each([
    [['check', '--formt', 'json'], 'ошибка: неизвестный параметр `--formt`\n(Возможно, вы имели в виду --format?)'],
    [['check', 'playbooks', '-Z'], 'ошибка: неизвестный параметр `-Z`'],
    [['check', '--format'], 'ошибка: не указано значение параметра `-f, --format <format>`'],
    [['diff'], 'ошибка: не указан обязательный параметр `--base <ref>`'],
    [
      ['sim', '--format', 'yaml'],
      'ошибка: недопустимое значение `yaml` параметра `-f, --format <format>`. Допустимые значения: text, json.',
    ],
    [['test', '--lang', 'fr'], 'ошибка: недопустимое значение `fr` параметра `--lang <lang>`. Допустимые значения: en, ru.'],
    [['chek'], 'ошибка: неизвестная команда `chek`\n(Возможно, вы имели в виду check?)'],
    [['sim', 'a', 'b'], 'ошибка: команде `sim` передано слишком много аргументов: 2, а можно не больше 1.'],
    [['rules', 'extra'], 'ошибка: команда `rules` не принимает аргументов (передано: 1).'],
  ])('%j', async (argv, message) => {
    const r = await run(argv, { env: RU });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${message}\n(справка: replybook --help)\n`);
  });

  it('a missing required argument', async () => {
    const ru = await parseWith(['x'], 'ru');
    expect(ru).toBe('ошибка: не указан обязательный аргумент `playbook`\n(справка: replybook --help)\n');
    const en = await parseWith(['x'], 'en');
    expect(en).toBe("error: missing required argument 'playbook'\n(run replybook --help for usage)\n");
  });

  it('a suggestion of several', async () => {
    expect(await parseWith(['x', '--alpha'], 'ru')).toBe(
      'ошибка: неизвестный параметр `--alpha`\n(Возможно, вы имели в виду одно из: --alpha1, --alpha2?)\n(справка: replybook --help)\n',
    );
    expect(await parseWith(['x', '--alpha'], 'en')).toBe(
      "error: unknown option '--alpha'\n(Did you mean one of --alpha1, --alpha2?)\n(run replybook --help for usage)\n",
    );
  });

  it('the offending argument is quoted escaped: an escape sequence, a bell, a line break', async () => {
    const option = await run(['check', '--x\u001b]0;pwned\u0007'], { env: RU });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('ошибка: неизвестный параметр `--x\\x1B]0;pwned\\x07`\n');
    const command = await run(['fro\u0007b\nnext'], { env: RU });
    expect(command.stderr).toContain('ошибка: неизвестная команда `fro\\x07b\\nnext`\n');
    const choice = await run(['sim', '--format', 'te\u009bxt'], { env: RU });
    expect(choice.stderr).toContain('недопустимое значение `te\\x9Bxt` параметра');
    for (const r of [option, command, choice]) expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('English is unchanged', () => {
  it('the help screens', async () => {
    expect((await run(['--help'])).stdout).toBe(PROGRAM_HELP_EN);
    expect((await run(['help'], { env: { LANG: 'C' } })).stdout).toBe(PROGRAM_HELP_EN);
    expect((await run(['check', '--help'])).stdout).toBe(CHECK_HELP_EN);
    expect((await run(['help', 'check'], { env: { LANG: 'en_US.UTF-8' } })).stdout).toBe(CHECK_HELP_EN);
  });

  it.each([
    [['check', '--formt', 'json'], "error: unknown option '--formt'\n(Did you mean --format?)"],
    [['check', '--format'], "error: option '-f, --format <format>' argument missing"],
    [['diff'], "error: required option '--base <ref>' not specified"],
    [['--lang', 'fr', 'check'], "error: option '--lang <lang>' argument 'fr' is invalid. Allowed choices are en, ru."],
    [['chek'], "error: unknown command 'chek'\n(Did you mean check?)"],
    [['sim', 'a', 'b'], "error: too many arguments for 'sim'. Expected 1 argument but got 2."],
    [['lsp', 'extra'], "error: too many arguments for 'lsp'. Expected 0 arguments but got 1."],
    [['check', '--x\u001b]0;pwned\u0007'], "error: unknown option '--x\\x1B]0;pwned\\x07'"],
  ])('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${message}\n(run replybook --help for usage)\n`);
  });
});

/** What the grammar in `lang`, with a command `x <playbook>` (options `--alpha1`, `--alpha2`) added, writes to stderr for `argv`. */
async function parseWith(argv: string[], lang: 'en' | 'ru'): Promise<string> {
  let stderr = '';
  const io: CliIO = {
    stdout: { write: () => undefined },
    stderr: {
      write: (s: string) => {
        stderr += s;
      },
    },
    cwd: process.cwd(),
    env: {},
  };
  const p = program(io, argv, () => undefined, { lang });
  p.command('x')
    .argument('<playbook>', 'playbook folder')
    .option('--alpha1', 'one')
    .option('--alpha2', 'two')
    .action(() => undefined);
  await expect(p.parseAsync(argv, { from: 'user' })).rejects.toBeInstanceOf(CommanderError);
  return stderr;
}
