/**
 * replybook installs into a team's own repository: packed with `npm pack` (which runs `prepare`,
 * so the tarball holds dist/), installed into a fresh repository with `npm install <tarball>` (the
 * registry only for the dependencies), and there `npx replybook init`, `check` and `test` pass.
 *
 * The package is packed from a copy of the sources, so its build never rewrites this checkout's
 * dist/ while other tests run programs from it.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers.js';

const exec = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** What the package is built and packed from (tsconfig.json's inputs and package.json's `files`). */
const SOURCES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'src',
  'cli',
  'schema',
  'docs',
  // the build's bundling step (npm run build, which prepare runs)
  'scripts',
];

let tmp = '';
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** The environment of a child npm: not the one of an `npm test` around us (its prefix, its lifecycle script). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'INIT_CWD') env[k] = v;
  return { ...env, NO_COLOR: '1', CI: '', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
}

async function sh(cmd: string, args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  return exec(cmd, args, { cwd, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 });
}

describe('the npm package', () => {
  it('packs with dist, installs into a fresh repository, and init, check and test pass there', { timeout: 300_000 }, async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'replybook-package-'));
    const source = path.join(tmp, 'source');
    await mkdir(source);
    for (const s of SOURCES) await cp(path.join(ROOT, s), path.join(source, s), { recursive: true });
    await symlink(path.join(ROOT, 'node_modules'), path.join(source, 'node_modules'), 'dir');

    const packs = path.join(tmp, 'packs');
    await mkdir(packs);
    const packed = await sh(NPM, ['pack', '--json', '--pack-destination', packs], source);
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    const files = info.files.map((f) => f.path);
    for (const f of [
      'dist/cli/main.js',
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'schema/playbook.schema.json',
      'schema/complaints.schema.json',
      'schema/config.schema.json',
      'docs/configuration.md',
      'docs/ci.md',
      'docs/rules.md',
      'README.md',
      'LICENSE',
    ])
      expect(files).toContain(f);
    expect(files.filter((f) => !/^(dist\/(src|cli)\/|schema\/|docs\/|README\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/.test(f))).toEqual(
      [],
    );

    const repo = path.join(tmp, 'team-repo');
    await mkdir(repo);
    await sh(NPM, ['init', '-y'], repo);
    await sh(NPM, ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', path.join(packs, info.filename)], repo);
    const pkg = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
    expect(pkg.devDependencies?.replybook).toMatch(/replybook-.*\.tgz$/);

    const init = await sh(
      NPX,
      ['--no-install', 'replybook', 'init', '--locale', 'ru', '--brand', 'Ромашка', '--timezone', 'Europe/Moscow'],
      repo,
    );
    expect(init.stdout).toContain('  playbooks/romashka/playbook.yaml\n');
    const playbook = await readFile(path.join(repo, 'playbooks/romashka/playbook.yaml'), 'utf8');
    expect(playbook.split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/replybook/schema/playbook.schema.json');
    await readFile(path.join(repo, 'node_modules/replybook/schema/playbook.schema.json'));

    const check = await sh(NPX, ['--no-install', 'replybook', 'check'], repo);
    expect(check.stdout).toContain('Проблем не найдено');
    const test = await sh(NPX, ['--no-install', 'replybook', 'test'], repo);
    expect(test.stdout + test.stderr).toContain('12 passed, 0 failed');
    // A playbook with a pattern: the bundle requires re2js, on its first pattern, from the installed dependencies.
    await cp(path.join(ROOT, 'playbooks/brightbean'), path.join(repo, 'playbooks/brightbean'), { recursive: true });
    const patterns = await sh(NPX, ['--no-install', 'replybook', 'test', 'playbooks/brightbean', '--jobs', '1'], repo);
    expect(patterns.stdout + patterns.stderr).toMatch(/\b[1-9]\d* passed, 0 failed\b/);
  });
});
