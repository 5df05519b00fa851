import { defineConfig } from 'vitest/config';

/** The floor for each core folder: what decides what a customer reads is tested directly. */
const CORE = { lines: 90, branches: 80 };

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 20_000,
    // Ink renders only a final frame under CI=true; the simulator's component tests need live frames
    // (as a user in a terminal gets them: `replybook sim` clears the variable for the same reason).
    env: { CI: 'false', CONTINUOUS_INTEGRATION: 'false' },
    hookTimeout: 30_000,
    // What src/index.ts and the front ends do: country calendars (`calendar: us`) find date-holidays.
    setupFiles: ['./test/support/holiday-library.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**', 'cli/**'],
      // `cli/**` alone also matches test/cli/: the tests are not what is measured.
      exclude: ['test/**'],
      reporter: ['text-summary', 'json-summary', 'lcov'],
      reportsDirectory: 'coverage',
      thresholds: {
        'src/engine/**': CORE,
        'src/test-run/**': CORE,
        'src/classify/**': CORE,
        'src/template/**': CORE,
        'src/deadline/**': CORE,
      },
    },
  },
});
