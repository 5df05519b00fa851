/** The project's own CI workflow runs what `npm test` runs, on every supported Node.js, with tmux. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('.github/workflows/ci.yml', () => {
  it('tests on Node.js 20 and 22 with tmux installed, read-only', async () => {
    const wf = parse(await readFile(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8')) as {
      permissions: Record<string, string>;
      jobs: Record<string, { strategy: { matrix: { node: number[] } }; steps: Array<{ run?: string; uses?: string }> }>;
    };
    expect(wf.permissions).toEqual({ contents: 'read' });
    const job = wf.jobs.test;
    expect(job.strategy.matrix.node).toEqual([20, 22]);
    const runs = job.steps.map((s) => s.run ?? '');
    expect(runs.some((r) => /apt-get install .*tmux/.test(r))).toBe(true);
    expect(runs.indexOf('npm ci')).toBeGreaterThanOrEqual(0);
    expect(runs.indexOf('npm test')).toBeGreaterThan(runs.indexOf('npm ci'));
  });

  it('npm test runs lint, the format check, the type check of the tests and the suite', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const test = pkg.scripts.test;
    for (const step of ['npm run lint', 'npm run format:check', 'npm run typecheck', 'vitest run']) expect(test).toContain(step);
    expect(pkg.scripts.typecheck).toContain('test/tsconfig.json');
  });
});
