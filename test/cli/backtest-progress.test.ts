/**
 * `backtest`'s progress on a real terminal (tmux): rows, rate and time left on stderr while it runs,
 * gone when it ends; none under CI or when stderr is not a terminal.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv, generateExport } from '../bench/export-generator.js';
import { CLI, ensureDist, ROOT } from '../build/support/dist.js';
import { hasTmux, tmuxServer } from '../support/tmux.js';

let dir = '';
let csv = '';
beforeAll(async () => {
  await ensureDist();
  dir = await mkdtemp(path.join(os.tmpdir(), 'replybook-backtest-progress-'));
  csv = path.join(dir, 'big.csv');
  // Enough rows for the run to last a few frames of the bar.
  await writeFile(csv, exportCsv(generateExport({ locale: 'ru', count: 40_000 })));
}, 180_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const args = () => [CLI, 'backtest', 'playbooks/acme-market', '--mentions', csv, '--format', 'markdown', '--jobs', '1'];

describe.skipIf(!hasTmux)('backtest progress on a terminal', () => {
  it('shows rows, rate and time left while it runs, and clears the bar at the end', async () => {
    const t = tmuxServer('backtest-progress', 'bt');
    try {
      const command = ['env', '-u', 'CI', process.execPath, ...args()].map((a) => `'${a}'`).join(' ');
      t.tmux(
        'new-session',
        '-d',
        '-s',
        'bt',
        '-x',
        '160',
        '-y',
        '12',
        '-c',
        ROOT,
        `${command} > ${dir}/report.md; echo "exit $?"; sleep 60`,
      );
      const during = await t.waitForScreen(/backtest .*\d+% · [\d,]+ rows · [\d,]+ rows\/s · .* left/, 60_000);
      expect(during).toMatch(/rows\/s/);
      const after = await t.waitForScreen(/exit 0/, 120_000);
      expect(after).toContain('mentions run');
      expect(after).not.toMatch(/rows\/s/);
    } finally {
      t.kill();
    }
  }, 200_000);
});

describe('no progress where no bar belongs', () => {
  it.each([
    ['stderr is not a terminal', {}],
    ['under CI', { CI: 'true' }],
  ])(
    '%s',
    async (_why, env) => {
      const stderr = await new Promise<string>((resolve) => {
        execFile(process.execPath, args(), { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 1 << 26 }, (_e, _out, err) =>
          resolve(err),
        );
      });
      expect(stderr).not.toMatch(/rows\/s|█|░/);
      expect(stderr).toContain('mentions run');
    },
    120_000,
  );
});
