/**
 * `replybook init [dir] --locale ru|en --brand NAME --timezone ZONE [--calendar CODE] [--force]`:
 * writes a small, complete playbook that passes `check` and `test` at once, with the editor
 * settings and the GitHub workflow, into `dir` (default: the working folder). Nothing is
 * overwritten without `--force`: when any file is there already, nothing is written at all.
 *
 * In a terminal (not under CI), what the flags leave out is asked for (init-prompt.ts); otherwise
 * every value comes from the flags, and a missing one is a usage error.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOOK_SETUP, initChannels, initFiles, initOptionsProblem, PACKAGE_SCHEMA_DIR, type InitLocale } from '../../src/init/index.js';
import { isInside, openProject, pathKindSync, ProjectFs } from '../../src/node/project-fs.js';
import { EXIT, usage, type CliIO } from '../../src/node/io.js';
import { visible } from '../../src/report/visible.js';
import { DOCS_BASE } from '../version.js';
import { translate } from '../../src/i18n/index.js';
import { cliMessages } from '../../src/i18n/catalogs/cli.js';
import { commandLang } from '../lang.js';

interface InitCliOptions {
  locale?: string;
  brand?: string;
  timezone?: string;
  channels?: string;
  calendar?: string;
  force?: boolean;
  lang?: string;
}

/** Whether to ask for missing values: a terminal on both ends, and not CI. */
function interactive(io: CliIO): boolean {
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false' && io.env.CI !== '0';
  return !ci && io.stdin?.isTTY === true && io.stdout.isTTY === true && typeof (io.stdout as { on?: unknown }).on === 'function';
}

