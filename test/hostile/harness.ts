/**
 * The hostile corpus's harness. Each case is a small project an untrusted pull request could
 * bring, a `replybook` command line, and what must happen: the exit code, a located diagnostic,
 * a time bound (generous: a hang is minutes, the bound is seconds) — and, for every case, that
 * nothing outside the project was read, written or removed.
 *
 * Layout of one run, in a fresh temporary folder:
 *   outside/            files the project must never reach (a canary token in each)
 *   project/            the case's files (`{ symlink }` entries become symbolic links)
 * The command runs as a child process (`node dist/cli/main.js`) in `project/`, so a hang is
 * killed by the timeout instead of hanging the test run. After it: the canary token appears in
 * no output and in no file under `project/`, and `outside/` is byte-for-byte as it was.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import { CLI, ensureDist } from '../build/support/dist.js';

/** A file of the case's project: text, bytes, or a symbolic link (`{outside}` and `{project}` expand). */
export type CaseFile = string | Uint8Array | { symlink: string };

export interface Located {
  /** Path as replybook prints it (relative to the project folder). */
  file: string;
  line?: number;
  column?: number;
  /** A rule id that must be on the same line of output. */
  rule?: string;
}

export interface HostileCase {
  /** What the attack is. */
  name: string;
  /** The threat class of docs/security.md it belongs to. */
  class: string;
  files: Record<string, CaseFile>;
  /** The command line after `replybook`; `{outside}` and `{project}` expand. */
  args: string[];
  /** Commit the files in a git repository first (for `diff`, and for git roots). */
  git?: boolean;
  env?: Record<string, string>;
  /** Text written to the command's standard input. */
  stdin?: string;
  /** Runs after the files are written and before the command (chmod, a huge file, …). */
  setup?: (dirs: { project: string; outside: string }) => Promise<void>;
  expect: {
    exit: number | readonly number[];
    /** A diagnostic that must be printed at this place (stylish `file:line:col` or a GitHub annotation). */
    located?: Located | readonly Located[];
    /** Must match the command's standard output and error together. */
    output?: RegExp | readonly RegExp[];
    /** Must not match them. */
    notOutput?: RegExp | readonly RegExp[];
    /** Upper bound on the run's wall time, in ms (default 15,000). */
    maxMs?: number;
    /** Extra assertions on the project folder after the run. */
    after?: (dirs: { project: string; outside: string }, result: CaseResult) => Promise<void> | void;
  };
}

export interface CaseResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/** Secret-looking content of the files outside the project: it must never appear anywhere. */
export const CANARY = `REPLYBOOK_CANARY_${randomBytes(8).toString('hex')}`;

function expand(s: string, dirs: { project: string; outside: string }): string {
  return s.replaceAll('{outside}', dirs.outside).replaceAll('{project}', dirs.project);
}

async function writeFiles(root: string, files: Record<string, CaseFile>, dirs: { project: string; outside: string }): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    await mkdir(path.dirname(abs), { recursive: true });
    if (typeof content === 'object' && !(content instanceof Uint8Array)) await symlink(expand(content.symlink, dirs), abs);
    else await writeFile(abs, content);
  }
}

/** Every entry under `dir` (links not followed) with a hash of its content: what "unchanged" means. */
export async function fingerprint(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      const rel = path.relative(dir, abs);
      const st = await lstat(abs);
      if (e.isSymbolicLink()) out.set(rel, `link:${await readlink(abs)}`);
      else if (e.isDirectory()) {
        out.set(rel, `dir:${st.mode}`);
        await walk(abs);
      } else
        out.set(
          rel,
          `file:${st.mode}:${createHash('sha256')
            .update(await readFile(abs))
            .digest('hex')}`,
        );
    }
  };
  await walk(dir);
  return out;
}

/** Files under `dir` (links not followed) whose bytes contain `needle`. */
async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) await walk(abs);
      else if (e.isFile() && (await readFile(abs)).includes(needle)) hits.push(path.relative(dir, abs));
    }
  };
  await walk(dir);
  return hits;
}

function git(args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } },
      (e) => (e ? reject(e) : resolve()),
    );
  });
}

/** Runs the CLI as a child process; kills it (and reports `timedOut`) after `timeoutMs`. */
export function runCli(
  args: string[],
  opts: { cwd: string; env?: Record<string, string>; stdin?: string; timeoutMs: number },
): Promise<CaseResult> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: opts.cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', CI: '', GITHUB_ACTIONS: '', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
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
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.stdin ?? '');
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

const asList = <T>(x: T | readonly T[] | undefined): readonly T[] =>
  x === undefined ? [] : Array.isArray(x) ? (x as readonly T[]) : [x as T];

/** Whether `out` shows a diagnostic at `loc`: `file:line:col … rule` (stylish) or `file=…,line=…,col=…` (GitHub). */
export function showsLocated(out: string, loc: Located): boolean {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = loc.line === undefined ? '\\d+' : String(loc.line);
  const col = loc.column === undefined ? '\\d+' : String(loc.column);
  const rule = loc.rule ? `.*${esc(loc.rule)}` : '';
  const stylish = new RegExp(`${esc(loc.file)}:${line}:${col}\\b${rule}`);
  const github = new RegExp(`file=${esc(loc.file)},line=${line}\\b.*?,col=${col}\\b${loc.rule ? `.*title=${esc(loc.rule)}` : ''}`);
  return out.split('\n').some((l) => stylish.test(l) || github.test(l));
}

