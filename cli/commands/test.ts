/** `replybook test [paths…]`: every sample complaint through its playbook, compared with its expectations. */
import { formatDiagnostics, formatTestRun, TEST_RUN_FORMATS, type TestRunFormat } from '../../src/report/index.js';
import { runComplaints, coverage, formatCoverage } from '../../src/test-run/index.js';
import { readSnapshots, writeSnapshots } from '../../src/node/snapshots.js';
import { EXIT, useColor, type CliIO } from '../io.js';
import { outputRequests, writeOutputs } from '../outputs.js';
import { loadProject, reportContext } from '../project.js';
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
  if (typeof requests === 'string') {
    io.stderr.write(`replybook test: ${requests}\n`);
    return EXIT.usage;
  }
  const unknown = requests.find((r) => !REPORTERS.includes(r.format));
  if (unknown) {
    io.stderr.write(`replybook test: unknown reporter \`${unknown.format}\`, expected one of ${REPORTERS.join(', ')}\n`);
    return EXIT.usage;
  }
  const budget = complaintBudget(opts.timeout, 'test', io);
  if (typeof budget === 'number') return budget;
  const project = await loadProject(extra.args, io, 'test');
  if (typeof project === 'number') return project;
  const { check } = project;
  const ctx = reportContext(io);
  if (check.diagnostics.some((d) => d.severity === 'error')) {
    io.stderr.write(formatDiagnostics('stylish', check.diagnostics, { ...ctx, color: useColor(io, io.stderr) }));
    io.stderr.write('replybook test: the playbook has errors (above), so no complaint was run.\n0 passed, 0 failed\n');
    return EXIT.usage;
  }
  const complaintFiles = [...new Set(check.playbooks.flatMap((p) => p.complaintFiles))];
  const snapshots = await readSnapshots(io.cwd, complaintFiles);
  const result = runComplaints(check.playbooks, check.diagnostics, {
    filter: opts.filter,
    bail: opts.bail,
    snapshots,
    compareSnapshots: !opts.update,
    budget,
  });
  if (opts.update) {
    const fullRun = opts.filter || opts.bail ? [] : complaintFiles;
    const { written, removed } = await writeSnapshots(io.cwd, result.snapshotsWanted, snapshots, fullRun);
    io.stderr.write(`replybook test: ${written.length} reply snapshot${written.length === 1 ? '' : 's'} written, ${removed.length} removed\n`);
  }
  const reports = requests.map((request) => ({
    request,
    text: formatTestRun(request.format as TestRunFormat, result, { ...ctx, color: request.file === undefined && useColor(io) }),
  }));
  await writeOutputs(io, reports);
  if (opts.coverage) {
    const list = check.playbooks.flatMap((p) => (p.playbook ? [coverage(p.playbook, result.results)] : []));
    io.stdout.write(formatCoverage(list));
  }
  if (requests.some((r) => r.format === 'github')) await writeStepSummary(io, check.diagnostics, result);
  if (result.results.length === 0 && !opts.filter) io.stderr.write('replybook test: no sample complaints found (complaints.yaml beside playbook.yaml)\n');
  // The human reporter ends with the totals; other reporters to stdout are machine-read, so the line goes to stderr.
  if (!requests.some((r) => r.format === 'human' && r.file === undefined)) io.stderr.write(`${result.passed} passed, ${result.failed} failed\n`);
  return result.failed > 0 ? EXIT.problems : EXIT.ok;
}
