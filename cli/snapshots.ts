/**
 * Reply snapshots after a run, for every command that runs sample complaints (`test`, `build`,
 * `watch`): whether the run is under CI, the options of the run that follow from it, and what is
 * written, removed and said afterwards — one place, so the commands cannot drift apart. The
 * verdict on each complaint is the core's (src/test-run/judge.ts).
 */
import { sortDiagnostics, type Diagnostic } from '../src/diagnostics/diagnostic.js';
import { cliMessages } from '../src/i18n/catalogs/cli.js';
import { translate, type Lang } from '../src/i18n/index.js';
import { say, type CliIO } from '../src/node/io.js';
import type { ProjectFs } from '../src/node/project-fs.js';
import { writeSnapshots, type SnapshotRead } from '../src/node/snapshots.js';
import { newSnapshotsLine, obsoleteSnapshotsLine, type RunOutput } from '../src/test-run/index.js';

export { snapshotRunOptions } from '../src/test-run/index.js';

/** Under CI (`--ci`, or a CI environment variable as Jest reads it) a missing snapshot fails instead of being written. */
export function underCi(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  if (flag !== undefined) return flag;
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/** What happened to the snapshots after a run: written (new, or all with `--update`), removed, obsolete. */
export interface SettledSnapshots {
  written: string[];
  removed: string[];
  obsolete: string[];
  problems: Diagnostic[];
}

/**
 * Writes what the run wants (new snapshots locally; every changed one and the removal of stale
 * ones with `update`), says so on stderr as `replybook COMMAND: …`, and adds the door's refusals
 * to `result.diagnostics`. `fullRun`: the complaint files run in full (`--update` removes stale
 * snapshots only there).
 */
export async function settleSnapshots(
  io: CliIO,
  command: string,
  door: ProjectFs,
  result: RunOutput,
  snap: Pick<SnapshotRead, 'snapshots' | 'refused'>,
  opts: { update?: boolean | undefined; fullRun: readonly string[]; lang?: Lang },
): Promise<SettledSnapshots> {
  if (opts.update) {
    const { written, removed, problems } = await writeSnapshots(door, result.snapshotsWanted, snap, opts.fullRun);
    if (problems.length) result.diagnostics = sortDiagnostics([...result.diagnostics, ...problems]);
    say(
      io,
      command,
      translate(cliMessages, opts.lang ?? 'en')('test.snapshotsUpdated', { written: written.length, removed: removed.length }),
    );
    return { written, removed, obsolete: [], problems };
  }
  // Jest's meaning: a sample's first local run writes its snapshot; an obsolete one is reported, and --update removes it.
  let written: string[] = [];
  let problems: Diagnostic[] = [];
  if (result.snapshotsWanted.size) {
    ({ written, problems } = await writeSnapshots(door, result.snapshotsWanted, snap, []));
    if (problems.length) result.diagnostics = sortDiagnostics([...result.diagnostics, ...problems]);
  }
  const line = newSnapshotsLine(written, opts.lang);
  if (line) say(io, command, line);
  const obsolete = result.obsoleteSnapshots ?? [];
  const stale = obsoleteSnapshotsLine(obsolete, opts.lang);
  if (stale) say(io, command, stale);
  return { written, removed: [], obsolete, problems };
}
