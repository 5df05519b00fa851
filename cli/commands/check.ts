/** `replybook check [paths…]`: validate playbooks and report every problem at its place. */
import { countBySeverity } from '../../src/diagnostics/diagnostic.js';
import { countWords } from '../../src/report/problems.js';
import { DIAGNOSTIC_FORMATS, type DiagnosticFormat } from '../../src/report/diagnostic-format-names.js';
import { EXIT, say, usage, useColor, type CliIO } from '../../src/node/io.js';
import { checkOutputTargets, outputRequests, writeOutputs } from '../outputs.js';
import { onlyErrors, readAndCheckDiagnostics, openCommandProject, reportContext } from '../project.js';
import { checkJobs, checkWholeNumber } from '../options.js';
import { loadDiagnosticFormatter } from '../diagnostic-formatter.js';
import { translate } from '../../src/i18n/index.js';
import { cliMessages } from '../../src/i18n/catalogs/cli.js';
import { commandLang } from '../lang.js';

export async function run(
  opts: {
    maxWarnings?: string;
    jobs?: string;
    quiet?: boolean;
    reportUnusedDisableDirectives?: boolean;
    fix?: boolean;
    fixDryRun?: boolean;
    lang?: string;
  },
  io: CliIO,
  extra: { args: string[]; argv: string[] },
): Promise<number> {
  // Before the configuration is read, the language is the flag's or the environment's.
  const early = commandLang(opts, io);
  const requests = outputRequests(extra.argv, 'stylish', early);
  if (typeof requests === 'string') return usage(io, 'check', requests);
  const maxWarnings =
    opts.maxWarnings === undefined ? undefined : checkWholeNumber('--max-warnings', opts.maxWarnings, Number.MAX_SAFE_INTEGER, early);
  if (typeof maxWarnings === 'string') return usage(io, 'check', maxWarnings);
  const unknown = requests.find((r) => !(DIAGNOSTIC_FORMATS as readonly string[]).includes(r.format));
  if (unknown) {
    const message = translate(cliMessages, early)('check.unknownFormat', { format: unknown.format, list: DIAGNOSTIC_FORMATS.join(', ') });
    return usage(io, 'check', message);
  }
  const opened = await openCommandProject(io, extra.args);
  const door = opened.door;
  const lang = commandLang(opts, io, opened);
  const t = translate(cliMessages, lang);
  const badOutput = await checkOutputTargets(door, requests, lang);
  if (badOutput) return usage(io, 'check', `${badOutput}`);
  const jobs = checkJobs(opts.jobs, lang);
  if (typeof jobs === 'string') return usage(io, 'check', jobs);
  const project = await readAndCheckDiagnostics(extra.args, io, 'check', opened, jobs, opts.reportUnusedDisableDirectives, lang);
  if (typeof project === 'number') return project;
  if (opts.fix || opts.fixDryRun) {
    const { fixFiles } = await import('../check-fix.js');
    const n = await fixFiles(door, project.diagnostics, opts.fixDryRun === true, io, lang);
    say(io, 'check', t(opts.fixDryRun ? 'check.fixable' : 'check.fixed', { problems: countWords(n, 'problem', lang) }));
    // What is left, reported from the files as they are now.
    if (n > 0 && !opts.fixDryRun) {
      io.uncacheable?.('--fix');
      return run({ ...opts, fix: false }, io, extra);
    }
  }
  const diagnostics = onlyErrors(project.diagnostics, opts.quiet);
  const ctx = reportContext(io, lang);
  const reports = [];
  for (const request of requests) {
    const color = request.file === undefined && useColor(io);
    const format = await loadDiagnosticFormatter(request.format as DiagnosticFormat);
    reports.push({ request, text: format(diagnostics, { ...ctx, color }) });
  }
  const unwritten = await writeOutputs(io, door, reports, lang);
  if (unwritten) return usage(io, 'check', `${unwritten}`);
  if (requests.some((r) => r.format === 'github')) {
    // Loaded, like each formatter, only when GitHub's format was asked for.
    const { writeStepSummary } = await import('../step-summary.js');
    await writeStepSummary(io, diagnostics);
  }
  const counts = countBySeverity(diagnostics);
  if (counts.error > 0) return EXIT.problems;
  if (maxWarnings !== undefined && counts.warning > maxWarnings) {
    say(io, 'check', t('check.maxWarnings', { warnings: countWords(counts.warning, 'warning', lang), max: maxWarnings }));
    return EXIT.problems;
  }
  return EXIT.ok;
}
