import { defineConfig } from 'vitest/config';

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
  },
});
