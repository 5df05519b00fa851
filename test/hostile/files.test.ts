/**
 * Hostile corpus — files outside the project, and many files. A pull request can add symbolic
 * links anywhere in the project (reply snapshots and their folders, playbook and complaint files,
 * report and build paths) and thousands of files; nothing outside the project may be read,
 * printed, written or removed, and no file-system problem may become an internal error.
 */
import { spawn } from 'node:child_process';
import { lstat, mkdir, readFile, readlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ensureDist } from '../build/support/dist.js';
import { CANARY, describeCases, miniPlaybook, runCase, type CaseResult, type HostileCase } from './harness.js';

const SNAPSHOT = 'pb/__replies__/complaints/first.txt';
const SNAPSHOT_DIR = 'pb/__replies__/complaints';
const REPLY = 'Hello, we are sorry and will look into it.\n';
const CLASS = 'files outside the project';

const snapshotLink = (target: string) => ({ ...miniPlaybook(), [SNAPSHOT]: { symlink: target } });
const snapshotDirLink = () => ({ ...miniPlaybook(), [SNAPSHOT_DIR]: { symlink: '{outside}/dir' } });
const atSnapshot = { file: SNAPSHOT, line: 1, column: 1, rule: 'load/outside-project' };
const atSnapshotDir = { file: SNAPSHOT_DIR, line: 1, column: 1, rule: 'load/outside-project' };

async function stillALinkTo(p: string, target: string): Promise<void> {
  expect((await lstat(p)).isSymbolicLink()).toBe(true);
  expect(await readlink(p)).toBe(target);
}

