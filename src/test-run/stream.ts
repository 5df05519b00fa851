/**
 * `replybook test` at scale: the playbooks are checked once without their complaint files, then
 * each complaint file in turn is checked, run and let go, so memory does not grow with the number
 * of complaints. Complaints run without the trace; a failing one runs again with it (an outcome is
 * a function of the playbook and the complaint), so only failures pay for it. Passing complaints
 * keep a slim result (what the reporters and `--coverage` read of them), unless a reporter prints
 * every outcome whole (`keep: 'all'`).
 */
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import { isYamlPath } from '../load/sources.js';
import type { ProjectCheck } from '../model/checked-playbook.js';
import type { Outcome } from '../model/outcome.js';
import type { ComplaintResult } from '../model/test-result.js';
import { compileRuntime } from '../engine/index.js';
import { createChecker, isTemplateSilenced, layoutProject, normalisePath, type CheckerOptions } from '../validate/index.js';
import { matchesFilter, runOne, type RunOptions, type RunOutput } from './run.js';

export interface StreamOptions extends RunOptions {
  /** `failures` (default): passing complaints keep only a slim outcome; `all`: every outcome whole, as `runComplaints`. */
  keep?: 'failures' | 'all';
  /** Record the snapshot each complaint wants (`--update`); off, `snapshotsWanted` stays empty. */
  snapshotsWanted?: boolean;
}

/** A project prepared for a streamed test run: its playbooks checked, its complaint files still unread. */
export interface TestPlan {
  /** The check of the playbook files (complaint files not yet among them). */
  check: ProjectCheck;
  /** Every complaint file, in the order the run reads them. */
  complaintFiles: string[];
  /**
   * Checks and runs every complaint file in turn; `diagnostics` then has the complaint files' ones too.
   * When the playbooks or a complaint file have errors no complaint counts as run (`blocked`, and
   * `complaintDiagnostics` says why), as when the whole project was checked first.
   */
  run(diagnostics: Diagnostic[], opts?: StreamOptions): RunOutput & { blocked: boolean; complaintDiagnostics: Diagnostic[] };
}

const NONE: never[] = [];

/** What a passing complaint keeps of its outcome: what the reporters print of it and `--coverage` counts. */
function slim(o: Outcome): Outcome {
  return {
    type: o.type,
    escalations: o.escalations.length ? o.escalations : NONE,
    actions: NONE,
    priority: o.priority,
    due: null,
    template: o.template,
    voice: o.voice,
    reply: null,
    length: null,
    checks: NONE,
    signals: {},
    spans: NONE,
    trace: NONE,
    errors: NONE,
  };
}

/** The complaint files among `paths`, in the order a test run reads them (by playbook, then by path). */
export function complaintFilesOf(paths: readonly string[]): string[] {
  return layoutProject(paths.map(normalisePath)).playbooks.flatMap((l) => [...l.complaintFiles].sort());
}

/**
 * Checks the playbooks of `files` without their complaint files. The files handed in are let go as
 * the run reads them (the caller should keep no other reference for memory to stay flat).
 */
export function planTestRun(files: SourceFile[], checkerOptions: CheckerOptions = {}): TestPlan {
  const byPath = new Map(files.map((f) => [normalisePath(f.path), f]));
  const layout = layoutProject([...byPath.keys()]);
  const complaintPaths = new Set(layout.playbooks.flatMap((l) => l.complaintFiles));
  const checker = createChecker(checkerOptions);
  const check = checker.check([...byPath].filter(([p]) => !complaintPaths.has(p)).map(([, f]) => f));
  const data = [...byPath.values()].filter((f) => !isYamlPath(f.path));
  const order = layout.playbooks.map((l) => ({ layout: l, complaintFiles: [...l.complaintFiles].sort() }));
  // The order the run reads them in: `complaintFilesOf` says it for a caller that runs the groups elsewhere.
  const complaintFiles = order.flatMap((o) => o.complaintFiles);
  for (const p of check.playbooks) p.complaintFiles = order.find((o) => o.layout.dir === p.dir)?.complaintFiles ?? [];

  const run = (diagnostics: Diagnostic[], given: StreamOptions = {}) => {
    // The configuration's rule settings reach the reply checks of each complaint too (run.ts).
    const opts = checkerOptions.ruleSettings ? { ruleSettings: checkerOptions.ruleSettings, ...given } : given;
    const results: ComplaintResult[] = [];
    const snapshotsWanted = new Map<string, string | null>();
    const found: Diagnostic[] = [];
    let complaintErrors = check.diagnostics.some((d) => d.severity === 'error');
    let stop = false;
    let passed = 0;
    for (const { layout: l, complaintFiles: mine } of order) {
      const pb = check.playbooks.find((p) => p.dir === (normalisePath(l.dir) || '.'));
      const own = l.files.map((p) => byPath.get(p)).filter((f): f is SourceFile => f !== undefined);
      const rt = pb?.playbook && !stop && !complaintErrors ? compileRuntime(pb.playbook) : null;
      // A reply check an inline directive silences at the template does not fail a complaint (directives.ts).
      const templates = pb?.playbook?.templates;
      const silenced = (id: string, ruleId: string) => {
        const t = templates?.get(id);
        return t !== undefined && isTemplateSilenced(t, ruleId, (f) => checker.directivesOf(f));
      };
      for (const file of mine) {
        const source = byPath.get(file);
        if (!source) continue;
        const r = checker.checkPlaybook(l.dir, [...own, source, ...data]);
        checker.forget(file);
        byPath.delete(file);
        const diags = r.diagnostics.filter((d) => d.file === file);
        found.push(...diags);
        if (diags.some((d) => d.severity === 'error')) complaintErrors = true;
        // Any error means no complaint is reported as run: the rest are only checked.
        if (stop || complaintErrors || !rt || !pb) continue;
        for (const c of r.complaints) {
          if (stop) break;
          if (!matchesFilter(opts.filter, pb, c)) continue;
          let one = runOne(rt, c, { ...opts, silenced, trace: opts.keep === 'all' });
          if (!one.result.passed && opts.keep !== 'all') one = runOne(rt, c, { ...opts, silenced, trace: true });
          if (opts.snapshotsWanted) snapshotsWanted.set(one.snapshot, one.want);
          const result = one.result.passed && opts.keep !== 'all' ? { ...one.result, outcome: slim(one.result.outcome) } : one.result;
          results.push(result);
          if (result.passed) passed++;
          else if (opts.bail) stop = true;
        }
      }
    }
    const all = found.length ? sortDiagnostics([...diagnostics, ...found]) : diagnostics;
    const out = { diagnostics: all, snapshotsWanted, blocked: complaintErrors, complaintDiagnostics: found };
    if (complaintErrors) return { ...out, results: [], passed: 0, failed: 0 };
    return { ...out, results, passed, failed: results.length - passed };
  };
  return { check, complaintFiles, run };
}
