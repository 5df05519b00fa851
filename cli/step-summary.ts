/** On GitHub Actions, the full list of problems also goes to the job's step summary (annotations stop at 10). */
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import type { TestRunResult } from '../src/model/test-result.js';
import { appendStepSummary } from '../src/node/trusted-files.js';
import { githubStepSummary } from '../src/report/github.js';
import { say, type CliIO } from '../src/node/io.js';

export async function writeStepSummary(io: CliIO, diagnostics: Diagnostic[], run?: TestRunResult): Promise<void> {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  // Appended outside the project: a replayed run could not append it again.
  io.uncacheable?.('step summary');
  if (!(await appendStepSummary(file, githubStepSummary(diagnostics, run)))) {
    say(io, '', `could not write the step summary to ${file}`);
  }
}
