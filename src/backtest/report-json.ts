/** The backtest's figures as JSON, described by schema/backtest-report.schema.json. */
import type { BacktestFigures } from './tally.js';

/** The report format's version: raised when a field changes meaning. */
export const BACKTEST_REPORT_VERSION = 1;

/** The JSON report: the figures with the format's name, version and the replybook version that wrote it. */
export function formatBacktestJson(f: BacktestFigures, version: string): string {
  const report = {
    $schema: 'https://replybook.dev/schema/backtest-report.schema.json',
    format: 'replybook-backtest',
    formatVersion: BACKTEST_REPORT_VERSION,
    replybook: version,
    ...f,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
