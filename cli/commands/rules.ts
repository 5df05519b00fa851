/** `replybook rules [--format text|json]`: every rule with its default severity, whether it is fixable, and its documentation link. */
import { absoluteRuleUrl, ruleUrl } from '../../src/diagnostics/rule-url.js';
import { RULES } from '../../src/validate/index.js';
import { EXIT, type CliIO } from '../../src/node/io.js';
import { DOCS_BASE } from '../version.js';
import { translate } from '../../src/i18n/index.js';
import { cliMessages } from '../../src/i18n/catalogs/cli.js';
import { commandLang } from '../lang.js';
import { openCommandProject } from '../project.js';

/** The severity as the configuration writes it (`warn`, not `warning`). */
const LEVEL = { error: 'error', warning: 'warn', info: 'info' } as const;

export async function run(opts: { format?: string; lang?: string }, io: CliIO): Promise<number> {
  const rows = RULES.map((r) => ({
    id: r.id,
    severity: LEVEL[r.severity],
    fixable: r.fixable === true,
    description: r.description,
    url: ruleUrl(r.id),
  }));
  if (opts.format === 'json') {
    io.stdout.write(
      `${JSON.stringify(
        rows.map((r) => ({ ...r, ...(DOCS_BASE ? { href: absoluteRuleUrl(r.url, DOCS_BASE) } : {}) })),
        null,
        2,
      )}\n`,
    );
    return EXIT.ok;
  }
  // The configuration's `lang` counts too; `rules` reads nothing else of the project.
  const t = translate(cliMessages, commandLang(opts, io, opts.lang ? undefined : await openCommandProject(io)));
  const fixable = t('rules.fixable');
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const lines = rows.map(
    (r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(5)}  ${r.fixable ? fixable : ' '.repeat(fixable.length)}  ${r.url}`,
  );
  io.stdout.write(`${lines.join('\n')}\n\n${t('rules.footer', { n: rows.length })}\n`);
  return EXIT.ok;
}
