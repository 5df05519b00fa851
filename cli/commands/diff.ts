/**
 * `replybook diff --base REF [paths…]`: what the change does to customers. The playbooks at REF
 * are read from git's objects (the working tree and the index are not touched), the working tree
 * from disk; both are checked, every sample complaint of either side runs through both playbook
 * versions, and the differences are reported. Exit 0, or 1 with `--fail-on-change` when a reply
 * changes; 2 for a usage problem (an unknown REF, outside a git repository, a path that is nowhere).
 */
import type { SourceFile } from '../../src/load/index.js';
import type { ProjectCheck } from '../../src/model/checked-playbook.js';
import { collectFiles } from '../../src/node/files.js';
import path from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { isGitTreeError, readGitTree } from '../../src/node/git-tree.js';
import { createChecker, walkScope, type Checker, type CheckerOptions, type WalkScope } from '../../src/validate/index.js';
import { readSnapshots } from '../../src/node/snapshots.js';
import { runComplaints } from '../../src/test-run/index.js';
import { isUsable } from '../../src/model/checked-playbook.js';
import { compileRuntime } from '../../src/engine/index.js';
import { BacktestSession, type BacktestOptions as BacktestSessionOptions } from '../../src/backtest/index.js';
import type { ProjectFs } from '../../src/node/project-fs.js';
import type { ProjectConfig } from '../../src/validate/index.js';
import { runExportsHere } from './backtest.js';
import { checkerOptions, openCommandProject } from '../project.js';
import { snapshotRunOptions, underCi } from '../snapshots.js';
import { commandLang } from '../lang.js';
import {
  diffProjects,
  formatDiffJson,
  formatDiffMarkdown,
  formatDiffTerminal,
  repliesChanged,
  snapshotStatus,
  type TrafficChange,
} from '../../src/diff/index.js';
import { EXIT, usage, useColor, type CliIO } from '../../src/node/io.js';
import { translate } from '../../src/i18n/index.js';
import { cliMessages } from '../../src/i18n/catalogs/cli.js';

interface DiffOptions {
  base?: string;
  mentions?: string[];
  format?: string;
  failOnChange?: boolean;
  ci?: boolean;
  lang?: string;
}

const FORMATS = ['terminal', 'markdown', 'json'];

function check(files: SourceFile[], options: CheckerOptions, problems: Diagnostic[] = []): ProjectCheck & { checker: Checker } {
  const checker = createChecker(options);
  // No files on a side (a playbook that does not exist yet) is an empty project, not a problem.
  if (files.length === 0) return { playbooks: [], diagnostics: problems, checker };
  const { playbooks, diagnostics } = checker.check(files);
  return { playbooks, diagnostics: problems.length ? sortDiagnostics([...diagnostics, ...problems]) : diagnostics, checker };
}

/**
 * The base revision's files that a walk of the working tree with the configuration would collect:
 * none under an `ignore` glob, and on a bare run only those in a folder of `playbooks`.
 */
function inScope(files: SourceFile[], scope: WalkScope, root: string, cwd: string, bare: boolean): SourceFile[] {
  return files.filter((f) => {
    const rel = path.relative(root, path.resolve(cwd, f.path)).split(path.sep).join('/');
    if (rel.startsWith('..') || path.isAbsolute(rel)) return true; // outside the project: the door says so for the working tree
    const parts = rel.split('/');
    const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    if (prefixes.some((p) => scope.ignored(p))) return false;
    const folder = scope.playbookFolder;
    return !bare || folder === null || prefixes.slice(0, -1).some((p) => folder(p));
  });
}

/**
 * `--mentions FILE…`: each export through its playbook (the one whose folder holds it, else the only
 * one) at the base and in the working tree, as `backtest --base` runs it; the counts of what
 * changes. A usage problem when a file has no playbook to go with, or cannot be read.
 */
async function trafficChanges(
  files: readonly string[],
  baseCheck: ProjectCheck,
  head: ProjectCheck,
  ctx: { door: ProjectFs; ref: string; commit: string; config: ProjectConfig },
): Promise<TrafficChange[] | string> {
  const usable = head.playbooks.filter(isUsable);
  const byPlaybook = new Map<string, string[]>();
  for (const file of files) {
    const shown = ctx.door.show(file);
    const owner = usable.find((p) => shown.startsWith(`${p.dir}/`)) ?? (usable.length === 1 ? usable[0] : undefined);
    if (!owner)
      return `--mentions ${file}: no playbook of this change holds it (put the export in the playbook's folder, or diff one playbook)`;
    const list = byPlaybook.get(owner.dir);
    if (list) list.push(file);
    else byPlaybook.set(owner.dir, [file]);
  }
  const columns = ctx.config.backtest?.columns ?? {};
  const channels = new Map<string, string>(Object.entries(ctx.config.backtest?.channels ?? {}));
  const out: TrafficChange[] = [];
  for (const [dir, list] of byPlaybook) {
    const now = usable.find((p) => p.dir === dir)!;
    const before = baseCheck.playbooks.filter(isUsable).find((p) => p.dir === dir);
    // A playbook new in this change, or with errors at the base, has nothing to compare with.
    if (!before) continue;
    const rt = compileRuntime(now.playbook);
    const session = new BacktestSession(rt, {
      map: columns as BacktestSessionOptions['map'],
      channelMap: channels,
      base: { rt: compileRuntime(before.playbook), ref: ctx.ref, commit: ctx.commit },
    });
    if (session.problems.length) return session.problems[0];
    const problem = await runExportsHere(ctx.door, session, rt, list);
    if (problem) return problem;
    const b = session.figures().base!;
    out.push({ playbook: dir, files: list.map((f) => ctx.door.show(f)), compared: b.compared, changed: b.changed, byKind: b.byKind });
  }
  return out;
}

