/**
 * One meaning of reply snapshots in every command (issue 14), end to end with the compiled CLI: the
 * same playbook — one snapshot in place, one missing, one obsolete, or one whose reply changed —
 * gives the same "N passed, N failed" in `test`, `watch`, `diff` and `build`, locally (a missing
 * snapshot is written) and under CI (it fails, nothing is written); `build` refuses to ship exactly
 * when `test` fails. And `diff` reads replybook.config.yaml: a rule turned off there takes effect.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync, spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI, ensureDist } from '../build/support/dist.js';

const FIXTURE = path.resolve(__dirname, '../build/fixtures/mini');
const SNAPS = 'mini/__replies__/complaints';
const LATE = `${SNAPS}/late-order.txt`;
const JUST_BAD = `${SNAPS}/just-bad.txt`;
const GHOST = `${SNAPS}/ghost.txt`;

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = '';
});

interface Ran {
  code: number;
  out: string;
}

/** The compiled CLI in `dir`; `ci` sets the CI variable (unset otherwise), as a CI runner does. */
function cli(args: string[], ci: boolean): Promise<Ran> {
  const env = { ...process.env, NO_COLOR: '1', GITHUB_STEP_SUMMARY: '', CI: ci ? 'true' : '' };
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: dir, env }, (e, stdout, stderr) => {
      resolve({ code: e ? ((e as { code?: number }).code ?? -1) : 0, out: `${stdout}${stderr}` });
    });
  });
}

