/**
 * The repository's CI: the workflow parses and has the steps docs/ci.md describes, its sticky
 * comment script updates one comment, and the pre-commit hook stops a commit with a broken playbook.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { DIFF_COMMENT_MARKER } from '../../src/diff/index.js';
import { CLI, ensureDist, ROOT } from '../build/support/dist.js';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

const workflow = parse(await readFile(path.join(ROOT, '.github/workflows/playbooks.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
};
const job = Object.values(workflow.jobs)[0];
const steps = job.steps;
const using = (action: string) => steps.filter((s) => s.uses?.startsWith(`${action}@`));
const running = (command: string) => {
  const found = steps.find((s) => s.run?.includes(command));
  if (!found) throw new Error(`no step runs ${command}`);
  return found;
};

describe('.github/workflows/playbooks.yml', () => {
  it('runs on every pull request and on pushes to main', () => {
    expect(workflow.on.pull_request).toBeNull();
    expect(workflow.on.push).toEqual({ branches: ['main'] });
  });

  it('may upload SARIF and comment, nothing more', () => {
    expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write', 'pull-requests': 'write' });
  });

  it('checks out the whole history and installs with the npm cache', () => {
    expect(using('actions/checkout')[0].with).toEqual({ 'fetch-depth': 0 });
    expect(using('actions/setup-node')[0].with).toEqual({ 'node-version': 20, cache: 'npm' });
    expect(running('npm ci')).toBeDefined();
  });

  it('checks with GitHub annotations and SARIF, and uploads the SARIF even when the check fails', () => {
    expect(running('npx replybook check').run).toContain('npx replybook check playbooks --format github --format sarif -o replybook.sarif');
    const upload = using('github/codeql-action/upload-sarif')[0];
    expect(upload.if).toContain('always()');
    expect(upload.with?.sarif_file).toBe('replybook.sarif');
  });

  it('runs the sample complaints with GitHub and JUnit reports', () => {
    expect(running('npx replybook test').run).toContain(
      'npx replybook test playbooks --reporter github --reporter junit -o test-results.xml',
    );
  });

  it('diffs against the pull request’s base branch, only on pull requests', () => {
    const diff = running('npx replybook diff');
    expect(diff.run).toContain('npx replybook diff --base "origin/$BASE_REF" playbooks --format markdown > diff.md');
    expect(diff.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    expect(diff.if).toContain("github.event_name == 'pull_request'");
  });

  it('builds and uploads the artifacts, after the checks', () => {
    const build = running('npx replybook build');
    expect(build.run).toBe('npx replybook build playbooks --out build');
    const uploads = using('actions/upload-artifact');
    expect(uploads.some((u) => u.with?.path === 'build/')).toBe(true);
    expect(steps.indexOf(build)).toBeGreaterThan(steps.indexOf(running('npx replybook test')));
  });

  describe('the sticky comment', () => {
    const script = using('actions/github-script')[0].with?.script as string;

    async function runScript(existing: Array<{ id: number; body: string; user: { type: string } }>, diff: string) {
      const calls: Array<[string, Record<string, unknown>]> = [];
      const github = {
        paginate: async (_fn: unknown, args: Record<string, unknown>) => {
          calls.push(['list', args]);
          return existing;
        },
        rest: {
          issues: {
            listComments: () => undefined,
            updateComment: async (args: Record<string, unknown>) => void calls.push(['update', args]),
            createComment: async (args: Record<string, unknown>) => void calls.push(['create', args]),
          },
        },
      };
      const context = { repo: { owner: 'acme', repo: 'replies' }, issue: { number: 7 } };
      const fakeRequire = (name: string) => {
        if (name !== 'node:fs') throw new Error(`unexpected require ${name}`);
        return { readFileSync: () => diff };
      };
      // github-script wraps the script in an async function with these names in scope.
      const fn = new Function('github', 'context', 'require', `return (async () => {\n${script}\n})();`);
      await fn(github, context, fakeRequire);
      return calls;
    }

    it('uses the marker the markdown starts with', () => {
      expect(script).toContain(`'${DIFF_COMMENT_MARKER}'`);
    });

    it('updates its own comment when there is one', async () => {
      const calls = await runScript(
        [
          { id: 1, body: `quote of ${DIFF_COMMENT_MARKER}`, user: { type: 'User' } },
          { id: 2, body: `${DIFF_COMMENT_MARKER}\nold`, user: { type: 'Bot' } },
        ],
        `${DIFF_COMMENT_MARKER}\nnew`,
      );
      expect(calls.slice(1)).toEqual([['update', { owner: 'acme', repo: 'replies', comment_id: 2, body: `${DIFF_COMMENT_MARKER}\nnew` }]]);
    });

    it('creates one otherwise, adding the marker if the text lacks it', async () => {
      const calls = await runScript([], 'no marker');
      expect(calls.slice(1)).toEqual([
        ['create', { owner: 'acme', repo: 'replies', issue_number: 7, body: `${DIFF_COMMENT_MARKER}\nno marker` }],
      ]);
    });
  });
});

describe('.github/hooks/pre-commit', () => {
  const HOOK = path.join(ROOT, '.github/hooks/pre-commit');
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  const commit = (message: string): Promise<{ code: number; err: string }> =>
    new Promise((resolve) => {
      execFile(
        'git',
        ['commit', '-qm', message],
        {
          cwd: repo,
          env: { ...process.env, NO_COLOR: '1', REPLYBOOK: `${process.execPath} ${CLI}` /* split by the hook: paths without spaces */ },
        },
        (e, _out, err) => {
          resolve({ code: e ? ((e as { code?: number }).code ?? -1) : 0, err });
        },
      );
    });

  beforeAll(ensureDist, 180_000);
  beforeEach(async () => {
    repo = await realpath(await mkdtemp(path.join(os.tmpdir(), 'replybook-hook-')));
    git('init', '-q');
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@example.com');
    git('config', 'commit.gpgsign', 'false');
    await mkdir(path.join(repo, '.github/hooks'), { recursive: true });
    await cp(HOOK, path.join(repo, '.github/hooks/pre-commit'));
    git('config', 'core.hooksPath', '.github/hooks');
    await mkdir(path.join(repo, 'playbooks'));
    await cp(path.join(ROOT, 'test/diff/fixtures/shop'), path.join(repo, 'playbooks/my shop'), { recursive: true });
  });
  afterEach(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('lets a valid playbook through and stops a broken one, naming the problem', async () => {
    git('add', '.');
    const ok = await commit('valid');
    expect(ok.code, ok.err).toBe(0);

    const file = path.join(repo, 'playbooks/my shop/playbook.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('to: delivery', 'to: couriers'));
    git('add', '.');
    const broken = await commit('broken');
    expect(broken.code).not.toBe(0);
    expect(broken.err).toContain('replybook check found problems');
    expect(broken.err).toMatch(/playbooks\/my shop\/playbook\.yaml.*couriers/s);
    expect(git('log', '--format=%s')).toBe('valid');
  });

  it('checks nothing when no playbook file is staged', async () => {
    git('add', '.');
    await commit('valid');
    await writeFile(path.join(repo, 'playbooks/my shop/playbook.yaml'), 'not: [valid');
    await writeFile(path.join(repo, 'README.md'), 'hello\n');
    git('add', 'README.md');
    const r = await commit('readme');
    expect(r.code, r.err).toBe(0);
  });

  it('says so when replybook is not installed', async () => {
    git('add', '.');
    const r = await new Promise<{ code: number; err: string }>((resolve) => {
      execFile(
        'git',
        ['commit', '-qm', 'x'],
        { cwd: repo, env: { ...process.env, REPLYBOOK: 'replybook-that-is-not-installed' } },
        (e, _o, err) => {
          resolve({ code: e ? 1 : 0, err });
        },
      );
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain('replybook is not installed');
  });
});
