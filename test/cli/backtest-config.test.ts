/**
 * The `backtest` section of replybook.config.yaml: the export's columns and platform names, as a team
 * sets them once for its monitoring service's export; `--map` and `--channel-map` win over it.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureDist, ROOT } from '../build/support/dist.js';

let dir = '';
// Headers no detection knows: the team's own export.
const EXPORT = ['Отзыв клиента;Где;Когда', 'Заказ 40211893 так и не пришёл, две недели жду;Соцсеть ВК;2026-03-02 10:15', ''].join('\n');

beforeAll(async () => {
  await ensureDist();
  dir = await mkdtemp(path.join(os.tmpdir(), 'replybook-backtest-config-'));
  await cp(path.join(ROOT, 'playbooks/acme-market'), path.join(dir, 'acme-market'), { recursive: true });
  await writeFile(path.join(dir, 'export.csv'), EXPORT);
}, 180_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

function backtest(config: string | null, ...more: string[]): Promise<{ code: number; out: string }> {
  const write =
    config === null
      ? rm(path.join(dir, 'replybook.config.yaml'), { force: true })
      : writeFile(path.join(dir, 'replybook.config.yaml'), config);
  return write.then(
    () =>
      new Promise((resolve) => {
        const args = [CLI, 'backtest', 'acme-market', '--mentions', 'export.csv', '--format', 'json', '--jobs', '1', ...more];
        execFile(process.execPath, args, { cwd: dir, env: { ...process.env, NO_COLOR: '1', CI: '' } }, (e, stdout, stderr) =>
          resolve({ code: e ? ((e as { code?: number }).code ?? -1) : 0, out: `${stdout}${stderr}` }),
        );
      }),
  );
}

const CONFIG = `backtest:
  columns: { text: Отзыв клиента, channel: Где, at: Когда }
  channels: { Соцсеть ВК: vk }
`;

describe('backtest.columns and backtest.channels in the configuration', () => {
  it('without them the export cannot be read: its columns are not known', async () => {
    const r = await backtest(null);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/text/);
  });

  it('with them it runs, the platform name mapped to its channel', async () => {
    const r = await backtest(CONFIG);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out.slice(r.out.indexOf('{'), r.out.lastIndexOf('}') + 1)) as { byChannel?: unknown };
    expect(JSON.stringify(report)).toContain('"vk"');
  });

  it('the flags win over the configuration', async () => {
    const r = await backtest(CONFIG, '--channel-map', 'Соцсеть ВК=otzovik');
    expect(r.code).toBe(0);
    expect(r.out).toContain('"otzovik"');
    expect(r.out).not.toContain('"vk"');
    // A column the flag names that the export does not have is a usage problem, whatever the configuration says.
    expect((await backtest(CONFIG, '--map', 'text=Нет такой')).code).toBe(2);
  });

  it('an unknown key of the section is a located configuration problem', async () => {
    const r = await backtest('backtest:\n  colums: { text: Отзыв клиента }\n');
    expect(r.out).toMatch(/replybook\.config\.yaml:2:3/);
    expect(r.out).toContain('colums');
  });
});
