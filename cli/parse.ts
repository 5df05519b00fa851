/**
 * The command line's grammar (commander) and the dispatch to the commands. Each command's module
 * is imported only when it runs, so `check` and `test` never load Ink and React; this module
 * itself is imported by `main` (program.ts) only when a run is not answered from the cache.
 *
 * What commander prints — the help screens and the usage errors — is in the team's language: the
 * descriptions, commander's own words and its errors come from the `cli-help` catalogue in either
 * language. The language of a help or an error is known only once it is needed (the configuration
 * is read then, not on every run): commander's output is held while it parses; a run that reaches
 * its command releases it untouched (there was none), and a help or usage error in English is
 * written as held, while one in Russian is parsed again by the grammar built in Russian.
 */
import { Command, CommanderError, Help, Option, type Argument } from 'commander';
import { visible } from '../src/report/visible.js';
import { LANGS, translate, type Lang, type Translate } from '../src/i18n/index.js';
import { cliHelpMessages, type CliHelpMessageId } from '../src/i18n/catalogs/cli-help.js';
import { EXIT, type CliIO } from '../src/node/io.js';
import { VERSION } from './version.js';

export { CommanderError };

type Runner = (opts: never, io: CliIO, extra: { args: string[]; argv: string[] }) => Promise<number>;
type T = Translate<CliHelpMessageId>;

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

/**
 * Parses the arguments and runs the command; the exit code (2 for a usage error). A help screen or
 * usage error is in the language `usageLang` finds (cli/lang.ts): `--lang` in the arguments, else
 * the configuration's `lang`, else the environment.
 */
export async function runCommandLine(io: CliIO, argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const setExit = (c: number) => {
    code = c;
  };
  const exitOf = (e: CommanderError) => (e.exitCode === 0 ? EXIT.ok : EXIT.usage);
  const held = commanderOutput(io, true);
  try {
    await program(io, argv, setExit, { output: held }).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    // Once a command runs, commander's output is no longer held: nothing to say again.
    if (held.released) return exitOf(e);
    // The grammar refused the arguments or printed a help (or the version): what it printed is
    // held, and written as it is in English, or said again by the grammar in the team's language.
    const { usageLang } = await import('./lang.js');
    const lang = e.code === 'commander.version' ? 'en' : await usageLang(argv, io);
    if (lang === 'en') {
      held.release();
      return exitOf(e);
    }
    try {
      await program(io, argv, setExit, { lang }).parseAsync(argv, { from: 'user' });
      return code;
    } catch (again) {
      if (again instanceof CommanderError) return exitOf(again);
      throw again;
    }
  }
}

/** Where commander writes: the streams, escaped; while `hold`, kept until `release` (else never written). */
interface CommanderOutput {
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** Writes what was held and writes directly from now on. */
  release(): void;
  readonly released: boolean;
}

function commanderOutput(io: CliIO, hold: boolean): CommanderOutput {
  // Commander's errors quote the arguments (`unknown option '…'`): escaped like every message.
  const streams = {
    out: (s: string) => io.stdout.write(s),
    err: (s: string) =>
      io.stderr.write(
        s
          .split('\n')
          .map((l) => visible(l))
          .join('\n'),
      ),
  };
  let held: Array<[keyof typeof streams, string]> | undefined = hold ? [] : undefined;
  const write = (stream: keyof typeof streams, text: string) => (held ? held.push([stream, text]) : streams[stream](text));
  return {
    writeOut: (s) => write('out', s),
    writeErr: (s) => write('err', s),
    release() {
      const pending = held ?? [];
      held = undefined;
      for (const [stream, text] of pending) streams[stream](text);
    },
    get released() {
      return held === undefined;
    },
  };
}

/**
 * A command whose usage errors are said in the grammar's language: commander builds each error's
 * English message and passes it with its code to `error`, where `say` puts it in words.
 */
class SpokenCommand extends Command {
  say: ((command: Command, message: string, code: string | undefined) => string) | undefined;

  override createCommand(name?: string): SpokenCommand {
    const command = new SpokenCommand(name);
    command.say = this.say;
    return command;
  }

  override error(message: string, errorOptions?: Parameters<Command['error']>[1]): never {
    return super.error(this.say ? this.say(this, message, errorOptions?.code) : message, errorOptions);
  }
}

