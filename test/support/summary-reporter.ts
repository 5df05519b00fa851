import type { Reporter, TestModule, Vitest } from 'vitest/node';

/**
 * Ends every run with the plain `N passed, N failed` line that CI reads — after the coverage report
 * when coverage runs (vitest prints it after the tests), saying so when a threshold is not met.
 */
export default class SummaryReporter implements Reporter {
  private coverage = false;
  private pending: string | null = null;

  onInit(vitest: Vitest): void {
    this.coverage = vitest.config.coverage.enabled;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      let failedHere = 0;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      // A file that failed to load has no tests, and one whose `beforeAll` failed has only skipped
      // ones: count the file itself so CI cannot read it as green.
      failed += mod.state() === 'failed' && failedHere === 0 ? 1 : failedHere;
    }
    failed += unhandledErrors.length;
    const line = `\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    // With a failed test vitest reports no coverage, so nothing comes after this.
    if (this.coverage && failed === 0) this.pending = line;
    else process.stdout.write(`${line}\n`);
  }

  /** Called by vitest after the coverage report and its threshold check. */
  onFinishedReportCoverage(): void {
    if (this.pending === null) return;
    const below = process.exitCode !== undefined && process.exitCode !== 0 ? '; coverage is below its thresholds (above)' : '';
    process.stdout.write(`${this.pending}${below}\n`);
    this.pending = null;
  }
}
