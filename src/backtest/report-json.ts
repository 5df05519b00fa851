/** The backtest's figures as JSON, described by schema/backtest-report.schema.json. */
import type { BacktestFigures } from './tally.js';

/** The report format's version: raised when a field changes meaning. */
export const BACKTEST_REPORT_VERSION = 1;

export function formatBacktestJson(f: BacktestFigures, version: string): string {
  return `${JSON.stringify({ $schema: 'https://replybook.dev/schema/backtest-report.schema.json', reportVersion: BACKTEST_REPORT_VERSION, replybook: version, ...f }, null, 2)}\n`;
}