/**
 * A usage error of commander in `lang`, from its English message (commander 14's wording) and its
 * code; a message of another form stays as commander wrote it. In Russian the quoted argument is
 * escaped here too (a line break in it included); the English keeps commander's bytes, escaped line
 * by line when written.
 */
function spokenError(t: T, lang: Lang, command: Command, message: string, code: string | undefined): string {
  const quote = lang === 'en' ? (s: string) => s : (s: string) => visible(s, { continuesLine: true });
  // Commander's suggestion: `(Did you mean --format?)`, or `(Did you mean one of a, b?)` for a tie.
  const suggested = (text: string, oneOf: string | undefined, suggestion: string | undefined) =>
    suggestion === undefined
      ? text
      : `${text}\n${oneOf ? t('error.didYouMeanOneOf', { suggestions: suggestion }) : t('error.didYouMean', { suggestion })}`;
  let m: RegExpExecArray | null;
  switch (code) {
    case 'commander.unknownOption':
      if ((m = /^error: unknown option '([\s\S]*)'(?:\n\(Did you mean (one of )?([^\n]+)\?\))?$/.exec(message)))
        return suggested(t('error.unknownOption', { flag: quote(m[1]!) }), m[2], m[3]);
      break;
    case 'commander.unknownCommand':
      if ((m = /^error: unknown command '([\s\S]*)'(?:\n\(Did you mean (one of )?([^\n]+)\?\))?$/.exec(message)))
        return suggested(t('error.unknownCommand', { command: quote(m[1]!) }), m[2], m[3]);
      break;
    case 'commander.missingArgument':
      if ((m = /^error: missing required argument '([\s\S]*)'$/.exec(message))) return t('error.missingArgument', { name: m[1] });
      break;
    case 'commander.optionMissingArgument':
      if ((m = /^error: option '([\s\S]*)' argument missing$/.exec(message))) return t('error.optionMissingArgument', { flags: m[1] });
      break;
    case 'commander.missingMandatoryOptionValue':
      if ((m = /^error: required option '([\s\S]*)' not specified$/.exec(message)))
        return t('error.missingMandatoryOption', { flags: m[1] });
      break;
    case 'commander.invalidArgument':
      if ((m = /^error: option '([^']*)' argument '([\s\S]*)' is invalid\. Allowed choices are (.*)\.$/.exec(message)))
        return t('error.invalidChoice', { flags: m[1], value: quote(m[2]!), choices: m[3] });
      break;
    case 'commander.excessArguments':
      if ((m = /^error: too many arguments for '([\s\S]*)'\. Expected (\d+) arguments? but got (\d+)\.$/.exec(message)))
        return t('error.excessArguments', { command: command.name(), expected: Number(m[2]), got: m[3] });
      break;
  }
  return message;
}

/** Commander's headings, as its `formatHelp` passes them to `styleTitle`. */
const HEADINGS: Readonly<Record<string, CliHelpMessageId>> = {
  'Usage:': 'heading.usage',
  'Arguments:': 'heading.arguments',
  'Options:': 'heading.options',
  'Global Options:': 'heading.globalOptions',
  'Commands:': 'heading.commands',
};

/**
 * Commander's help in the catalogue's words: the headings, `[options]` and `[command]` in a usage
 * line and a command's term, and the `(choices: …, default: …)` after a description — what
 * commander's `Help` does, with its words from the catalogue (the English ones are commander's).
 */