const cases: HostileCase[] = [
  {
    name: 'a reply snapshot linked to a secret outside: test reports it, never prints it',
    class: CLASS,
    files: snapshotLink('{outside}/secret.txt'),
    args: ['test', 'pb'],
    expect: { exit: 1, located: atSnapshot, output: /Cannot read the reply snapshot: it links outside the project/ },
  },
  {
    name: 'the same in GitHub annotations',
    class: CLASS,
    files: snapshotLink('{outside}/secret.txt'),
    args: ['test', 'pb', '--reporter', 'github'],
    expect: { exit: 1, located: atSnapshot },
  },
  {
    name: 'test --update does not write through the link (the target stays, the link stays)',
    class: CLASS,
    files: snapshotLink('{outside}/secret.txt'),
    args: ['test', 'pb', '--update'],
    expect: {
      exit: 1,
      located: atSnapshot,
      output: /0 reply snapshots written, 0 removed/,
      after: ({ project, outside }) => stillALinkTo(path.join(project, SNAPSHOT), path.join(outside, 'secret.txt')),
    },
  },
  {
    name: 'build refuses a snapshot linked outside and builds nothing',
    class: CLASS,
    files: snapshotLink('{outside}/secret.txt'),
    args: ['build', 'pb', '--out', 'out'],
    expect: {
      exit: 1,
      located: atSnapshot,
      output: /nothing was built and out was left as it was/,
      after: async ({ project }) => {
        await expect(lstat(path.join(project, 'out'))).rejects.toThrow(/ENOENT/);
      },
    },
  },
  {
    name: 'a reply snapshot linked to /proc/self/environ',
    class: CLASS,
    files: snapshotLink('/proc/self/environ'),
    args: ['test', 'pb', '--reporter', 'github'],
    expect: { exit: 1, located: atSnapshot, notOutput: [/HOME=/, /PATH=/] },
  },
  {
    name: 'a snapshot folder linked outside: test --update removes nothing behind it',
    class: CLASS,
    files: snapshotDirLink(),
    args: ['test', 'pb', '--update'],
    expect: {
      exit: 1,
      located: atSnapshotDir,
      output: /Cannot list the reply snapshot folder/,
      after: ({ project, outside }) => stillALinkTo(path.join(project, SNAPSHOT_DIR), path.join(outside, 'dir')),
    },
  },
  {
    name: 'a snapshot folder linked outside: test reports it',
    class: CLASS,
    files: snapshotDirLink(),
    args: ['test', 'pb'],
    expect: { exit: 1, located: atSnapshotDir },
  },
  {
    name: 'the __replies__ folder linked to a folder outside that does not exist: --update creates nothing there',
    class: CLASS,
    files: { ...miniPlaybook(), 'pb/__replies__': { symlink: '{outside}/new' } },
    args: ['test', 'pb', '--update'],
    expect: {
      exit: 1,
      located: { file: SNAPSHOT, line: 1, column: 1, rule: 'load/unreadable' },
      output: /Cannot write the reply snapshot: it is a symbolic link to something that does not exist/,
    },
  },
  {
    name: 'a playbook file linked outside (held before: keep it)',
    class: CLASS,
    files: { ...miniPlaybook(), 'pb/leak.yaml': { symlink: '{outside}/secret.yaml' } },
    args: ['check', 'pb'],
    expect: { exit: 1, located: { file: 'pb/leak.yaml', line: 1, column: 1, rule: 'load/outside-project' } },
  },
  {
    name: 'a complaint file linked outside',
    class: CLASS,
    files: { ...miniPlaybook(), 'pb/complaints.yaml': { symlink: '{outside}/secret.yaml' } },
    args: ['test', 'pb'],
    expect: { exit: 2, located: { file: 'pb/complaints.yaml', line: 1, column: 1, rule: 'load/outside-project' } },
  },
  {
    name: 'a calendar file (schedule.calendar_files) linked outside: refused at its reference, never read',
    class: CLASS,
    files: { ...miniPlaybook('schedule:\n  calendar_files: cal.xml'), 'pb/cal.xml': { symlink: '{outside}/secret.txt' } },
    args: ['check', 'pb'],
    expect: { exit: 1, located: { file: 'pb/playbook.yaml', line: 17, column: 19, rule: 'load/outside-project' } },
  },
  {
    name: 'a calendar file named by a path that climbs out of the project',
    class: CLASS,
    files: miniPlaybook('schedule:\n  calendar_files: ../../outside/cal.json'),
    // A calendar outside the project, beside the canaries: it must be refused, not read.
    setup: ({ outside }) => writeFile(path.join(outside, 'cal.json'), `{"year": 2031, "days": [{"d": "${CANARY}", "t": 1}]}`),
    args: ['check', 'pb'],
    expect: { exit: 1, located: { file: 'pb/playbook.yaml', line: 17, column: 19, rule: 'load/outside-project' } },
  },
  {
    name: 'the playbook folder given is a link outside',
    class: CLASS,
    files: { ...miniPlaybook(), playbooks: { symlink: '{outside}/dir' } },
    args: ['check', 'playbooks'],
    expect: { exit: 1, located: { file: 'playbooks', line: 1, column: 1, rule: 'load/outside-project' } },
  },
  {
    name: 'a path given that is a loop of links (ELOOP)',
    class: CLASS,
    files: { ...miniPlaybook(), loop: { symlink: 'loop' } },
    args: ['check', 'pb', 'loop'],
    expect: { exit: 1, located: { file: 'loop', line: 1, column: 1, rule: 'load/unreadable' }, output: /loop of symbolic links \(ELOOP\)/ },
  },
  {
    name: 'links that stay inside the project keep working (a playbook file, a snapshot)',
    class: CLASS,
    files: {
      ...miniPlaybook(),
      'shared/more.yaml': 'voices:\n  official: { name: Official }\n',
      'pb/more.yaml': { symlink: '../shared/more.yaml' },
      'snapshots/first.txt': REPLY,
      [SNAPSHOT]: { symlink: '../../../snapshots/first.txt' },
    },
    args: ['test', 'pb'],
    expect: { exit: 0, output: /1 passed, 0 failed/, notOutput: /outside-project|Cannot read/ },
  },
  {
    name: 'diff: a symbolic link in the git tree is not followed',
    class: CLASS,
    git: true,
    files: { ...miniPlaybook(), 'pb/leak.yaml': { symlink: '{outside}/secret.yaml' } },
    args: ['diff', '--base', 'HEAD', 'pb'],
    expect: { exit: 0 },
  },
  {
    name: 'build --out a folder outside that holds a manifest.json replybook did not write',
    class: CLASS,
    files: miniPlaybook(),
    args: ['build', 'pb', '--out', '{outside}/dir'],
    expect: { exit: 2, output: /is not a replybook build: its manifest\.json is not one replybook wrote.*nothing was changed/ },
  },
  {
    name: 'build --out a link in the project that leads outside',
    class: CLASS,
    files: { ...miniPlaybook(), out: { symlink: '{outside}/dir' } },
    args: ['build', 'pb', '--out', 'out'],
    expect: { exit: 2, output: /cannot write the build to out: it links outside the project/ },
  },
  {
    name: 'build --out a broken link to a folder outside: nothing is created there',
    class: CLASS,
    files: { ...miniPlaybook(), out: { symlink: '{outside}/new-build' } },
    args: ['build', 'pb', '--out', 'out'],
    expect: { exit: 2, output: /cannot write the build to out: it is a symbolic link to something that does not exist/ },
  },
  {
    name: 'build --out a regular file',
    class: 'output files',
    files: miniPlaybook(),
    args: ['build', 'pb', '--out', 'pb/playbook.yaml'],
    expect: { exit: 2, output: /cannot write the build to pb\/playbook\.yaml: it exists and is not a folder/, notOutput: /internal error/ },
  },
  {
    name: 'build --out a source folder',
    class: 'output files',
    files: miniPlaybook(),
    args: ['build', 'pb', '--out', 'pb'],
    expect: { exit: 2, output: /pb is not a replybook build: it has no manifest\.json, and complaints\.yaml is not replybook's/ },
  },
  {
    name: '-o . is a usage error',
    class: 'output files',
    files: miniPlaybook(),
    args: ['check', 'pb', '-o', '.'],
    expect: {
      exit: 2,
      output: /^replybook check: cannot write the stylish report to \.: it is a folder; give a file name$/m,
      notOutput: /internal error/,
    },
  },
  {
    name: '-o a path under a regular file is a usage error',
    class: 'output files',
    files: miniPlaybook(),
    args: ['test', 'pb', '--reporter', 'json', '-o', 'pb/playbook.yaml/report.json'],
    expect: {
      exit: 2,
      output: /cannot write the json report to pb\/playbook\.yaml\/report\.json: pb\/playbook\.yaml is a file, not a folder/,
      notOutput: /internal error/,
    },
  },
  {
    name: '-o under a folder linked outside is refused',
    class: CLASS,
    files: { ...miniPlaybook(), reports: { symlink: '{outside}/dir' } },
    args: ['check', 'pb', '--format', 'sarif', '-o', 'reports/check.sarif'],
    expect: { exit: 2, output: /cannot write the sarif report to reports\/check\.sarif: it links outside the project/ },
  },
  {
    name: '-o at a link to a file outside replaces the link, never the target',
    class: CLASS,
    files: { ...miniPlaybook(), 'check.sarif': { symlink: '{outside}/secret.txt' } },
    args: ['check', 'pb', '--format', 'sarif', '-o', 'check.sarif'],
    expect: {
      exit: 0,
      after: async ({ project }) => {
        expect((await lstat(path.join(project, 'check.sarif'))).isFile()).toBe(true);
        expect(JSON.parse(await readFile(path.join(project, 'check.sarif'), 'utf8')).version).toBe('2.1.0');
      },
    },
  },
  {
    name: '-o an unwritable path is a usage error',
    class: 'output files',
    files: miniPlaybook(),
    args: ['check', 'pb', '-o', '/proc/replybook/report.txt'],
    expect: {
      exit: 2,
      output: /^replybook check: cannot write the stylish report to \/proc\/replybook\/report\.txt: /m,
      notOutput: /internal error/,
    },
  },
];

describeCases('files outside the project', cases);

/** 1,500 small complaint files beside one playbook. */
async function manyFiles({ project }: { project: string }): Promise<void> {
  await mkdir(path.join(project, 'pb/complaints'), { recursive: true });
  const writes: Promise<void>[] = [];
  for (let i = 0; i < 1500; i++) {
    const id = `c${String(i).padStart(4, '0')}`;
    writes.push(
      writeFile(
        path.join(project, `pb/complaints/${id}.yaml`),
        `complaints:\n  - id: ${id}\n    channel: x\n    text: "It broke (${i})."\n    at: 2026-03-02T10:00:00Z\n    expect: { type: complaint }\n`,
      ),
    );
    if (writes.length === 100) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
}

/** Runs the CLI under `ulimit -n <n>`, as the brief's CI runner with few file descriptors would. */
function underUlimit(n: number) {
  return (args: string[], opts: { cwd: string; env?: Record<string, string>; timeoutMs: number }): Promise<CaseResult> =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const child = spawn('bash', ['-c', `ulimit -n ${n} && exec "$0" "$@"`, process.execPath, CLI, ...args], {
        cwd: opts.cwd,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', CI: '', GITHUB_ACTIONS: '', ...opts.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      let timedOut = false;
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        if (stdout.length < 4_000_000) stdout += s;
      });
      child.stderr.setEncoding('utf8').on('data', (s: string) => {
        if (stderr.length < 4_000_000) stderr += s;
      });
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, opts.timeoutMs);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, stdout, stderr, ms: performance.now() - t0, timedOut });
      });
    });
}

describe.concurrent('many files', () => {
  const many = (args: string[], output: RegExp): HostileCase => ({
    name: `${args[0]} on 1,500 small files`,
    class: 'many files',
    files: miniPlaybook(),
    setup: manyFiles,
    args,
    expect: { exit: 0, output, notOutput: [/EMFILE/, /Cannot read/], maxMs: 60_000 },
  });
  it.each([1024, 256])(
    'check on 1,500 files under ulimit -n %i reports no EMFILE',
    async (n) => {
      await ensureDist();
      await runCase(many(['check', 'pb'], /^$|✖ 0 problems|^\s*$/m), underUlimit(n));
    },
    180_000,
  );

  it('test on 1,500 files under ulimit -n 256 runs every complaint', async () => {
    await ensureDist();
    await runCase(many(['test', 'pb', '--reporter', 'json', '-o', 'report.json'], /1501 passed, 0 failed/), underUlimit(256));
  }, 180_000);
});