/** The `--channels` list checked against the seed's channels: the ids, or why not. */
function channelList(value: string | undefined, locale: InitLocale): { ids?: string[] } | { problem: string } {
  if (value === undefined) return {};
  const known = initChannels(locale).map((c) => c.id);
  const ids = [
    ...new Set(
      value
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ];
  const unknown = ids.filter((id) => !known.includes(id));
  if (!ids.length) return { problem: `--channels needs at least one of ${known.join(', ')}` };
  if (unknown.length)
    return {
      problem: `--channels: ${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not among the ${locale} seed's channels (${known.join(', ')})`,
    };
  return { ids };
}

/** The door for `target`: the working folder's project when `target` is in it, else the deepest existing folder at or above `target`. */
async function doorFor(target: string, io: CliIO): Promise<ProjectFs> {
  const project = await openProject(io.cwd);
  if (project.namesInside(target)) return project;
  // A folder the user named outside the working folder's project is the user's own choice.
  let d = target;
  while (pathKindSync(d) !== 'folder' && path.dirname(d) !== d) d = path.dirname(d);
  return ProjectFs.at(d, { cwd: io.cwd });
}

/**
 * The schema folder the modelines point at, relative to `target`: an installed replybook's; or,
 * when `target` is inside replybook's own checkout (not an installed copy), that checkout's
 * `schema/`; else where `npm install replybook` will put it.
 */
async function schemaDirFor(door: ProjectFs, target: string): Promise<string> {
  const installed = await door.kind(path.join(target, PACKAGE_SCHEMA_DIR, 'playbook.schema.json'));
  if (installed.ok && installed.value === 'file') return PACKAGE_SCHEMA_DIR;
  const own = DOCS_BASE ? fileURLToPath(DOCS_BASE) : null;
  if (own && !own.split(path.sep).includes('node_modules') && isInside(path.resolve(own), target)) {
    if (pathKindSync(path.join(own, 'schema', 'playbook.schema.json')) === 'file')
      return path.relative(target, path.join(own, 'schema')).split(path.sep).join('/');
  }
  return PACKAGE_SCHEMA_DIR;
}

export async function run(given: InitCliOptions, io: CliIO, extra: { args: string[] }): Promise<number> {
  let opts = given;
  if (interactive(io) && (!given.locale || !given.brand || !given.timezone || given.channels === undefined)) {
    const { askInit } = await import('./init-prompt.js');
    try {
      opts = { ...given, ...(await askInit(given, { input: io.stdin as never, output: io.stdout as never })) };
    } catch (e) {
      if ((e as Error).name === 'ExitPromptError')
        return usage(io, 'init', translate(cliMessages, commandLang(given, io))('init.cancelled'));
      throw e;
    }
  }
  // The command's own language (--lang, LANG), not the new playbook's locale: init's messages are about the command.
  const t = translate(cliMessages, commandLang(opts, io));
  const problem = initOptionsProblem(opts);
  if (problem) return usage(io, 'init', problem);
  const channels = channelList(opts.channels, opts.locale as InitLocale);
  if ('problem' in channels) return usage(io, 'init', channels.problem);
  const target = path.resolve(io.cwd, extra.args[0] ?? '.');
  const door = await doorFor(target, io);
  const files = initFiles({
    locale: opts.locale as InitLocale,
    brand: opts.brand ?? '',
    timezone: opts.timezone ?? '',
    ...(opts.calendar !== undefined ? { calendar: opts.calendar } : {}),
    ...(channels.ids ? { channels: channels.ids } : {}),
    schemaDir: await schemaDirFor(door, target),
  });
  const abs = files.map((f) => path.join(target, ...f.path.split('/')));

  if (!opts.force) {
    const present: string[] = [];
    for (const p of abs) {
      const kind = await door.kind(p);
      if (kind.ok || kind.refusal.kind !== 'not-found') present.push(door.show(p));
    }
    if (present.length) return usage(io, 'init', t('init.exists', { files: present.join(', ') }));
  }

  const written: string[] = [];
  for (let i = 0; i < files.length; i++) {
    const done = await door.writeFile(abs[i], files[i].content);
    if (!done.ok) {
      if (written.length) io.stdout.write(`${t('init.partly', { written: written.length, total: files.length })}\n${list(written)}`);
      return usage(io, 'init', t('init.cannotWrite', { path: done.refusal.path, reason: done.refusal.reason }));
    }
    written.push(door.show(abs[i]));
  }
  // The samples' reply snapshots, written as `test --update` writes them: the playbook passes
  // `test` at once even under CI, where a missing snapshot fails (Jest's meaning).
  const snapshots = await writeSeedSnapshots(target, files[0].path, io);
  const cd = target === path.resolve(io.cwd) ? '' : `cd ${visible(door.show(target))} && `;
  const andSnapshots = snapshots === null ? '' : `${t('init.andSnapshots', { snapshots: visible(t('init.snapshots', snapshots)) })}\n`;
  io.stdout.write(
    `${t('init.wrote', { n: written.length })}\n${list(written)}${andSnapshots}\n${t('init.next', { cd })}\n` +
      `${t('init.hook', { cd, setup: HOOK_SETUP })}\n`,
  );
  return EXIT.ok;
}

/** Runs `test --update` on the new playbook, quietly; how many reply snapshots it wrote and where, or null when it could not. */
async function writeSeedSnapshots(target: string, playbookFile: string, io: CliIO): Promise<{ n: number; dir: string } | null> {
  const dir = path.posix.dirname(playbookFile);
  let said = '';
  const quiet: CliIO = {
    ...io,
    cwd: target,
    stdout: { write: () => undefined },
    stderr: { write: (t: string) => void (said += t) },
    uncacheable: undefined,
  };
  const { run: test } = await import('./test.js');
  // In English whatever the environment's language: the count is read from what it says.
  const code = await test({ update: true, jobs: '1', lang: 'en' }, quiet, { args: [dir], argv: [] });
  const n = /(\d+) reply snapshots? written/.exec(said);
  return code === EXIT.ok && n ? { n: Number(n[1]), dir } : null;
}

function list(paths: readonly string[]): string {
  return paths.map((p) => `  ${visible(p)}\n`).join('');
}
