/**
 * Loading the playbook from disk for the simulator: read its files, check them, run every sample
 * complaint, and keep a `respond` for the mentions the user changes or writes.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { FILE_START } from '../../diagnostics/diagnostic.js';
import type { Playbook } from '../../model/playbook.js';
import { isUsable, type CheckedPlaybook } from '../../model/checked-playbook.js';
import type { Mention, Outcome } from '../../model/outcome.js';
import { scheduleCoverageNote } from '../../deadline/coverage.js';
import { parseInstant } from '../../deadline/zone-clock.js';
import { compileRuntime, emptyOutcome, respond, type Runtime } from '../../engine/index.js';
import { collectFiles } from '../../node/files.js';
import type { ProjectFs } from '../../node/project-fs.js';
import { readSnapshots } from '../../node/snapshots.js';
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';
import { runComplaints, snapshotRunOptions } from '../../test-run/index.js';
import { createChecker, type RuleSettings } from '../../validate/index.js';
import type { LoadedProject, PlaybookInfo, SampleItem } from '../state/types.js';

/** A fatal problem of the folder given; `problem` its FileProblemData code, when it has one. */
function problem(file: string, ruleId: string, message: string, problem?: string): Diagnostic {
  const d: Diagnostic = { file, range: FILE_START, severity: 'error', ruleId, message, fatal: true };
  return problem === undefined ? d : { ...d, data: { kind: 'file-problem', problem, name: file } };
}

function info(pb: Playbook, checked: CheckedPlaybook): PlaybookInfo {
  return {
    dir: checked.dir,
    id: pb.id,
    timezone: pb.timezone,
    locale: pb.locale,
    channels: [...pb.channels.values()].map((c) => ({ id: c.id, name: c.name, limit: c.limit, unit: c.unit })),
    voices: [...pb.voices.values()].map((v) => ({ id: v.id, name: v.name })),
    defaultVoice: pb.defaultVoice,
    teams: Object.fromEntries([...pb.teams.values()].map((t) => [t.id, t.name])),
    complaintFiles: checked.complaintFiles,
  };
}

/** An outcome that says the engine failed, so a bug in one stage shows as a failed sample, not a crash. */
function failedOutcome(mention: Mention, error: unknown): Outcome {
  return emptyOutcome(mention.voice ?? '', [`internal error in the engine: ${error instanceof Error ? error.message : String(error)}`]);
}

/**
 * A warning (or a note for a provisional year) when the current time lies in a year the playbook's
 * production calendar does not cover: new complaints written now would get deadlines without holidays.
 */
function calendarNow(pb: Playbook, now: string): Diagnostic | undefined {
  const note = scheduleCoverageNote(pb.schedule, parseInstant(now));
  if (!note) return undefined;
  const at = pb.schedule.source ?? { file: pb.files[0], range: FILE_START };
  return {
    file: at.file,
    range: at.range,
    severity: note.status === 'uncovered' ? 'warning' : 'info',
    ruleId: note.status === 'uncovered' ? 'schedule/calendar-coverage' : 'schedule/calendar-provisional',
    message: `Now (${now.slice(0, 10)}): ${note.message}`,
    note: note.hint,
    data: { kind: 'schedule-problem', code: `now-${note.status}`, values: { ...note.values, at: now.slice(0, 10) } },
  };
}

/** How the samples are judged: as `test` judges them in this project and environment. */
export interface SampleJudging {
  /** replybook.config.yaml's rule settings. */
  ruleSettings?: RuleSettings | undefined;
  /** Under CI (as `test` decides it): a missing snapshot fails. */
  ci?: boolean;
}

/**
 * Reads, checks and runs (every sample complaint) the playbook folder `dir` (relative to the
 * project's working folder); never throws for a bad playbook. `now` (ISO 8601) is the time new complaints are written at.
 */
