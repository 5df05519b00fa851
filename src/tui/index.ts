/**
 * `replybook sim` without `--text`: the terminal simulator. Only the `sim` command imports this
 * module (lazily), so no other command loads Ink and React.
 */
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { render } from 'ink';
import chalk from 'chalk';
import { EXIT, useColor, type CliIO } from '../node/io.js';
import { openConfiguredProject } from '../node/project-config.js';
import { resolveLang } from '../i18n/index.js';
import { setSimLang } from './text/words.js';
import { visible } from '../report/visible.js';
import { App } from './components/App.js';
import { loadAndRunPlaybook } from './effects/load-and-run-playbook.js';
import { saveComplaint } from './effects/save-complaint.js';
import { watchPlaybook } from './effects/watch-playbook.js';
import type { SimDeps } from './hooks/use-project.js';

export { notATerminalMessage } from './not-a-terminal.js';
export type { SimDeps } from './hooks/use-project.js';

const ENTER_ALT_SCREEN = '\u001b[?1049h\u001b[H';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';

/** Runs the simulator on the playbook folder `dir` until the user quits; returns the exit code. */
export async function startSimulator(opts: { dir: string; io: CliIO; ci?: boolean; lang?: string }): Promise<number> {
  const { dir, io } = opts;
  // Files are read only inside the project the playbook belongs to (its configuration's folder,
  // else its repository, else the folder itself), with the configuration's rule settings.
  const folder = path.resolve(io.cwd, dir);
  const opened = await openConfiguredProject(io.cwd, { ...(io.fs ? { fs: io.fs } : {}), target: dir });
  const project = opened.door;
  const judging = { ruleSettings: opened.ruleSettings, ci: opts.ci === true };
  const now = (): string => new Date().toISOString();
  const first = await loadAndRunPlaybook(dir, project, now(), judging);
  // The screen's language: --lang, the configuration's, the playbook's locale, LANG (as cli/lang.ts).
  setSimLang(resolveLang({ flag: opts.lang, config: opened.config.lang, playbook: first.playbooks[0]?.locale, env: io.env }));
  const missing = first.diagnostics.find((d) => d.ruleId === 'load/missing' || d.ruleId === 'load/empty');
  if (missing) {
    io.stderr.write(`replybook sim: ${visible(missing.message)}\n`);
    return EXIT.usage;
  }

  const color = useColor(io);
  // Ink colours through chalk: under NO_COLOR nothing may be emitted, whatever the terminal says.
  if (!color) chalk.level = 0;
  else if (chalk.level === 0) chalk.level = 1;

  let stopWatching: (() => Promise<void>) | null = null;
  const deps: SimDeps = {
    load: () => loadAndRunPlaybook(dir, project, now(), judging),
    watch: (onChange) => {
      stopWatching = watchPlaybook(folder, onChange);
      return stopWatching;
    },
    save: (request) => saveComplaint(project, request),
    now,
  };

  const stdout = io.stdout as NodeJS.WriteStream;
  const stdin = io.stdin as NodeJS.ReadStream;
  // The alternate screen keeps the user's scrollback as it was; it is left on every way out.
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stdout.write(LEAVE_ALT_SCREEN);
  };
  stdout.write(ENTER_ALT_SCREEN);
  process.once('exit', restore);
  let app: ReturnType<typeof render> | null = null;
  // SIGTERM, SIGINT (a kill -INT; Ctrl+C in raw mode is a key) and SIGHUP (the terminal closed):
  // unmount Ink (raw mode off, cursor shown), leave the alternate screen, exit with 128 + the
  // signal's number as a shell reports it. Without handlers Node would die at once, leaving the
  // terminal on the alternate screen in raw mode.
  let signalled: NodeJS.Signals | null = null;
  const onSignal = (sig: NodeJS.Signals) => {
    if (signalled) return;
    signalled = sig;
    // If something keeps the process alive after the cleanup, it still ends.
    setTimeout(() => process.exit(signalExitCode(sig)), SIGNAL_EXIT_GRACE_MS).unref();
    if (app) app.unmount();
    else restore();
  };
  for (const sig of EXIT_SIGNALS) process.on(sig, onSignal);
  try {
    app = render(createElement(App, { deps, color, initial: first, size: { columns: stdout.columns || 80, rows: stdout.rows || 24 } }), {
      stdout,
      stdin,
      stderr: io.stderr as NodeJS.WriteStream,
      // Ctrl+C goes through the reducer like `q`, so the watcher is closed and the screen restored.
      exitOnCtrlC: false,
      patchConsole: true,
    });
    await app.waitUntilExit();
    app.cleanup();
  } finally {
    for (const sig of EXIT_SIGNALS) process.off(sig, onSignal);
    await (stopWatching as (() => Promise<void>) | null)?.();
    restore();
    process.off('exit', restore);
  }
  return signalled ? signalExitCode(signalled) : EXIT.ok;
}

/** The signals that end the simulator with the terminal restored. */
export const EXIT_SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT', 'SIGHUP'];

/** How long the cleanup after a signal may take before the process exits regardless (ms). */
export const SIGNAL_EXIT_GRACE_MS = 2000;

/** 128 + the signal's number: the exit code a shell reports for a process a signal ended. */
export function signalExitCode(sig: NodeJS.Signals): number {
  return 128 + (osConstants.signals[sig] ?? 15);
}
