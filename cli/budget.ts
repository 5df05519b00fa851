/** `--timeout MS`: each complaint's time budget, measured by this process's monotonic clock. */
import { DEFAULT_COMPLAINT_BUDGET_MS, MAX_COMPLAINT_BUDGET_MS } from '../src/engine/index.js';
import type { TimeBudget } from '../src/model/budget.js';
import { EXIT, type CliIO } from '../src/node/io.js';
import { resolveLang, translate, type Lang } from '../src/i18n/index.js';
import { cliMessages } from '../src/i18n/catalogs/cli.js';

/** The budget from `--timeout` (default DEFAULT_COMPLAINT_BUDGET_MS), or the exit code of a usage error. */
export function complaintBudget(
  value: string | undefined,
  command: string,
  io: CliIO,
  lang: Lang = resolveLang({ env: io.env }),
): TimeBudget | number {
  let ms = DEFAULT_COMPLAINT_BUDGET_MS;
  if (value !== undefined) {
    ms = /^\d{1,7}$/.test(value) ? Number(value) : NaN;
    if (!(ms >= 1 && ms <= MAX_COMPLAINT_BUDGET_MS)) {
      const message = translate(cliMessages, lang)('option.timeout', { max: MAX_COMPLAINT_BUDGET_MS, value });
      io.stderr.write(`replybook ${command}: ${message}\n`);
      return EXIT.usage;
    }
  }
  return { ms, now: () => performance.now() };
}
