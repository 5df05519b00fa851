/** `replybook check [paths…]`: validate playbooks and report every problem at its place. */
import { countBySeverity } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostics } from '../../src/report/index.js';
import { EXIT, useColor, type CliIO } from '../io.js';
import { outputRequests, writeOutputs } from '../outputs.js';
import { loadProject, reportContext } from '../project.js';
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
  const project = await loadProject(extra.args, io, 'check');
  if (typeof project === 'number') return project;
  const { diagnostics } = project.check;
  const ctx = reportContext(io);
  const reports = [];
  for (const request of requests) {
    const text = formatDiagnostics(request.format as never, diagnostics, { ...ctx, color: request.file === undefined && useColor(io) });
    if (text === undefined) {
      io.stderr.write(`replybook check: unknown format \`${request.format}\`, expected one of stylish, json, sarif, github, junit, gitlab\n`);
      return EXIT.usage;
    }
    reports.push({ request, text });
  }
  await writeOutputs(io, reports);
  if (requests.some((r) => r.format === 'github')) await writeStepSummary(io, diagnostics);
  const counts = countBySeverity(diagnostics);
  if (counts.error > 0) return EXIT.problems;
  if (opts.maxWarnings !== undefined && counts.warning > opts.maxWarnings) {
    io.stderr.write(`replybook check: ${counts.warning} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
