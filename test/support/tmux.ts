/**
 * A tmux server of a test's own (never the user's sessions) for the end-to-end tests that drive
 * replybook in a real terminal: run a command in a session, read the screen, send keys, wait for
 * the screen to show something.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface TmuxServer {
  /** Runs a tmux command on this server. */
  tmux(...args: string[]): string;
  /** The session's screen as text. */
  screen(): string;
  /** Sends keys to the session (tmux `send-keys` arguments). */
  keys(...keys: string[]): void;
  /** Waits until the screen shows `want`, and returns it; throws with the last screen after `ms`. */
  waitForScreen(want: string | RegExp, ms?: number): Promise<string>;
  /** Stops the server (and every session of it). */
  kill(): void;
}

export function tmuxServer(name: string, session: string): TmuxServer {
  const socket = `replybook-${name}-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  const screen = () => tmux('capture-pane', '-p', '-t', session);
  return {
    tmux,
    screen,
    keys: (...keys) => void tmux('send-keys', '-t', session, ...keys),
    async waitForScreen(want, ms = 15_000) {
      const end = Date.now() + ms;
      let last = '';
      while (Date.now() < end) {
        last = screen();
        if (typeof want === 'string' ? last.includes(want) : want.test(last)) return last;
        await sleep(100);
      }
      throw new Error(`timed out waiting for ${want}; the screen was:\n${last}`);
    },
    kill() {
      try {
        tmux('kill-server');
      } catch {
        /* already gone */
      }
    },
  };
}