/** Runs one case and asserts every invariant; throws an Error that says which one broke. */
export async function runCase(c: HostileCase, run: typeof runCli = runCli): Promise<CaseResult> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'replybook-hostile-'));
  const dirs = { project: path.join(base, 'project'), outside: path.join(base, 'outside') };
  try {
    await mkdir(dirs.project, { recursive: true });
    await writeFiles(
      dirs.outside,
      {
        'secret.txt': `${CANARY}\n`,
        'secret.yaml': `brand: ${CANARY}\n`,
        'dir/a.txt': `${CANARY} a\n`,
        'dir/b.txt': `${CANARY} b\n`,
        'dir/manifest.json': `{"note": "${CANARY}"}\n`,
      },
      dirs,
    );
    await writeFiles(dirs.project, c.files, dirs);
    if (c.git) {
      await git(['init', '-q', '-b', 'main'], dirs.project);
      await git(['add', '-A'], dirs.project);
      await git(['commit', '-q', '-m', 'base', '--allow-empty'], dirs.project);
    }
    await c.setup?.(dirs);
    const before = await fingerprint(dirs.outside);
    const maxMs = c.expect.maxMs ?? 15_000;
    const r = await run(
      c.args.map((a) => expand(a, dirs)),
      { cwd: dirs.project, env: c.env, stdin: c.stdin, timeoutMs: maxMs * 2 + 5_000 },
    );
    const all = `${r.stdout}\n${r.stderr}`;
    const problems: string[] = [];
    if (r.timedOut) problems.push(`did not finish in ${maxMs * 2 + 5_000} ms (killed)`);
    else if (r.ms > maxMs) problems.push(`took ${Math.round(r.ms)} ms, more than ${maxMs}`);
    const exits = asList(c.expect.exit as number | readonly number[]);
    if (!r.timedOut && !exits.includes(r.code as number))
      problems.push(`exit code ${r.code}${r.signal ? ` (${r.signal})` : ''}, expected ${exits.join(' or ')}`);
    if (all.includes(CANARY)) problems.push('the output holds the content of a file outside the project');
    if (/\n\s+at [\w.<>]+ \(|node:internal|file:\/\/\/.*:\d+:\d+\)/.test(all)) problems.push('the output holds a stack trace');
    for (const loc of asList(c.expect.located))
      if (!showsLocated(all, loc))
        problems.push(`no diagnostic at ${loc.file}:${loc.line ?? '*'}:${loc.column ?? '*'}${loc.rule ? ` (${loc.rule})` : ''}`);
    for (const re of asList(c.expect.output)) if (!re.test(all)) problems.push(`the output does not match ${re}`);
    for (const re of asList(c.expect.notOutput)) if (re.test(all)) problems.push(`the output matches ${re}`);
    const leaked = await filesContaining(dirs.project, CANARY);
    if (leaked.length) problems.push(`files in the project now hold outside content: ${leaked.join(', ')}`);
    const after = await fingerprint(dirs.outside);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
    if (changed.length) problems.push(`files outside the project changed: ${changed.join(', ')}`);
    if (!problems.length) await c.expect.after?.(dirs, r);
    if (problems.length) {
      throw new Error(
        `${c.name}:\n  - ${problems.join('\n  - ')}\n--- stdout ---\n${r.stdout.slice(0, 3000)}\n--- stderr ---\n${r.stderr.slice(0, 3000)}`,
      );
    }
    return r;
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

/** A minimal valid playbook (English) to build hostile cases on; `extra` is appended to playbook.yaml. */
export function miniPlaybook(extra = ''): Record<string, string> {
  return {
    'pb/playbook.yaml': [
      'replybook: 1',
      'brand: Hostile Test',
      'locale: en',
      'timezone: Europe/London',
      'channels:',
      '  x: { name: X, limit: 280 }',
      'sla:',
      '  first_response: 1 business day',
      'types:',
      '  complaint:',
      '    fallback: true',
      'templates:',
      '  complaint:',
      '    when: { type: complaint }',
      '    text: "Hello, we are sorry and will look into it."',
      extra,
    ].join('\n'),
    'pb/complaints.yaml': [
      'complaints:',
      '  - id: first',
      '    channel: x',
      '    text: "It broke."',
      '    at: 2026-03-02T10:00:00Z',
      '    expect: { type: complaint }',
      '',
    ].join('\n'),
  };
}

/** Registers each case as a test (two at a time: each is a child process on a 2-core machine). */
export function describeCases(title: string, cases: readonly HostileCase[]): void {
  describe.concurrent(title, () => {
    it.each(cases.map((c) => [`${c.class}: ${c.name}`, c] as const))(
      '%s',
      async (_name, c) => {
        await ensureDist();
        await runCase(c);
      },
      120_000,
    );
  });
}
