/**
 * The language of what a command prints for a person: `--lang` (a global option), then the
 * configuration's `lang`, then the playbook's locale when the output is about one playbook, then
 * the environment (`LANG`). One place for every command (src/i18n's `resolveLang`).
 */
import { langOf, resolveLang, type Lang } from '../src/i18n/index.js';
import type { CliIO } from '../src/node/io.js';
import type { ConfiguredProject } from '../src/node/project-config.js';

export function commandLang(
  opts: { lang?: string | undefined },
  io: CliIO,
  configured?: Pick<ConfiguredProject, 'config'>,
  playbookLocale?: string,
): Lang {
  return resolveLang({ flag: opts.lang, config: configured?.config.lang, playbook: playbookLocale, env: io.env });
}

/**
 * `--lang`'s value as the arguments write it (`--lang ru`, `--lang=ru`; the last one before `--`),
 * read without commander: a help screen or a usage error has no parsed options to ask.
 */
export function langInArgv(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') value = argv[++i];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  return value;
}

/**
 * The language of a help screen or a usage error, where there is no playbook yet: `--lang` in the
 * arguments (even when the parse fails after it; `--lang ru-RU` speaks Russian to say it is not a
 * choice), else the `lang` of the working folder's project configuration, found and read as a
 * command without paths finds and reads it (src/node/project-config.ts, through the project's
 * door), else the environment. Read only when commander has something to say.
 */
export async function usageLang(argv: readonly string[], io: CliIO): Promise<Lang> {
  const flag = langInArgv(argv);
  if (langOf(flag)) return resolveLang({ flag });
  let config: string | undefined;
  try {
    const { openConfiguredProject } = await import('../src/node/project-config.js');
    config = (await openConfiguredProject(io.cwd, io.fs ? { fs: io.fs } : {})).config.lang;
  } catch {
    // A working folder that cannot be opened has no configuration to speak of: the environment decides.
  }
  return resolveLang({ config, env: io.env });
}
