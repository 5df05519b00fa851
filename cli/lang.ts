/**
 * The language of what a command prints for a person: `--lang` (a global option), then the
 * configuration's `lang`, then the playbook's locale when the output is about one playbook, then
 * the environment (`LANG`). One place for every command (src/i18n's `resolveLang`).
 */
import { resolveLang, type Lang } from '../src/i18n/index.js';
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
