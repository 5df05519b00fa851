/**
 * Several playbooks on all cores (issue 13): the playbooks are split into contiguous groups of
 * about equal size, each group is checked (and its complaints run) on a core of its own — the
 * first in this thread, the others in worker threads (`runInWorkers`) — and the
 * groups' results are joined in playbook order — the same bytes as a one-core run, since every
 * playbook is checked on its own and its output does not depend on the others. `--jobs 1`, a
 * single playbook, or a source checkout without the built worker run in process.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../load/source-file.js';
import { isYamlPath } from '../load/sources.js';
import { layoutProject, normalisePath } from '../validate/index.js';
import { performTask, type PoolTask } from './pool-task.js';
import { ownPackageDir } from './trusted-files.js';

/** The compiled worker script, or null when it is not there (the tests run the TypeScript sources). */
function workerScript(): URL | null {
  return builtWorker('pool-worker');
}

/**
 * The compiled script `src/node/<name>.js` for a worker thread, or null when it is not built: beside
 * this module in the build, the build's in the bundled command line, the build of the same file when
 * the tests run the TypeScript sources.
 */
export function builtWorker(name: string): URL | null {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) {
    const beside = new URL(`./${name}.js`, import.meta.url);
    if (existsSync(beside)) return beside;
    // In the bundled command line (scripts/bundle.mjs) this module is a chunk: the worker is the build's.
    const dir = ownPackageDir(import.meta.url);
    const built = dir === undefined ? null : path.join(dir, 'dist', 'src', 'node', `${name}.js`);
    return built !== null && existsSync(built) ? pathToFileURL(built) : null;
  }
  // Running from the sources (vitest): use the build of the same file when there is one.
  const built = here.replace(/([\\/])src([\\/]node[\\/])pool\.ts$/, `$1dist$1src$2${name}.js`);
  return built !== here && existsSync(built) ? new URL(`file://${built}`) : null;
}

/** Whether worker threads can run here (the worker is built); otherwise every run is in process. */
export function poolAvailable(): boolean {
  return workerScript() !== null;
}

/**
 * The project's files in groups of whole playbooks, at most `jobs` groups in playbook order, each
 * with every non-YAML data file (calendars). One group (run in process) when there is nothing to share.
 */
export function playbookGroups(files: readonly SourceFile[], jobs: number): SourceFile[][] {
  const byPath = new Map(files.map((f) => [normalisePath(f.path), f]));
  const layout = layoutProject([...byPath.keys()]);
  if (jobs < 2 || layout.playbooks.length < 2 || layout.diagnostics.length > 0 || workerScript() === null) return [[...files]];
  const size = (f: SourceFile) => ('bytes' in f ? f.bytes.length : 0) + 1;
  const units = layout.playbooks.map((l) => {
    const own = [...l.files, ...l.complaintFiles].map((p) => byPath.get(p)).filter((f): f is SourceFile => f !== undefined);
    return { files: own, size: own.reduce((n, f) => n + size(f), 0) };
  });
  const placed = new Set(units.flatMap((u) => u.files));
  // Anything not in a playbook would be a layout diagnostic of the whole project: one group then.
  const data = files.filter((f) => !placed.has(f));
  if (data.some((f) => isYamlPath(f.path))) return [[...files]];
  const total = units.reduce((n, u) => n + u.size, 0);
  const groups: SourceFile[][] = [];
  let current: SourceFile[] = [];
  let filled = 0;
  for (const [i, u] of units.entries()) {
    current.push(...u.files);
    filled += u.size;
    const left = units.length - i - 1;
    if (left > 0 && groups.length < jobs - 1 && filled >= (total * (groups.length + 1)) / jobs) {
      groups.push([...current, ...data]);
      current = [];
    }
  }
  if (current.length) groups.push([...current, ...data]);
  return groups;
}

/** A group of a `test` run: its files, and the playbooks whose own diagnostics another group reports. */
export interface TestGroup {
  files: SourceFile[];
  /** Its complaint files not read yet (`collectFiles`' `later`), in reading order: the group reads each when it comes to it. */
  later: string[];
  /** Folders of playbooks an earlier group also has (their complaint files are split): their check diagnostics are that group's to report. */
  quiet: string[];
}

/**
 * The project's files in at most `jobs` groups for `test`: like {@link playbookGroups}, but a
 * playbook's complaint files may be split between groups (each group has the playbook's own files
 * and a contiguous run of its complaint files, in the order the run reads them), so one playbook
 * with many complaint files uses every core too. Groups are balanced by bytes, or with complaint
 * files not read yet (`later`: their sizes unknown) by the number of units. One group when there
 * is nothing to share.
 */