export async function run(opts: DiffOptions, io: CliIO, extra: { args: string[]; argv: string[] }): Promise<number> {
  const format = opts.format ?? 'terminal';
  const t = translate(cliMessages, commandLang(opts, io));
  if (!FORMATS.includes(format)) return usage(io, 'diff', t('diff.unknownFormat', { format, list: FORMATS.join(', ') }));
  const ref = opts.base;
  if (!ref) return usage(io, 'diff', t('diff.needsBase'));
  const base = await readGitTree(ref, extra.args, io.cwd);
  if (isGitTreeError(base)) return usage(io, 'diff', `${base.message}`);
  // The project's configuration (replybook.config.yaml), as `check` and `test` read it: which
  // folders, and the rule settings — applied to both revisions alike.
  const opened = await openCommandProject(io, extra.args);
  const door = opened.door;
  const scope = walkScope(opened.config);
  const { files, missing, problems } = await collectFiles(door, extra.args, scope);
  if (opened.diagnostics.length) problems.push(...opened.diagnostics);
  const baseFiles = inScope(base.files, scope, door.root, io.cwd, extra.args.length === 0);
  // A path that is gone from the working tree but was there at the base is a removed playbook.
  if (missing.length && baseFiles.length === 0) {
    return usage(io, 'diff', t('diff.missing', { paths: missing.join(', '), ref }));
  }
  if (files.length === 0 && baseFiles.length === 0) {
    return usage(io, 'diff', t('diff.noFiles', { paths: extra.args.join(', ') || '.', ref }));
  }
  const options = checkerOptions(opened);
  const head = check(files, options, problems);
  // The working tree's sample complaints judged exactly as `replybook test` judges them, with its
  // snapshots: the same "N passed, N failed", and which snapshots are stale. Nothing is written.
  const ci = underCi(opts.ci, io.env);
  const complaintFiles = [...new Set(head.playbooks.flatMap((p) => p.complaintFiles))];
  const snap = await readSnapshots(door, complaintFiles);
  // As in `test`: errors in the playbooks mean no complaint runs; a snapshot refused (a link out of
  // the project) is an error of the change, and the complaints still run.
  const runnable = !head.diagnostics.some((d) => d.severity === 'error');
  if (snap.problems.length) head.diagnostics = sortDiagnostics([...head.diagnostics, ...snap.problems]);
  const baseCheck = check(baseFiles, options);
  const diff = diffProjects(baseCheck, head);
  if (opts.mentions?.length) {
    const traffic = await trafficChanges(opts.mentions, baseCheck, head, { door, ref, commit: base.commit, config: opened.config });
    if (typeof traffic === 'string') return usage(io, 'diff', traffic);
    diff.traffic = traffic;
  }
  if (runnable) {
    const judged = runComplaints(head.playbooks, [], {
      snapshots: snap.snapshots,
      ...snapshotRunOptions(false, ci),
      directivesOf: (f) => head.checker.directivesOf(f),
      ...options,
    });
    diff.snapshots = snapshotStatus(judged, snap.snapshots, ci);
  }
  // The comment's language: --lang, the configuration's, the playbooks' locale when they share one, LANG.
  const locales = [...new Set(head.playbooks.flatMap((p) => (p.playbook ? [p.playbook.locale] : [])))];
  const lang = commandLang(opts, io, opened, locales.length === 1 ? locales[0] : undefined);
  const short = base.commit.slice(0, 7);
  let text: string;
  if (format === 'json') text = formatDiffJson(diff, { base: ref, baseCommit: base.commit });
  else if (format === 'markdown') text = formatDiffMarkdown(diff, { base: ref, lang });
  else
    text = formatDiffTerminal(diff, { base: ref === short || ref === base.commit ? ref : `${ref} (${short})`, color: useColor(io), lang });
  io.stdout.write(text);
  return opts.failOnChange && repliesChanged(diff) ? EXIT.problems : EXIT.ok;
}