export async function loadAndRunPlaybook(
  dir: string,
  project: ProjectFs,
  now: string = new Date().toISOString(),
  judging: SampleJudging = {},
): Promise<LoadedProject> {
  const { files, missing, problems } = await collectFiles(project, [dir]);
  const empty = (d: Diagnostic): LoadedProject => ({
    playbooks: [],
    samples: [],
    diagnostics: [d],
    usable: false,
    respond: (_dir, m) => failedOutcome(m, new Error('no playbook loaded')),
  });
  if (missing.length) return empty(problem(dir, 'load/missing', `No such folder: ${dir}`, 'no-such-folder'));
  if (files.length === 0) return empty(problem(dir, 'load/empty', `No playbook files (.yaml) in ${dir}`, 'no-files'));
  // Checked and judged as `replybook test` does: the configuration's rule settings, the files' inline
  // directives, and snapshots with Jest's meaning (a missing one passes locally, fails under CI).
  const checker = createChecker(judging.ruleSettings ? { ruleSettings: judging.ruleSettings } : {});
  const check = checker.check(files);
  let diagnostics = problems.length ? sortDiagnostics([...check.diagnostics, ...problems]) : check.diagnostics;
  const valid = check.playbooks.filter(isUsable);
  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  if (valid.length === 0 && !hasErrors)
    diagnostics.push(problem(dir, 'load/no-playbook', `No playbook (a folder with playbook.yaml) in ${dir}`, 'no-playbook'));
  const usable = valid.length > 0 && !hasErrors;
  const calendarNotes = valid.map((p) => calendarNow(p.playbook, now)).filter((d): d is Diagnostic => d !== undefined);
  if (calendarNotes.length) diagnostics = sortDiagnostics([...diagnostics, ...calendarNotes]);

  const runtimes = new Map<string, Runtime>();
  for (const p of valid) {
    try {
      runtimes.set(p.dir, compileRuntime(p.playbook));
    } catch {
      /* reported per mention by respondSafely */
    }
  }
  const respondSafely = (playbookDir: string, mention: Mention): Outcome => {
    const rt = runtimes.get(playbookDir) ?? runtimes.values().next().value;
    if (!rt) return failedOutcome(mention, new Error('no playbook loaded'));
    try {
      return respond(rt, mention);
    } catch (e) {
      return failedOutcome(mention, e);
    }
  };

  let samples: SampleItem[] = [];
  if (usable) {
    const complaintFiles = [...new Set(valid.flatMap((p) => p.complaintFiles))];
    // A snapshot that leads outside the project is shown as a problem; its content is never read.
    const snap = await readSnapshots(project, complaintFiles);
    if (snap.problems.length) diagnostics = sortDiagnostics([...diagnostics, ...snap.problems]);
    let run;
    try {
      run = runComplaints(valid, diagnostics, {
        snapshots: snap.snapshots,
        ...snapshotRunOptions(false, judging.ci === true),
        directivesOf: (f) => checker.directivesOf(f),
        ...(judging.ruleSettings ? { ruleSettings: judging.ruleSettings } : {}),
      });
    } catch (e) {
      return { ...empty(problem(dir, 'engine/crash', `The engine failed: ${e instanceof Error ? e.message : String(e)}`)), usable: false };
    }
    const byKey = new Map(valid.flatMap((p) => p.complaints.map((c) => [`${c.file}#${c.id}`, { c, dir: p.dir }] as const)));
    samples = run.results.map((r) => {
      const found = byKey.get(`${r.file}#${r.id}`);
      const c = found?.c;
      const mention: Mention = c
        ? {
            text: c.text,
            channel: c.channel,
            author: c.author ?? {},
            at: c.at,
            ...(c.voice ? { voice: c.voice } : {}),
            ...(c.locale ? { locale: c.locale } : {}),
          }
        : { text: '', channel: r.channel, author: {}, at: '' };
      return {
        key: `${r.file}#${r.id}`,
        id: r.id,
        file: r.file,
        playbookDir: found?.dir ?? valid[0].dir,
        mention,
        outcome: r.outcome,
        failures: r.failures,
        passed: r.passed,
      };
    });
  }
  return {
    playbooks: valid.map((p) => info(p.playbook, p)),
    samples,
    diagnostics,
    usable,
    ...(calendarNotes.length ? { calendarNotice: calendarNotes[0].message } : {}),
    respond: respondSafely,
  };
}