function spokenHelp(t: T): Partial<Help> {
  const words = (usage: string) =>
    usage
      .split(' ')
      .map((w) => (w === '[options]' ? t('usage.options') : w === '[command]' ? t('usage.command') : w))
      .join(' ');
  const described = (description: string, extra: string[]) => {
    if (extra.length === 0) return description;
    const more = `(${extra.join(t('extra.separator'))})`;
    return description ? `${description} ${more}` : more;
  };
  const choices = (list: readonly string[] | undefined) =>
    list ? [t('extra.choices', { list: list.map((c) => JSON.stringify(c)).join(', ') })] : [];
  const shown = (value: unknown, description: string | undefined) => t('extra.default', { value: description || JSON.stringify(value) });
  return {
    styleTitle: (title: string) => {
      const id = HEADINGS[title];
      return id ? t(id) : title;
    },
    commandUsage(this: Help, cmd: Command) {
      return words(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command) {
      return words(Help.prototype.subcommandTerm.call(this, cmd));
    },
    optionDescription(option: Option) {
      const extra = choices(option.argChoices);
      // As commander: the default of a boolean or negated option is for the programmer, not shown.
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (option.defaultValue !== undefined && showDefault) extra.push(shown(option.defaultValue, option.defaultValueDescription));
      if (option.presetArg !== undefined && option.optional) extra.push(t('extra.preset', { value: JSON.stringify(option.presetArg) }));
      if (option.envVar !== undefined) extra.push(t('extra.env', { name: option.envVar }));
      return described(option.description, extra);
    },
    argumentDescription(argument: Argument) {
      const extra = choices(argument.argChoices);
      if (argument.defaultValue !== undefined) extra.push(shown(argument.defaultValue, argument.defaultValueDescription));
      return described(argument.description, extra);
    },
  };
}

/**
 * Builds the program in `lang` (default English); `setExit` receives the command's exit code.
 * `output`: where commander writes (default: the streams directly).
 */
export function program(
  io: CliIO,
  argv: string[],
  setExit: (code: number) => void,
  { lang = 'en', output = commanderOutput(io, false) }: { lang?: Lang; output?: CommanderOutput } = {},
): Command {
  const t = translate(cliHelpMessages, lang);
  const load =
    (name: string) =>
    async (...params: unknown[]) => {
      // The grammar has accepted the arguments: whatever commander still says is said as it comes.
      output.release();
      const cmd = params[params.length - 1] as Command;
      const mod = await COMMANDS[name]();
      const opts = cmd.optsWithGlobals() as { cache?: boolean; cacheLocation?: string };
      const run = (runIO: CliIO) => mod.run(opts as never, runIO, { args: cmd.args, argv });
      if (!opts.cache) return setExit(await run(io));
      // Recorded for the next run with the same arguments (src/node/cache.ts).
      const { runCached } = await import('../src/node/cache.js');
      setExit(await runCached({ argv, io, version: VERSION, location: opts.cacheLocation }, run));
    };
  const root = new SpokenCommand('replybook');
  root.say = (command, message, code) => spokenError(t, lang, command, message, code);
  const p = root
    .description(t('program.description'))
    .version(VERSION, '-v, --version', t('option.version'))
    .helpOption('-h, --help', t('option.help'))
    .helpCommand(t('usage.helpCommand'), t('command.help'))
    .configureHelp(spokenHelp(t))
    // Only the languages replybook has catalogues for: anything else is a usage error that lists them.
    .addOption(new Option('--lang <lang>', t('program.lang')).choices(LANGS))
    .showHelpAfterError(t('usage.hint'))
    .configureOutput({ writeOut: (s) => output.writeOut(s), writeErr: (s) => output.writeErr(s) })
    .exitOverride();

  p.command('check')
    .description(t('check.description'))
    .argument('[paths...]', t('arg.paths'), [])
    .option('-f, --format <format>', t('check.format'), 'stylish')
    .option('-o, --output <file>', t('option.output'))
    .option('--max-warnings <n>', t('check.maxWarnings'))
    .option('-q, --quiet', t('check.quiet'))
    .option('--report-unused-disable-directives', t('option.reportUnused'))
    .option('-j, --jobs <n>', t('check.jobs'))
    .option('--cache', t('option.cache'))
    .option('--cache-location <dir>', t('option.cacheLocation'))
    .option('--fix', t('check.fix'))
    .option('--fix-dry-run', t('check.fixDryRun'))
    .action(load('check'));

  p.command('test')
    .description(t('test.description'))
    .argument('[paths...]', t('arg.paths'), [])
    .option('-f, --format <format>', t('test.format'))
    .option('-r, --reporter <reporter>', t('test.reporter'))
    .option('-o, --output <file>', t('option.output'))
    .option('--filter <text>', t('test.filter'))
    .option('--bail', t('test.bail'))
    .option('--pass-with-no-tests', t('test.passWithNoTests'))
    .option('-u, --update', t('test.update'))
    .option('--ci', t('test.ci'))
    .option('--no-ci', t('option.noCi'))
    .option('--coverage', t('test.coverage'))
    .option('--timeout <ms>', t('test.timeout'))
    .option('-q, --quiet', t('test.quiet'))
    .option('--report-unused-disable-directives', t('option.reportUnused'))
    .option('-j, --jobs <n>', t('test.jobs'))
    .option('--cache', t('option.cache'))
    .option('--cache-location <dir>', t('option.cacheLocation'))
    .action(load('test'));

  p.command('sim')
    .description(t('sim.description'))
    .argument('[playbook]', t('arg.playbook'), '.')
    .option('--text <text>', t('sim.text'))
    .option('--channel <id>', t('sim.channel'))
    .option('--author <name>', t('sim.author'))
    .option('--followers <n>', t('sim.followers'))
    .option('--verified', t('sim.verified'))
    .option('--at <time>', t('sim.at'))
    .option('--voice <id>', t('sim.voice'))
    .addOption(new Option('-f, --format <format>', t('sim.format')).choices(['text', 'json']))
    .option('--json', t('sim.json'))
    .option('--timeout <ms>', t('sim.timeout'))
    .action(load('sim'));

  p.command('build')
    .description(t('build.description'))
    .argument('[paths...]', t('arg.folders'), [])
    .requiredOption('--out <dir>', t('build.out'))
    .option('--allow-failing-tests', t('build.allowFailingTests'))
    .option('--timeout <ms>', t('build.timeout'))
    .option('--ci', t('build.ci'))
    .option('--no-ci', t('option.noCi'))
    .action(load('build'));

  p.command('watch')
    .description(t('watch.description'))
    .argument('[paths...]', t('arg.folders'), [])
    .option('--build <dir>', t('watch.build'))
    .action(load('watch'));

  p.command('diff')
    .description(t('diff.description'))
    .argument('[paths...]', t('arg.folders'), [])
    .requiredOption('--base <ref>', t('diff.base'))
    .addOption(new Option('-f, --format <format>', t('diff.format')).choices(['terminal', 'markdown', 'json']).default('terminal'))
    .option('--fail-on-change', t('diff.failOnChange'))
    .option('--mentions <files...>', t('diff.mentions'))
    .option('--ci', t('diff.ci'))
    .option('--no-ci', t('diff.noCi'))
    .action(load('diff'));

  p.command('lsp').description(t('lsp.description')).option('--stdio', t('lsp.stdio')).action(load('lsp'));

  p.command('rules')
    .description(t('rules.description'))
    .addOption(new Option('-f, --format <format>', t('rules.format')).choices(['text', 'json']).default('text'))
    .action(load('rules'));

  p.command('init')
    .description(t('init.description'))
    .argument('[dir]', t('init.dir'), '.')
    .option('--locale <locale>', t('init.locale'))
    .option('--brand <name>', t('init.brand'))
    .option('--timezone <zone>', t('init.timezone'))
    .option('--channels <ids>', t('init.channels'))
    .option('--calendar <code>', t('init.calendar'))
    .option('--force', t('init.force'))
    .action(load('init'));
  p.command('backtest')
    .description(t('backtest.description'))
    .argument('[playbook]', t('arg.playbook'), '.')
    .requiredOption('--mentions <files...>', t('backtest.mentions'))
    .option('--map <field=column>', t('backtest.map'), collect)
    .option('--channel-map <name=channel>', t('backtest.channelMap'), collect)
    .option('--label <column>', t('backtest.label'))
    .option('--label-map <value=type>', t('backtest.labelMap'), collect)
    .option('--base <ref>', t('backtest.base'))
    .option('--encoding <name>', t('backtest.encoding'))
    .option('-f, --format <format>', t('backtest.format'), collect)
    .option('--out <dir>', t('backtest.out'))
    .option('--sample <n>', t('backtest.sample'))
    .option('--save-misses <file>', t('backtest.saveMisses'))
    .option('--mask-authors', t('backtest.maskAuthors'))
    .option('--timeout <ms>', t('backtest.timeout'))
    .option('-j, --jobs <n>', t('backtest.jobs'))
    .action(load('backtest'));
  return p;
}
