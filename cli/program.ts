/**
 * The `replybook` command: `main` answers a `check` or `test` run with `--cache` from the cache
 * when nothing it read has changed (src/node/cache.ts), before commander or any command is loaded;
 * otherwise it parses the arguments and dispatches (parse.ts) — except `check` with only paths,
 * which needs no parsing. Tests call `main` directly.
 */
import { visible } from '../src/report/visible.js';
import { EXIT, processIO, type CliIO } from '../src/node/io.js';

/** Runs the CLI and returns the exit code; never lets an exception reach the user as a stack trace. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  try {
    // The hot path of a cached run loads only the cache and the file-system door.
    if (argv.includes('--cache') && (argv[0] === 'check' || argv[0] === 'test')) {
      const [{ replayFromCache }, { VERSION }] = await Promise.all([import('../src/node/cache.js'), import('./version.js')]);
      const replayed = await replayFromCache({ argv, io, version: VERSION });
      if (replayed !== undefined) return replayed;
    }
    // `check` with nothing but paths (`replybook check`, `replybook check playbooks/`) has no option
    // for commander to read and nothing for it to print: run it without loading commander, with
    // what commander would give it (no options set, the paths as arguments). Anything else — an
    // option, `--help`, `--` — goes through commander (parse.ts).
    if (argv[0] === 'check' && argv.slice(1).every((a) => !a.startsWith('-'))) {
      const { run } = await import('./commands/check.js');
      return await run({}, io, { args: argv.slice(1), argv });
    }
    const { runCommandLine } = await import('./parse.js');
    return await runCommandLine(io, argv);
  } catch (e) {
    io.stderr.write(internalErrorMessage(e));
    return EXIT.usage;
  }
}

/**
 * What the user reads when replybook fails in a way it did not foresee. An error of the operating
 * system (it has a `syscall`: a write to a full disk, a read of a folder that vanished) is said as
 * such, since it is not a bug; anything else is a bug of replybook, said with how to report it.
 */
export function internalErrorMessage(e: unknown): string {
  const message = visible(e instanceof Error ? e.message : String(e));
  const sys = e as NodeJS.ErrnoException | null;
  if (sys && typeof sys.code === 'string' && typeof sys.syscall === 'string') {
    return `replybook: ${message}\n`;
  }
  return (
    `replybook: internal error — this is a bug in replybook, not in your playbook.\n  ${message}\n` +
    `Please report it with the command you ran and, if you can, the playbook.\n`
  );
}
