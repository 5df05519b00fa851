/**
 * The browser the page tests open: Debian's chromium (what .ci/run installs), CHROMIUM_PATH, or
 * the Chrome of a GitHub runner elsewhere. Its absence fails a test rather than skipping it.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p)) ??
  '/usr/bin/chromium';
