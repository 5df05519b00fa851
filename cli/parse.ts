/**
 * The command line's grammar (commander) and the dispatch to the commands. Each command's module
 * is imported only when it runs, so `check` and `test` never load Ink and React; this module
 * itself is imported by `main` (program.ts) only when a run is not answered from the cache.
 */
import { Command, Option } from 'commander';
import { visible } from '../src/report/visible.js';
import { LANGS } from '../src/i18n/index.js';
import type { CliIO } from '../src/node/io.js';
import { VERSION } from './version.js';

export { CommanderError } from 'commander';

type Runner = (opts: never, io: CliIO, extra: { args: string[]; argv: string[] }) => Promise<number>;

/** Each command's module, imported only when that command runs (so `check` never loads Ink). */
const COMMANDS: Record<string, () => Promise<{ run: Runner }>> = {
  check: () => import('./commands/check.js'),
  test: () => import('./commands/test.js'),
  sim: () => import('./commands/sim.js'),
  build: () => import('./commands/build.js'),
  watch: () => import('./commands/watch.js'),
  diff: () => import('./commands/diff.js'),
  lsp: () => import('./commands/lsp.js'),
  init: () => import('./commands/init.js'),
  rules: () => import('./commands/rules.js'),
  backtest: () => import('./commands/backtest.js'),
};