/** `replybook watch`'s first report (up to "Watching …"), then the watch is ended. */
async function watchFirstReport(ci: boolean): Promise<string> {
  const env = { ...process.env, NO_COLOR: '1', CI: ci ? 'true' : '' };
  const child = spawn(process.execPath, [CLI, 'watch', 'mini'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (out += s));
  const end = Date.now() + 30_000;
  while (!/Watching \d+ files/.test(out) && Date.now() < end && child.exitCode === null) await new Promise((r) => setTimeout(r, 25));
  child.kill('SIGTERM');
  await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  return out;
}

/** "N passed, N failed" as printed (the last one). */
function totals(text: string): string {
  const all = [...text.matchAll(/(\d+) passed, (\d+) failed/g)];
  expect(all.length, text).toBeGreaterThan(0);
  return all.at(-1)![0];
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

/**
 * A git repository with the mini playbook committed with both snapshots; then `shape` changes the
 * working tree: `new+obsolete` removes one snapshot and adds one no complaint has, `changed`
 * rewrites one snapshot so its reply differs.
 */
async function project(shape: 'new+obsolete' | 'changed'): Promise<void> {
  dir = await realpath(await mkdtemp(path.join(os.tmpdir(), 'replybook-snapshots-')));
  await cp(FIXTURE, path.join(dir, 'mini'), { recursive: true });
  git('init', '-q');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.com');
  git('config', 'commit.gpgsign', 'false');
  const made = await cli(['test', 'mini', '--update'], false);
  expect(made.code, made.out).toBe(0);
  expect((await readdir(path.join(dir, SNAPS))).sort()).toEqual(['just-bad.txt', 'late-order.txt']);
  git('add', '.');
  git('commit', '-qm', 'playbook with its snapshots');
  if (shape === 'new+obsolete') {
    await rm(path.join(dir, JUST_BAD));
    await writeFile(path.join(dir, GHOST), 'A reply to a complaint that is gone.\n');
  } else {
    await writeFile(path.join(dir, LATE), 'A reply the playbook no longer gives.\n');
  }
}

/** The working tree's snapshot files, to compare before and after a command. */
async function snapshotFiles(): Promise<string[]> {
  return (await readdir(path.join(dir, SNAPS))).sort();
}

beforeAll(ensureDist, 180_000);

describe('new, missing and obsolete snapshots in every command', () => {
  it('locally: the missing snapshot is written and passes, the obsolete one is reported — in test, build, watch and diff alike', async () => {
    await project('new+obsolete');
    // diff first: it writes nothing, and says what is stale.
    const diff = await cli(['diff', '--base', 'HEAD', '--format', 'json'], false);
    expect(diff.code, diff.out).toBe(0);
    const status = JSON.parse(diff.out).snapshots;
    expect(status).toEqual({ passed: 2, failed: 0, changed: [], missing: [JUST_BAD], obsolete: [GHOST], ci: false });
    expect(await snapshotFiles()).toEqual(['ghost.txt', 'late-order.txt']);
    const comment = await cli(['diff', '--base', 'HEAD', '--format', 'markdown', '--lang', 'en'], false);
    expect(comment.out).toContain('Reply snapshots are stale:');
    expect(comment.out).toContain('1 reply has no snapshot yet');
    expect(comment.out).toContain(`\`${JUST_BAD}\``);
    expect(comment.out).toContain('1 snapshot belongs to no sample complaint with a reply');
    expect(comment.out).toContain('Run `replybook test --update` to remove the obsolete snapshots');
    expect(comment.out).toContain('Run `replybook test` locally (it writes missing snapshots)');

    const test = await cli(['test', 'mini'], false);
    expect(test.code, test.out).toBe(0);
    expect(totals(test.out)).toBe('2 passed, 0 failed');
    expect(test.out).toContain(`replybook test: 1 new reply snapshot written (commit it): ${JUST_BAD}`);
    expect(test.out).toContain(
      `replybook test: 1 obsolete reply snapshot (no sample complaint with a reply has it; --update removes it): ${GHOST}`,
    );
    expect(await snapshotFiles()).toEqual(['ghost.txt', 'just-bad.txt', 'late-order.txt']);

    // The same starting point for build and watch.
    await rm(path.join(dir, JUST_BAD));
    const build = await cli(['build', 'mini', '--out', 'out'], false);
    expect(build.code, build.out).toBe(0);
    expect(build.out).toContain('(2 passed, 0 failed)');
    expect(build.out).toContain(`replybook build: 1 new reply snapshot written (commit it): ${JUST_BAD}`);
    expect(build.out).toContain(`replybook build: 1 obsolete reply snapshot`);
    expect(existsSync(path.join(dir, 'out/mini/reply-library.json'))).toBe(true);

    await rm(path.join(dir, JUST_BAD));
    const watch = await watchFirstReport(false);
    expect(totals(watch)).toBe('2 passed, 0 failed');
    expect(watch).toContain(`1 new reply snapshot written (commit it): ${JUST_BAD}`);
    expect(watch).toContain(`1 obsolete reply snapshot (no sample complaint with a reply has it; --update removes it): ${GHOST}`);
    expect(await readFile(path.join(dir, JUST_BAD), 'utf8')).toMatch(/^Добрый день! Спасибо за отзыв\./);

    // --update removes the obsolete one; then every command is clean.
    const update = await cli(['test', 'mini', '--update'], false);
    expect(update.out).toContain('0 reply snapshots written, 1 removed');
    expect(await snapshotFiles()).toEqual(['just-bad.txt', 'late-order.txt']);
  }, 120_000);

  it('under CI: the missing snapshot fails the same complaint in test, build, watch and diff, and nothing is written', async () => {
    await project('new+obsolete');
    const test = await cli(['test', 'mini'], true);
    expect(test.code).toBe(1);
    expect(totals(test.out)).toBe('1 passed, 1 failed');
    expect(test.out).toContain(`The reply has no snapshot ${JUST_BAD}, and none is written under CI`);

    const build = await cli(['build', 'mini', '--out', 'out'], true);
    expect(build.code, build.out).toBe(1);
    expect(totals(build.out)).toBe('1 passed, 1 failed');
    expect(build.out).toContain('1 sample complaint failed; nothing was built');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    // --no-ci: as a local run, it writes the snapshot and builds.
    const local = await cli(['build', 'mini', '--out', 'out', '--no-ci'], true);
    expect(local.code, local.out).toBe(0);
    await rm(path.join(dir, JUST_BAD));

    const watch = await watchFirstReport(true);
    expect(totals(watch)).toBe('1 passed, 1 failed');
    expect(watch).toContain(`✗ mini › just-bad  The reply has no snapshot ${JUST_BAD}`);

    const diff = await cli(['diff', '--base', 'HEAD', '--format', 'json'], true);
    const status = JSON.parse(diff.out).snapshots;
    expect(status).toMatchObject({ passed: 1, failed: 1, missing: [JUST_BAD], obsolete: [GHOST], ci: true });
    const comment = await cli(['diff', '--base', 'HEAD', '--format', 'markdown', '--lang', 'en'], true);
    expect(comment.out).toContain('1 reply has no snapshot, which fails under CI');
    // Without --lang, the comment speaks the playbook's language (the mini playbook is Russian).
    const ru = await cli(['diff', '--base', 'HEAD', '--format', 'markdown'], true);
    expect(ru.out).toContain('у 1 ответа нет снимка — в CI это ошибка');
    expect(await snapshotFiles()).toEqual(['ghost.txt', 'late-order.txt']);
  }, 120_000);

  it('a reply that differs from its snapshot fails in every command, locally too; build ships nothing; diff says how to update', async () => {
    await project('changed');
    const test = await cli(['test', 'mini'], false);
    expect(test.code).toBe(1);
    expect(totals(test.out)).toBe('1 passed, 1 failed');
    const build = await cli(['build', 'mini', '--out', 'out'], false);
    expect(build.code).toBe(1);
    expect(totals(build.out)).toBe('1 passed, 1 failed');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    const watch = await watchFirstReport(false);
    expect(totals(watch)).toBe('1 passed, 1 failed');
    expect(watch).toContain(`✗ mini › late-order  The reply differs from its snapshot ${LATE}`);
    const diff = await cli(['diff', '--base', 'HEAD', '--format', 'json'], false);
    expect(JSON.parse(diff.out).snapshots).toMatchObject({ passed: 1, failed: 1, changed: [LATE], missing: [], obsolete: [] });
    const comment = await cli(['diff', '--base', 'HEAD', '--format', 'markdown', '--lang', 'ru'], false);
    expect(comment.out).toContain('### 🧪 Примеры жалоб и снимки ответов');
    expect(comment.out).toContain('1 ответ отличается от своего снимка');
    expect(comment.out).toContain('выполните `replybook test --update`');
    const terminal = await cli(['diff', '--base', 'HEAD', '--lang', 'en'], false);
    expect(terminal.out).toContain('samples: 1 passed, 1 failed · stale reply snapshots: 1 changed (replybook test --update updates them)');
    // The snapshot on disk is what it was: no command but `test --update` rewrites a changed one.
    expect(await readFile(path.join(dir, LATE), 'utf8')).toBe('A reply the playbook no longer gives.\n');
  }, 120_000);
});

describe('replybook diff reads replybook.config.yaml', () => {
  it('a rule turned off in the configuration takes effect in diff (no new problem, the sample passes)', async () => {
    await project('changed');
    await cli(['test', 'mini', '--update'], false); // the snapshots as committed again
    expect(git('status', '--porcelain')).toBe('');
    // The change: a template now uses a phrase the tone of voice avoids.
    const file = path.join(dir, 'mini/templates/replies.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('что случилось', 'в чём проблема'));
    const on = JSON.parse((await cli(['diff', '--base', 'HEAD', '--format', 'json'], false)).out);
    expect(on.newProblems.map((d: { ruleId: string }) => d.ruleId)).toContain('tone/avoid');
    // An avoided phrase in a template is an error: as `test` runs no complaint then, diff judges none.
    expect(on.snapshots).toBeNull();
    const blocked = await cli(['test', 'mini'], false);
    expect([blocked.code, totals(blocked.out)]).toEqual([2, '0 passed, 0 failed']);
    await writeFile(path.join(dir, 'replybook.config.yaml'), 'rules:\n  tone/avoid: off\n');
    const off = JSON.parse((await cli(['diff', '--base', 'HEAD', '--format', 'json'], false)).out);
    expect(off.newProblems.map((d: { ruleId: string }) => d.ruleId)).not.toContain('tone/avoid');
    // The complaints run now: the changed reply differs from its snapshot, and nothing else fails it.
    expect(off.snapshots).toMatchObject({ passed: 1, failed: 1, changed: [JUST_BAD] });
    expect(totals((await cli(['test', 'mini'], false)).out)).toBe('1 passed, 1 failed');
    await cli(['test', 'mini', '--update'], false); // the new reply is intended
    const updated = JSON.parse((await cli(['diff', '--base', 'HEAD', '--format', 'json'], false)).out);
    expect(updated.snapshots).toMatchObject({ passed: 2, failed: 0, changed: [], missing: [], obsolete: [] });
    expect(totals((await cli(['test', 'mini'], false)).out)).toBe('2 passed, 0 failed');
  }, 120_000);

  it("the configuration's ignore globs narrow both revisions", async () => {
    await project('changed');
    await writeFile(path.join(dir, 'replybook.config.yaml'), 'ignore: ["mini/**"]\n');
    const r = await cli(['diff', '--base', 'HEAD'], false);
    expect(r.code).toBe(2);
    expect(r.out).toContain('no playbook files (.yaml) found');
  }, 60_000);
});
