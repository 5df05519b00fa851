/**
 * `replybook watch [paths…] [--build DIR]`: re-run check and the sample complaints on every
 * change and print what changed; with `--build`, rebuild after each clean run. `q` or Ctrl+C ends it.
 */
import path from 'node:path';
import { startWatch } from '../../src/watch/watcher.js';
import { EXIT, usage, useColor, type CliIO } from '../io.js';
import { gitRoot } from '../project.js';
import { onOutputGone } from '../streams.js';
import { writeBuild } from './build.js';

export async function run(opts: { build?: string }, io: CliIO, extra: { args: string[]; argv: string[] }): Promise<number> {
  const root = gitRoot(io.cwd) ?? io.cwd;
  const outDir = opts.build ? path.resolve(io.cwd, opts.build) : null;
  const running = await startWatch({
    paths: extra.args,
    cwd: io.cwd,
    root,
    stdout: io.stdout,
    color: useColor(io),
    ...(outDir && opts.build
      ? {
          onCleanRun: async (session) => {
            const groups = [...session.groups().values()];
            const playbooks = groups.flatMap((g) => g.check.playbooks);
            const results = groups.flatMap((g) => g.results);
            const passed = results.filter((r) => r.passed).length;
            const out = await writeBuild(outDir, playbooks, { results, passed, failed: results.length - passed }, { cwd: io.cwd, allowFailingTests: false });
            return 'error' in out ? { dir: opts.build as string, error: out.error } : { dir: opts.build as string, files: out.files };
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