/** Collects a repeatable option's values (`--map a=B --map c=D`). */
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Builds the program; `setExit` receives the command's exit code. */
export function program(io: CliIO, argv: string[], setExit: (code: number) => void): Command {
  const load =
    (name: string) =>
    async (...params: unknown[]) => {
      const cmd = params[params.length - 1] as Command;
      const mod = await COMMANDS[name]();
      const opts = cmd.optsWithGlobals() as { cache?: boolean; cacheLocation?: string };
      const run = (runIO: CliIO) => mod.run(opts as never, runIO, { args: cmd.args, argv });
      if (!opts.cache) return setExit(await run(io));
      // Recorded for the next run with the same arguments (src/node/cache.ts).
      const { runCached } = await import('../src/node/cache.js');
      setExit(await runCached({ argv, io, version: VERSION, location: opts.cacheLocation }, run));
    };
  const p = new Command('replybook')
    .description('Write, test and ship response playbooks for answering negative mentions.')
    .version(VERSION, '-v, --version')
    // Only the languages replybook has catalogues for: anything else is a usage error that lists them.
    .addOption(
      new Option('--lang <lang>', "the language of what a person reads (default: the config's lang, the playbook's locale, LANG)").choices(
        LANGS,
      ),
    )
    .showHelpAfterError('(run replybook --help for usage)')
    // Commander's errors quote the arguments (`unknown option '…'`): escaped like every message.
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) =>
        io.stderr.write(
          s
            .split('\n')
            .map((l) => visible(l))
            .join('\n'),
        ),
    })
    .exitOverride();

  const formats = 'stylish, json, sarif, github, junit, gitlab';
  p.command('check')
    .description('Validate playbooks: YAML, schema, references, templates, tone of voice')
    .argument('[paths...]', 'playbook folders or files', [])
    .option('-f, --format <format>', `report format (${formats}); repeatable with -o`, 'stylish')
    .option('-o, --output <file>', 'write the report of the --format before it to a file')
    .option('--max-warnings <n>', 'fail when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('--report-unused-disable-directives', 'report `# replybook-disable…` comments that silence nothing, as errors')
    .option('-j, --jobs <n>', 'playbooks checked in parallel (default: the number of cores; 1 runs in process)')
    .option('--cache', 'answer from the cache when nothing the last identical run read has changed')
    .option('--cache-location <dir>', 'the cache folder, inside the project (default: node_modules/.cache/replybook)')
    .option('--fix', "apply the certain fixes (the language server's preferred quick fixes) to the files, then report what is left")
    .option('--fix-dry-run', 'list the fixes --fix would apply, writing nothing')
    .action(load('check'));

  p.command('test')
    .description('Run every sample complaint through its playbook and compare with what it expects')
    .argument('[paths...]', 'playbook folders or files', [])
    .option('-f, --format <format>', 'human, json, junit, sarif, github, gitlab; repeatable with -o (default: human)')
    .option('-r, --reporter <reporter>', 'the same as --format (its older name)')
    .option('-o, --output <file>', 'write the report of the --format before it to a file')
    .option('--filter <text>', 'only complaints whose id, file or playbook contains this')
    .option('--bail', 'stop at the first failing complaint')
    .option('--pass-with-no-tests', 'exit 0 when no sample complaint is found or matches --filter')
    .option('-u, --update', 'rewrite the reply snapshots (and remove obsolete ones)')
    .option('--ci', 'a missing reply snapshot fails instead of being written (the default when CI is set)')
    .option('--no-ci', 'write missing reply snapshots even when CI is set')
    .option('--coverage', 'show which types, templates, escalations and channels the samples reach')
    .option('--timeout <ms>', 'time budget of each complaint, in milliseconds (default 1000)')
    .option('-q, --quiet', 'report errors only (no warnings or infos)')
    .option('--report-unused-disable-directives', 'report `# replybook-disable…` comments that silence nothing, as errors')
    .option('-j, --jobs <n>', 'playbooks checked and run in parallel (default: the number of cores; 1 runs in process)')
    .option('--cache', 'answer from the cache when nothing the last identical run read has changed')
    .option('--cache-location <dir>', 'the cache folder, inside the project (default: node_modules/.cache/replybook)')
    .action(load('test'));

  p.command('sim')
    .description('Try a playbook: the terminal simulator, or one complaint with --text')
    .argument('[playbook]', 'playbook folder', '.')
    .option('--text <text>', 'the complaint text (no interface: print the outcome)')
    .option('--channel <id>', 'the channel it came from')
    .option('--author <name>', "the author's name")
    .option('--followers <n>', "the author's followers")
    .option('--verified', "the author's account is verified")
    .option('--at <time>', 'when it was posted (ISO 8601 with an offset, 1970 to 2999; default: now)')
    .option('--voice <id>', 'reply in this voice')
    .addOption(new Option('-f, --format <format>', 'with --text: text or json').choices(['text', 'json']))
    .option('--json', 'the same as --format json')
    .option('--timeout <ms>', 'time budget of the complaint, in milliseconds (default 1000)')
    .action(load('sim'));

  p.command('build')
    .description('Build the reply library, the agent handbook and the approved replies, if everything passes')
    .argument('[paths...]', 'playbook folders', [])
    .requiredOption('--out <dir>', 'output folder')
    .option('--allow-failing-tests', 'build even when sample complaints fail (recorded in the manifest)')
    .option('--timeout <ms>', 'time budget of each sample complaint, in milliseconds (default 1000)')
    .option('--ci', 'a missing reply snapshot fails instead of being written, as in `test --ci` (the default when CI is set)')
    .option('--no-ci', 'write missing reply snapshots even when CI is set')
    .action(load('build'));

  p.command('watch')
    .description('Re-run check and the sample complaints on every change')
    .argument('[paths...]', 'playbook folders', [])
    .option('--build <dir>', 'rebuild the artifacts after each clean run')
    .action(load('watch'));

  p.command('diff')
    .description('What a change does to customers: compare with a git revision')
    .argument('[paths...]', 'playbook folders', [])
    .requiredOption('--base <ref>', 'the git revision to compare with')
    .addOption(
      new Option('-f, --format <format>', 'terminal, markdown or json').choices(['terminal', 'markdown', 'json']).default('terminal'),
    )
    .option('--fail-on-change', 'exit 1 when any reply changes')
    .option(
      '--mentions <files...>',
      'an export of real mentions (as `backtest` reads it): the comment says how many the change handles differently',
    )
    .option('--ci', 'count a missing reply snapshot as failing, as `test --ci` does (the default when CI is set)')
    .option('--no-ci', 'count a missing reply snapshot as one `test` would write')
    .action(load('diff'));

  p.command('lsp')
    .description('Start the language server (for VS Code, Neovim and other LSP editors)')
    .option('--stdio', 'talk over standard input and output (the default)')
    .action(load('lsp'));

  p.command('rules')
    .description('List every rule: its default severity, whether it is fixable, and its documentation')
    .addOption(new Option('-f, --format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(load('rules'));

  p.command('init')
    .description('Start a playbook: a small complete one that passes check and test, with editor and CI settings')
    .argument('[dir]', 'the repository folder to write into', '.')
    .option('--locale <locale>', 'ru or en (asked in a terminal when not given)')
    .option('--brand <name>', 'the brand the playbook answers for (asked in a terminal when not given)')
    .option('--timezone <zone>', 'IANA time zone of the support team, such as Europe/Moscow (asked in a terminal)')
    .option('--channels <ids>', "the seed's channels to keep, comma-separated (default: all; asked in a terminal)")
    .option('--calendar <code>', 'public holidays of a country (default: ru for --locale ru, none for en)')
    .option('--force', 'overwrite files that exist')
    .action(load('init'));
  p.command('backtest')
    .description("Run a playbook over a monitoring service's export of real mentions and report what it would have done")
    .argument('[playbook]', 'playbook folder', '.')
    .requiredOption('--mentions <files...>', 'the export: CSV (any delimiter, UTF-8 or Windows-1251), XLSX (the first sheet) or JSON Lines')
    .option('--map <field=column>', 'the column of a field (text, channel, author, followers, at, url, id); repeatable', collect)
    .option('--channel-map <name=channel>', "a platform name of the export as one of the playbook's channels; repeatable", collect)
    .option('--label <column>', 'compare with the type in this column (the team’s own tagging)')
    .option('--label-map <value=type>', 'a label value as a type; repeatable', collect)
    .option('--base <ref>', 'also run the export through the playbook at this git revision and report what changes')
    .option('--encoding <name>', 'the export’s encoding (default: detected; utf-8, windows-1251, …)')
    .option('-f, --format <format>', 'markdown, json, csv, html; repeatable (default: markdown, or all four with --out)', collect)
    .option('--out <dir>', 'write report.html, report.json, report.md and report.csv into this folder')
    .option('--sample <n>', 'mentions kept per type for the report; with --save-misses, the sample is saved instead of the disagreements')
    .option('--save-misses <file>', 'write the disagreements (or --sample) as sample complaints to review')
    .option('--mask-authors', 'replace author names, handles and links in what --save-misses writes')
    .option('--timeout <ms>', 'time budget of each mention, in milliseconds (default: none)')
    .option('-j, --jobs <n>', 'worker threads running the engine (default: the number of cores; 1 runs in process)')
    .action(load('backtest'));
  return p;
}
