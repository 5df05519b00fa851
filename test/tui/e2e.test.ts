/**
 * The real `replybook sim` in a real terminal (tmux): start it on a copy of the fixture playbook,
 * move, open the trace, edit a template on disk and watch it reload, quit. Skipped without tmux.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasTmux, tmuxServer } from '../support/tmux.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = path.join(ROOT, 'dist/cli/main.js');
const SESSION = 'sim';
const { tmux, waitForScreen, kill } = tmuxServer('e2e', SESSION);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!hasTmux)('replybook sim in a terminal (tmux)', () => {
  let dir: string;

  beforeAll(() => {
    if (!existsSync(MAIN)) execFileSync('npx', ['tsc', '-p', '.'], { cwd: ROOT, stdio: 'ignore', timeout: 240_000 });
    dir = mkdtempSync(path.join(tmpdir(), 'replybook-sim-'));
    cpSync(path.join(ROOT, 'test/tui/fixtures/tiny'), path.join(dir, 'tiny'), { recursive: true });
    tmux(
      'new-session',
      '-d',
      '-s',
      SESSION,
      '-x',
      '100',
      '-y',
      '30',
      '-c',
      dir,
      // The shell records the exit code: tmux 3.3 does not always reap a pane whose process left the
      // terminal in raw mode, so #{pane_dead_status} can stay empty although the exit was clean.
      `node ${JSON.stringify(MAIN)} sim tiny; echo "exit=$?" > exit-code`,
      ';',
      'set-option',
      '-t',
      SESSION,
      'remain-on-exit',
      'on',
    );
  }, 300_000);

  afterAll(() => {
    kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('starts, moves, shows the trace, reloads on a change with the changed marker, and quits', async () => {
    let s = await waitForScreen(/›[✓✗] late-order/);
    expect(s).toContain('replybook sim · tiny');
    expect(s).toContain('Complaints');
    expect(s).toContain('Reviews (review) · Alice · 35 followers');

    tmux('send-keys', '-t', SESSION, 'j');
    s = await waitForScreen(/›[✓✗] loud-blogger/);
    expect(s).toContain('X (x) · Bob · 50,000 followers');

    tmux('send-keys', '-t', SESSION, 't');
    await waitForScreen('Trace');
    tmux('send-keys', '-t', SESSION, 't');
    await waitForScreen('Reply');

    // An editor's save: change the constructive template's text on disk.
    const file = path.join(dir, 'tiny/playbook.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('will sort it out today', 'will fix it within the hour'));
    s = await waitForScreen(/Δ 1 changed/);
    expect(s).toContain('reloaded');
    expect(s).toMatch(/›[✓✗] loud-blogger/); // the selection stayed
    expect(s).toMatch(/late-order\s+Δ/);

    tmux('send-keys', '-t', SESSION, 'q');
    const codeFile = path.join(dir, 'exit-code');
    const end = Date.now() + 10_000;
    while (Date.now() < end && !existsSync(codeFile)) await sleep(100);
    expect(existsSync(codeFile) ? readFileSync(codeFile, 'utf8').trim() : 'still running').toBe('exit=0');
    let dead = '';
    for (let i = 0; i < 50 && dead !== '1'; i++) {
      dead = tmux('display-message', '-p', '-t', SESSION, '#{pane_dead}').trim();
      if (dead !== '1') await sleep(100);
    }
    expect(dead).toBe('1');
  }, 60_000);
});
