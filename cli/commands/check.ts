/** `replybook check [paths…]`: validate playbooks and report every problem at its place. */
import { countBySeverity } from '../../src/diagnostics/diagnostic.js';
import { DIAGNOSTIC_FORMATS, formatDiagnostics, type DiagnosticFormat } from '../../src/report/index.js';
import { EXIT, useColor, type CliIO } from '../io.js';
import { checkOutputTargets, outputRequests, writeOutputs } from '../outputs.js';
import { loadProject, openCommandProject, reportContext } from '../project.js';
import { writeStepSummary } from '../step-summary.js';

export async function run(opts: { maxWarnings?: number }, io: CliIO, extra: { args: string[]; argv: string[] }): Promise<number> {
  const requests = outputRequests(extra.argv, 'stylish');
  if (typeof requests === 'string') {
    io.stderr.write(`replybook check: ${requests}\n`);
    return EXIT.usage;
  }
  if (opts.maxWarnings !== undefined && !(Number.isInteger(opts.maxWarnings) && opts.maxWarnings >= 0)) {
    io.stderr.write('replybook check: --max-warnings takes a whole number ≥ 0\n');
    return EXIT.usage;
  }
  const unknown = requests.find((r) => !(DIAGNOSTIC_FORMATS as readonly string[]).includes(r.format));
  if (unknown) {
    io.stderr.write(`replybook check: unknown format \`${unknown.format}\`, expected one of ${DIAGNOSTIC_FORMATS.join(', ')}\n`);
    return EXIT.usage;
  }
  const door = await openCommandProject(io);
  const badOutput = await checkOutputTargets(door, requests);
  if (badOutput) {
    io.stderr.write(`replybook check: ${badOutput}\n`);
    return EXIT.usage;
  }
  const project = await loadProject(extra.args, io, 'check', door);
  if (typeof project === 'number') return project;
  const { diagnostics } = project.check;
  const ctx = reportContext(io);
  const reports = [];
  for (const request of requests) {
    const color = request.file === undefined && useColor(io);
    reports.push({ request, text: formatDiagnostics(request.format as DiagnosticFormat, diagnostics, { ...ctx, color }) });
  }
  const unwritten = await writeOutputs(io, door, reports);
  if (unwritten) {
    io.stderr.write(`replybook check: ${unwritten}\n`);
    return EXIT.usage;
  }
  if (requests.some((r) => r.format === 'github')) await writeStepSummary(io, diagnostics);
  const counts = countBySeverity(diagnostics);
  if (counts.error > 0) return EXIT.problems;
  if (opts.maxWarnings !== undefined && counts.warning > opts.maxWarnings) {
    io.stderr.write(`replybook check: ${counts.warning} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
