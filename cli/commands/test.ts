/** `replybook test [paths…]`: every sample complaint through its playbook, compared with its expectations. */
import { sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostics, formatTestRun, TEST_RUN_FORMATS, type TestRunFormat } from '../../src/report/index.js';
import { coverage, planTestRun } from '../../src/test-run/index.js';
import { formatCoverage } from '../../src/report/coverage.js';
import { readSnapshots, writeSnapshots } from '../../src/node/snapshots.js';
import { EXIT, say, usage, useColor, type CliIO } from '../../src/node/io.js';
import { checkOutputTargets, outputRequests, writeOutputs } from '../outputs.js';
import { readProjectFiles, openCommandProject, reportContext } from '../project.js';
import { writeStepSummary } from '../step-summary.js';
import { complaintBudget } from '../budget.js';

interface TestOptions {
  filter?: string;
  bail?: boolean;
  update?: boolean;
  coverage?: boolean;
  timeout?: string;
}

const REPORTERS: readonly string[] = TEST_RUN_FORMATS;

export async function run(opts: TestOptions, io: CliIO, extra: { args: string[]; argv: string[] }): Promise<number> {
  const requests = outputRequests(extra.argv, 'human');
  if (typeof requests === 'string') return usage(io, 'test', requests);
  const unknown = requests.find((r) => !REPORTERS.includes(r.format));
  if (unknown) return usage(io, 'test', `unknown reporter \`${unknown.format}\`, expected one of ${REPORTERS.join(', ')}`);
  const door = await openCommandProject(io);
  const badOutput = await checkOutputTargets(door, requests);
  if (badOutput) return usage(io, 'test', `${badOutput}`);
  const budget = complaintBudget(opts.timeout, 'test', io);
  if (typeof budget === 'number') return budget;
  const project = await readProjectFiles(extra.args, io, 'test', door);
  if (typeof project === 'number') return project;
  // The complaint files are checked and run one at a time (src/test-run/stream.ts): memory stays flat.
  const plan = planTestRun(project.files);
  project.files = [];
  const { check } = plan;
  if (project.problems.length) check.diagnostics = sortDiagnostics([...check.diagnostics, ...project.problems]);
  const ctx = reportContext(io);
  const complaintFiles = plan.complaintFiles;
  // A snapshot that leads outside the project, or cannot be read, is a located error of the run:
  // its content is never read, and --update leaves it alone.
  const snap = await readSnapshots(door, complaintFiles);
  const diagnostics = sortDiagnostics([...check.diagnostics, ...snap.problems]);
  // JSON and JUnit print every complaint's outcome (or reply) whole; the others only the failures'.
  const keepAll = requests.some((r) => r.format === 'json' || r.format === 'junit');
  const result = plan.run(diagnostics, {
    filter: opts.filter,
    bail: opts.bail,
    snapshots: snap.snapshots,
    compareSnapshots: !opts.update,
    budget,
    keep: keepAll ? 'all' : 'failures',
    snapshotsWanted: opts.update === true,
  });
  if (result.blocked) {
    const all = sortDiagnostics([...check.diagnostics, ...result.complaintDiagnostics]);
    io.stderr.write(formatDiagnostics('stylish', all, { ...ctx, color: useColor(io, io.stderr) }));
    say(io, 'test', 'the playbook has errors (above), so no complaint was run.');
    io.stderr.write('0 passed, 0 failed\n');
    return EXIT.usage;
  }
  if (opts.update) {
    const fullRun = opts.filter || opts.bail ? [] : complaintFiles;
    const { written, removed, problems } = await writeSnapshots(door, result.snapshotsWanted, snap, fullRun);
    if (problems.length) result.diagnostics = sortDiagnostics([...result.diagnostics, ...problems]);
    say(io, 'test', `${written.length} reply snapshot${written.length === 1 ? '' : 's'} written, ${removed.length} removed`);
  }
  const reports = requests.map((request) => ({
    request,
    text: formatTestRun(request.format as TestRunFormat, result, { ...ctx, color: request.file === undefined && useColor(io) }),
  }));
  const unwritten = await writeOutputs(io, door, reports);
  if (unwritten) return usage(io, 'test', `${unwritten}`);
  if (opts.coverage) {
    const list = check.playbooks.flatMap((p) => (p.playbook ? [coverage(p.playbook, result.results)] : []));
    io.stdout.write(formatCoverage(list));
  }
  if (requests.some((r) => r.format === 'github')) await writeStepSummary(io, result.diagnostics, result);
  if (result.results.length === 0 && !opts.filter) say(io, 'test', 'no sample complaints found (complaints.yaml beside playbook.yaml)');
  // The human reporter ends with the totals; other reporters to stdout are machine-read, so the line goes to stderr.
  if (!requests.some((r) => r.format === 'human' && r.file === undefined))
    io.stderr.write(`${result.passed} passed, ${result.failed} failed\n`);
  const snapshotErrors = result.diagnostics.some((d) => d.severity === 'error');
  return result.failed > 0 || snapshotErrors ? EXIT.problems : EXIT.ok;
}
