/**
 * The real `replybook sim` in a real terminal (tmux, a server of its own) on what a hostile pull
 * request brings: a complaint as long as replybook matches (20,000 characters) whose author name
 * carries an OSC title sequence, and a 200 KB one (longer than replybook matches: a problem at its
 * text, its file not run). The first frame comes quickly, the problem is listed, the name is shown
 * escaped and the terminal's title is untouched, `q` quits,
 * a 200 KB paste into the new-complaint form keeps the keyboard responsive, and SIGTERM, SIGINT
 * and SIGHUP leave the alternate screen and exit with 128 + the signal. Skipped without tmux.
 * The time bounds are generous (before the fix: no first frame in a minute).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = path.join(ROOT, 'dist/cli/main.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const SOCKET = `replybook-e2e-hostile-${process.pid}`;
const SESSION = 'big';

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', SESSION);
const show = (format: string) => tmux('display-message', '-p', '-t', SESSION, format).trim();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(test: () => boolean, what: string, ms: number): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (test()) return Date.now() - t0;
    await sleep(100);
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}; the screen was:\n${screen()}`);
}

describe.skipIf(!hasTmux)('replybook sim on long complaints with a hostile author name (tmux)', () => {
  let dir: string;
  const exitFile = () => path.join(dir, 'exit-code');

  /** (Re)starts the simulator in the pane; the shell records its exit code. */
  const start = async (): Promise<number> => {
    rmSync(exitFile(), { force: true });
    tmux('respawn-pane', '-k', '-t', SESSION, `node ${JSON.stringify(MAIN)} sim big; echo "exit=$?" > exit-code; sleep 600`);
    return waitFor(() => screen().includes('Complaints'), 'the first frame', 20_000);
  };
  const exitCode = async (): Promise<string> => {
    await waitFor(() => existsSync(exitFile()), 'the simulator to exit', 10_000);
    return readFileSync(exitFile(), 'utf8').trim();
  };
  const nodePid = (): number => {
    const shell = show('#{pane_pid}');
    const rows = execFileSync('ps', ['--ppid', shell, '-o', 'pid=,comm='], { encoding: 'utf8' }).trim().split('\n');
    const node = rows.map((r) => r.trim().split(/\s+/)).find(([, comm]) => comm === 'node');
    if (!node) throw new Error(`no node process under the pane's shell: ${rows.join('; ')}`);
    return Number(node[0]);
  };

  beforeAll(() => {
    if (!existsSync(MAIN)) execFileSync('npx', ['tsc', '-p', '.'], { cwd: ROOT, stdio: 'ignore', timeout: 240_000 });
    dir = mkdtempSync(path.join(tmpdir(), 'replybook-sim-big-'));
    cpSync(path.join(ROOT, 'test/tui/fixtures/tiny'), path.join(dir, 'big'), { recursive: true });
    const words = ['order', 'late', 'the', 'courier', 'never', 'answered', 'my', 'calls'];
    const textOf = (n: number): string => {
      let text = '';
      for (let i = 0; text.length < n; i++) text += words[i % words.length] + (i % 17 === 16 ? '\n' : ' ');
      return text.slice(0, n);
    };
    mkdirSync(path.join(dir, 'big/complaints'));
    writeFileSync(
      path.join(dir, 'big/complaints/huge.yaml'),
      [
        'complaints:',
        '  - id: huge',
        `    text: ${JSON.stringify(textOf(200_000))}`,
        '    channel: review',
        '    at: 2026-03-02T10:15:00+00:00',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(dir, 'big/complaints.yaml'),
      [
        'complaints:',
        '  - id: long',
        `    text: ${JSON.stringify(textOf(19_990))}`,
        '    channel: review',
        '    author: { name: "Eve\\e]0;pwned\\a\\e[2J", followers: 3 }',
        '    at: 2026-03-02T10:15:00+00:00',
        '    expect: { type: constructive }',
        '',
      ].join('\n'),
    );
    let paste = '';
    for (let i = 0; paste.length < 200_000; i++) paste += `word${i}${i % 13 === 12 ? '\n' : ' '}`;
    writeFileSync(path.join(dir, 'paste.txt'), paste);
    tmux('new-session', '-d', '-s', SESSION, '-x', '100', '-y', '30', '-c', dir, 'sleep 600');
    tmux('set-option', '-t', SESSION, 'remain-on-exit', 'on');
    tmux('select-pane', '-t', SESSION, '-T', 'untouched');
  }, 300_000);

  afterAll(() => {
    try {
      tmux('kill-server');
    } catch {
      /* already gone */
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('with a 200 KB complaint: draws, lists it as a problem, and quits on q', async () => {
    await start();
    expect(screen()).toMatch(/1 problem/);
    tmux('send-keys', '-t', SESSION, 'q');
    expect(await exitCode()).toBe('exit=0');
    expect(show('#{alternate_on}')).toBe('0');
    // The complaints below run without it.
    rmSync(path.join(dir, 'big/complaints'), { recursive: true });
  }, 60_000);

  it('draws a 20,000-character complaint, shows the name escaped, leaves the title alone', async () => {
    await start();
    const s = screen();
    expect(s).toContain('Eve\\x1B]0;pwned\\x07\\x1B[2J');
    expect(s).toMatch(/lines shown of 19,990 characters/);
    expect(show('#{pane_title}')).toBe('untouched');
    tmux('send-keys', '-t', SESSION, 'q');
    expect(await exitCode()).toBe('exit=0');
    expect(show('#{alternate_on}')).toBe('0');
  }, 60_000);

  it('takes a 200 KB paste in the new-complaint form and stays responsive', async () => {
    await start();
    tmux('send-keys', '-t', SESSION, 'n');
    await waitFor(() => screen().includes('New complaint'), 'the form', 10_000);
    tmux('load-buffer', path.join(dir, 'paste.txt'));
    tmux('paste-buffer', '-t', SESSION);
    tmux('send-keys', '-t', SESSION, '-l', 'TYPED-AFTER');
    await waitFor(() => screen().includes('TYPED-AFTER'), 'the keys typed after the paste', 20_000);
    tmux('send-keys', '-t', SESSION, 'C-s');
    await waitFor(() => screen().includes('unsaved 1'), 'the new complaint', 15_000);
    tmux('send-keys', '-t', SESSION, 'q');
    expect(await exitCode()).toBe('exit=0');
  }, 90_000);

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
  ] as const)(
    '%s restores the terminal and exits %d',
    async (sig, code) => {
      await start();
      expect(show('#{alternate_on}')).toBe('1');
      process.kill(nodePid(), sig);
      expect(await exitCode()).toBe(`exit=${code}`);
      expect(show('#{alternate_on}')).toBe('0');
    },
    60_000,
  );
});
