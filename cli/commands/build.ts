/**
 * `replybook build [paths…] --out DIR [--allow-failing-tests]`: check, run every sample complaint,
 * and only then build the reply library, the agent handbook and the approved replies into DIR,
 * atomically. Exit 2 for an invalid playbook, 1 for failing complaints (nothing built, DIR left
 * as it was), 0 when built.
 */
import type { CheckedPlaybook } from '../../src/model/checked-playbook.js';
import {
  buildArtifacts,
  duplicatePlaybookIds,
  manifestText,
  MANIFEST_PATH,
  templateExampleRenderer,
  type Artifact,
  type PlaybookBuildInput,
} from '../../src/build/index.js';
import { formatDiagnostics, formatTestRun } from '../../src/report/index.js';
import { runComplaints, type RunOutput } from '../../src/test-run/index.js';
import { readSnapshots } from '../../src/node/snapshots.js';
import { gitInfo } from '../../src/node/git-info.js';
import type { ProjectFs } from '../../src/node/project-fs.js';
import {
  hashArtifacts,
  prepareBuildOutput,
  writeBuildOutput,
  type AtomicWriteOptions,
  type BuildOutput,
} from '../../src/node/write-atomic.js';
import { EXIT, say, usage, useColor, type CliIO } from '../../src/node/io.js';
import { checkerOptions, readProjectFiles, openCommandProject, reportContext, VERSION } from '../project.js';
import { settleSnapshots, snapshotRunOptions, underCi } from '../snapshots.js';
import { createChecker } from '../../src/validate/index.js';
import { sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import { visible } from '../../src/report/visible.js';
import { complaintBudget } from '../budget.js';
import { langOf } from '../../src/i18n/index.js';
import { searchLibraryScript } from '../../src/node/trusted-files.js';

interface BuildOptions {
  out: string;
  /** The global `--lang`: the handbook's language instead of each playbook's locale. */
  lang?: string;
  allowFailingTests?: boolean;
  timeout?: string;
  ci?: boolean;
}

/** The artifacts and the manifest of a checked, tested project (no I/O but `git`). */
export async function assembleBuild(
  playbooks: ReadonlyArray<CheckedPlaybook>,
  run: Pick<RunOutput, 'results' | 'passed' | 'failed'>,
  opts: { cwd: string; allowFailingTests: boolean; version?: string; git?: boolean; lang?: string | undefined },
): Promise<Artifact[] | { error: string }> {
  const inputs: PlaybookBuildInput[] = [];
  const lang = langOf(opts.lang);
  const searchLibrary = searchLibraryScript(import.meta.url);
  for (const p of playbooks) {
    if (!p.playbook) continue;
    const pb = p.playbook;
    inputs.push({
      playbook: pb,
      complaints: p.complaints,
      results: run.results.filter((r) => r.playbook === pb.id),
      render: templateExampleRenderer(pb),
      ...(lang ? { lang } : {}),
      ...(searchLibrary ? { searchLibrary } : {}),
    });
  }
  const dup = duplicatePlaybookIds(inputs);
  if (dup.length)
    return {
      error: `two playbook folders have the same name, so their artifacts would collide: ${dup.map((d) => `${d.id} (${d.dirs.join(', ')})`).join('; ')}`,
    };
  const artifacts = buildArtifacts(inputs);
  const source =
    opts.git === false
      ? null
      : await gitInfo(
          opts.cwd,
          inputs.map((i) => i.playbook.dir || '.'),
        );
  const manifest = manifestText({
    version: opts.version ?? VERSION,
    source,
    hashes: hashArtifacts(artifacts),
    playbooks: inputs.map((i) => ({ id: i.playbook.id, dir: i.playbook.dir, brand: i.playbook.brand, locale: i.playbook.locale })),
    tests: { passed: run.passed, failed: run.failed },
    allowFailingTests: opts.allowFailingTests,
  });
  return [...artifacts, { path: MANIFEST_PATH, content: manifest }];
}

/** Builds and writes atomically into a checked `--out`; returns the number of files written or an error message. */
export async function writeBuild(
  project: ProjectFs,
  out: BuildOutput,
  playbooks: ReadonlyArray<CheckedPlaybook>,
  run: Pick<RunOutput, 'results' | 'passed' | 'failed'>,
  opts: { cwd: string; allowFailingTests: boolean; write?: AtomicWriteOptions; lang?: string | undefined },
): Promise<{ files: number } | { error: string }> {
  const files = await assembleBuild(playbooks, run, opts);
  if (!Array.isArray(files)) return files;
  const failed = await writeBuildOutput(project, out, files, opts.write);
  return failed ?? { files: files.length };
}

export async function run(opts: BuildOptions, io: CliIO, extra: { args: string[]; argv: string[] }): Promise<number> {
  if (!opts.out) {
    return usage(io, 'build', '--out DIR is required');
  }
  const opened = await openCommandProject(io, extra.args);
  const door = opened.door;
  // --out is checked (and a build killed mid-swap recovered) before anything runs.
  const out = await prepareBuildOutput(door, opts.out);
  if ('error' in out) return usage(io, 'build', `${out.error}`);
  if (out.restored) say(io, 'build', `restored the previous build of ${opts.out} from ${out.restored}, which a killed build had left`);
  const budget = complaintBudget(opts.timeout, 'build', io);
  if (typeof budget === 'number') return budget;
  const read = await readProjectFiles(extra.args, io, 'build', opened);
  if (typeof read === 'number') return read;
  // The checker is kept for its files' inline directives: a reply check silenced at its template does not fail here either.
  const checker = createChecker(checkerOptions(opened));
  const check = checker.check(read.files);
  if (read.problems.length) check.diagnostics = sortDiagnostics([...check.diagnostics, ...read.problems]);
  const ctx = reportContext(io);
  if (check.diagnostics.some((d) => d.severity === 'error')) {
    io.stderr.write(formatDiagnostics('stylish', check.diagnostics, { ...ctx, color: useColor(io, io.stderr) }) ?? '');
    say(io, 'build', `the playbook has errors (above); nothing was built and ${opts.out} was left as it was.`);
    return EXIT.usage;
  }
  const complaintFiles = [...new Set(check.playbooks.flatMap((p) => p.complaintFiles))];
  const snap = await readSnapshots(door, complaintFiles);
  if (snap.problems.length) {
    // A snapshot that leads outside the project (or cannot be read) is not a failing complaint:
    // --allow-failing-tests does not build past it.
    io.stderr.write(formatDiagnostics('stylish', snap.problems, { ...ctx, color: useColor(io, io.stderr) }) ?? '');
    say(
      io,
      'build',
      `${snap.problems.length} reply snapshot${snap.problems.length === 1 ? '' : 's'} could not be used (above); nothing was built and ${opts.out} was left as it was.`,
    );
    return EXIT.problems;
  }
  // Judged exactly as `replybook test` judges them (src/test-run/judge.ts): a changed reply fails, a
  // missing snapshot is written locally and fails under CI, an obsolete one is reported.
  const result = runComplaints(check.playbooks, check.diagnostics, {
    snapshots: snap.snapshots,
    ...snapshotRunOptions(false, underCi(opts.ci, io.env)),
    budget,
    directivesOf: (f) => checker.directivesOf(f),
    ...checkerOptions(opened),
  });
  const settled = await settleSnapshots(io, 'build', door, result, snap, { fullRun: [] });
  if (settled.problems.length) {
    io.stderr.write(formatDiagnostics('stylish', settled.problems, { ...ctx, color: useColor(io, io.stderr) }) ?? '');
    say(io, 'build', `a new reply snapshot could not be written (above); nothing was built and ${opts.out} was left as it was.`);
    return EXIT.problems;
  }
  const allow = Boolean(opts.allowFailingTests);
  if (result.failed > 0) {
    io.stdout.write(formatTestRun('human', result, { ...ctx, color: useColor(io) }) ?? '');
    if (!allow) {
      say(
        io,
        'build',
        `${result.failed} sample complaint${result.failed === 1 ? '' : 's'} failed; nothing was built and ${opts.out} was left as it was (--allow-failing-tests builds anyway).`,
      );
      return EXIT.problems;
    }
    say(
      io,
      'build',
      `building despite ${result.failed} failing sample complaint${result.failed === 1 ? '' : 's'} (--allow-failing-tests, recorded in the manifest).`,
    );
  }
  const written = await writeBuild(door, out, check.playbooks, result, { cwd: io.cwd, allowFailingTests: allow, lang: opts.lang });
  if ('error' in written) return usage(io, 'build', `${written.error}`);
  const n = check.playbooks.filter((p) => p.playbook).length;
  io.stdout.write(
    `Built ${written.files} files for ${n} playbook${n === 1 ? '' : 's'} into ${visible(opts.out)} (${result.passed} passed, ${result.failed} failed)\n`,
  );
  return EXIT.ok;
}
