/**
 * `replybook init` in a real terminal (tmux): with no flags it asks for the language, the brand,
 * the time zone and the channels, then writes a playbook with the channels chosen that passes
 * `check` and `test`. Skipped without tmux (CI installs it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers.js';
import { hasTmux, tmuxServer } from '../support/tmux.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = path.join(ROOT, 'dist/cli/main.js');
const { tmux, keys, waitForScreen: waitFor, kill } = tmuxServer('init', 'init');
const SESSION = 'init';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!hasTmux)('replybook init in a terminal (tmux)', () => {
  let dir: string;

  beforeAll(() => {
    if (!existsSync(MAIN)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore', timeout: 240_000 });
    dir = mkdtempSync(path.join(tmpdir(), 'replybook-init-'));
    tmux(
      'new-session',
      '-d',
      '-s',
      SESSION,
      '-x',
      '120',
      '-y',
      '30',
      '-c',
      dir,
      `env -u CI node ${JSON.stringify(MAIN)} init; echo "exit=$?" > exit-code; sleep 60`,
    );
  }, 300_000);

  afterAll(() => {
    kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('asks in both languages first, then in the one chosen, and writes what was answered', async () => {
    await waitFor('Язык playbook · Playbook language:');
    keys('Enter'); // Русский, the first choice
    await waitFor('Название бренда');
    keys('-l', 'Ромашка');
    keys('Enter');
    const zone = await waitFor('Часовой пояс службы поддержки');
    expect(zone).toContain('(Europe/Moscow)'); // offered for a Russian playbook
    keys('Enter');
    await waitFor('Каналы, в которых отвечаем:');
    keys('Down', 'Space'); // untick Telegram
    keys('Enter');
    const done = await waitFor('Wrote 9 files:');
    expect(done).toContain('Каналы, в которых отвечаем: ВКонтакте (vk), Отзовик (otzovik)');
    const end = Date.now() + 10_000;
    while (!existsSync(path.join(dir, 'exit-code')) && Date.now() < end) await sleep(100);
    expect(readFileSync(path.join(dir, 'exit-code'), 'utf8').trim()).toBe('exit=0');

    const playbook = readFileSync(path.join(dir, 'playbooks/romashka/playbook.yaml'), 'utf8');
    expect(playbook).toContain('brand: Ромашка');
    expect(playbook).toContain('timezone: Europe/Moscow');
    expect(playbook).not.toContain('telegram:');
    const check = await run(['check'], { cwd: dir });
    expect(check.stdout + check.stderr).toContain('Проблем не найдено');
    const test = await run(['test'], { cwd: dir });
    expect(test.code).toBe(0);
  }, 60_000);
});