export function testGroups(files: readonly SourceFile[], jobs: number, later: readonly string[] = []): TestGroup[] {
  const byPath = new Map(files.map((f) => [normalisePath(f.path), f]));
  const unread = new Map(later.map((p) => [normalisePath(p), p]));
  const layout = layoutProject([...byPath.keys(), ...unread.keys()]);
  const one = [{ files: [...files], later: [...later], quiet: [] }];
  if (jobs < 2 || layout.diagnostics.length > 0 || workerScript() === null) return one;
  // Units weigh their bytes; with files not read yet (their size unknown), each unit weighs one.
  const size = (f: SourceFile) => ('bytes' in f ? f.bytes.length : 0) + 1;
  const weigh = (fs: readonly SourceFile[]) => (unread.size ? 1 : fs.reduce((n, f) => n + size(f), 0));
  const get = (paths: readonly string[]) => paths.map((p) => byPath.get(p)).filter((f): f is SourceFile => f !== undefined);
  // A unit is a playbook's files with one of its complaint files (or none): units are never split.
  type Unit = { dir: string; own: SourceFile[]; complaint: SourceFile[]; later: string[]; size: number };
  const units = layout.playbooks.flatMap((l): Unit[] => {
    const own = get(l.files);
    const complaints = [...l.complaintFiles].sort();
    if (complaints.length === 0) return [{ dir: l.dir, own, complaint: [], later: [], size: weigh(own) }];
    return complaints.flatMap((p): Unit[] => {
      const named = unread.get(p);
      if (named !== undefined) return [{ dir: l.dir, own, complaint: [], later: [named], size: 1 }];
      const c = byPath.get(p);
      return c ? [{ dir: l.dir, own, complaint: [c], later: [], size: weigh([c]) }] : [];
    });
  });
  if (units.length < 2) return one;
  const placed = new Set(units.flatMap((u) => [...u.own, ...u.complaint]));
  const data = files.filter((f) => !placed.has(f));
  if (data.some((f) => isYamlPath(f.path))) return one;
  const total = units.reduce((n, u) => n + u.size, 0);
  const groups: TestGroup[] = [];
  const started = new Set<string>();
  let current: typeof units = [];
  let filled = 0;
  const close = () => {
    const dirs = [...new Set(current.map((u) => u.dir))];
    const out: SourceFile[] = [];
    for (const d of dirs)
      out.push(...current.find((u) => u.dir === d)!.own, ...current.filter((u) => u.dir === d).flatMap((u) => u.complaint));
    groups.push({ files: [...out, ...data], later: current.flatMap((u) => u.later), quiet: dirs.filter((d) => started.has(d)) });
    for (const d of dirs) started.add(d);
    current = [];
  };
  for (const [i, u] of units.entries()) {
    current.push(u);
    filled += u.size;
    const left = units.length - i - 1;
    if (left > 0 && groups.length < jobs - 1 && filled >= (total * (groups.length + 1)) / jobs) close();
  }
  if (current.length) close();
  return groups;
}

/**
 * A worker's heap, bounded (`test`): a streamed run keeps little, but V8 lets each thread's heap grow
 * to several times what is live before it collects, and two threads then take twice the memory of
 * one. A worker that runs out of this heap is run again without the bound, so the bound costs time
 * (more frequent collections) and never a result.
 */
export interface WorkerHeap {
  oldMb: number;
  youngMb: number;
}

/**
 * Runs one task per group and returns the answers in the groups' order: the first in this thread,
 * each of the others in a worker thread of its own, started before this thread begins its own —
 * N groups keep N cores busy with N − 1 workers, and this thread does not sit waiting (it would
 * hold its heap for nothing, and every worker loads the modules and warms the compiler anew:
 * 30 playbooks checked on 2 cores took no less time than on one with two workers). Each task's
 * `files` are emptied once its worker has them, unless `heap` is given (a worker that runs out of
 * that heap is run again without it, and needs them once more).
 */
export async function runInWorkers<R>(tasks: PoolTask[], heap?: WorkerHeap): Promise<R[]> {
  const script = workerScript();
  if (!script) throw new Error('the pool worker is not built');
  const once = (task: PoolTask, bounded: boolean) =>
    new Promise<R>((resolve, reject) => {
      const resourceLimits = bounded && heap ? { maxOldGenerationSizeMb: heap.oldMb, maxYoungGenerationSizeMb: heap.youngMb } : undefined;
      const worker = new Worker(script, { workerData: task, ...(resourceLimits ? { resourceLimits } : {}) });
      // The worker has its own copy of the files: this thread lets them go.
      if (!heap) task.files = [];
      let settled = false;
      const done = (f: () => void) => {
        if (settled) return;
        settled = true;
        f();
      };
      worker.once('message', (m: { ok: true; value: R } | { ok: false; error: string; code?: string; syscall?: string }) => {
        void worker.terminate();
        done(() =>
          m.ok ? resolve(m.value) : reject(Object.assign(new Error(m.error), m.code ? { code: m.code, syscall: m.syscall } : {})),
        );
      });
      worker.once('error', (e: Error & { code?: string }) => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY' && resourceLimits) done(() => resolve(once(task, false)));
        else done(() => reject(e));
      });
      worker.once('exit', (code) => {
        if (code !== 0) done(() => reject(new Error(`a pool worker stopped with code ${code}`)));
      });
    });
  const [first, ...rest] = tasks;
  const others = rest.map((task) => once(task, true));
  // Should this thread's own group fail, the workers' answers are not waited for (nor left unhandled).
  for (const p of others) p.catch(() => {});
  const own = first ? [(await performTask(first)) as R] : [];
  if (first) first.files = [];
  return [...own, ...(await Promise.all(others))];
}
