/**
 * `replybook watch [paths…] [--build DIR]`: re-run check and the sample complaints on every
 * change and print what changed; with `--build`, rebuild after each clean run. `q` or Ctrl+C ends it.
 */
import { prepareBuildOutput } from '../../src/node/write-atomic.js';
import { startWatch } from '../../src/watch/watcher.js';
import { EXIT, usage, useColor, type CliIO } from '../../src/node/io.js';
import { checkerOptions, openCommandProject } from '../project.js';
import { createProjectChecker } from '../../src/watch/checker.js';
import { walkScope } from '../../src/validate/index.js';
import { formatDiagnostics } from '../../src/report/index.js';
import { onOutputGone } from '../streams.js';
import { writeBuild } from './build.js';
import { createWatchSnapshots } from '../../src/node/snapshots.js';
import { underCi } from '../snapshots.js';

export async function run(opts: { build?: string }, io: CliIO, extra: { args: string[]; argv: string[] }): Promise<number> {
  const opened = await openCommandProject(io, extra.args);
  const door = opened.door;
  // The configuration's own problems (an unknown rule id) are said once, up front.
  if (opened.diagnostics.length) io.stdout.write(formatDiagnostics('stylish', opened.diagnostics, { cwd: io.cwd, color: useColor(io) }));
  const out = opts.build ? await prepareBuildOutput(door, opts.build) : null;
  if (out && 'error' in out) return usage(io, 'watch', `${out.error}`);
  const running = await startWatch({
    paths: extra.args,
    cwd: io.cwd,
    root: door.root,
    scope: walkScope(opened.config),
    createChecker: () => createProjectChecker(checkerOptions(opened)),
    // Snapshots with Jest's meaning, as `test` judges them: new ones written locally, failing under CI.
    snapshots: createWatchSnapshots(door, { ci: underCi(undefined, io.env), ...checkerOptions(opened) }),
    stdout: io.stdout,
    color: useColor(io),
    ...(out && opts.build
      ? {
          onCleanRun: async (session) => {
            const groups = [...session.groups().values()];
            const playbooks = groups.flatMap((g) => g.check.playbooks);
            const results = groups.flatMap((g) => g.results);
            const passed = results.filter((r) => r.passed).length;
            const built = await writeBuild(
              door,
              out,
              playbooks,
              { results, passed, failed: results.length - passed },
              { cwd: io.cwd, allowFailingTests: false },
            );
            return 'error' in built ? { dir: opts.build as string, error: built.error } : { dir: opts.build as string, files: built.files };
          },
        }
      : {}),
  });
  if (typeof running === 'string') return usage(io, 'watch', running);

  return new Promise<number>((resolve) => {
    const stdin = io.stdin;
    let done = false;
    let unsubscribe = (): void => undefined;
    const stop = async () => {
      if (done) return;
      done = true;
      unsubscribe();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (stdin?.isTTY && stdin.setRawMode) {
        stdin.setRawMode(false);
        stdin.off('data', onKey);
        stdin.pause();
      }
      await running.close();
      resolve(EXIT.ok);
    };
    const onKey = (chunk: Buffer | string) => {
      const s = chunk.toString();
      // q, Ctrl+C (raw mode turns it into a byte instead of SIGINT) or Ctrl+D.
      if (s === 'q' || s === 'Q' || s.includes('\u0003') || s.includes('\u0004')) void stop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    // `replybook watch | head`: nobody reads the reports any more, so the watch ends as after `q`.
    unsubscribe = onOutputGone(() => void stop());
    if (stdin?.isTTY && stdin.setRawMode) {
      stdin.setRawMode(true);
      stdin.resume();
      stdin.on('data', onKey);
    }
  });
}
