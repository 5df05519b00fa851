/**
 * Every message catalogue of the product, for the completeness test and for tools that list them.
 * A new area adds its catalogue file beside this one and one line here.
 */
import type { Catalog } from '../index.js';
import { backtestMessages } from './backtest.js';
import { cliMessages } from './cli.js';
import { cliHelpMessages } from './cli-help.js';
import { diagnosticMessages } from './diagnostics.js';
import { diffMessages } from './diff.js';
import { handbookMessages } from './handbook.js';
import { lspMessages } from './lsp.js';
import { simMessages } from './sim.js';
import { snapshotMessages } from './snapshots.js';
import { traceMessages } from './trace.js';

export const catalogs: readonly Catalog[] = [
  backtestMessages,
  cliMessages,
  cliHelpMessages,
  diagnosticMessages,
  diffMessages,
  handbookMessages,
  lspMessages,
  snapshotMessages,
  simMessages,
  traceMessages,
];
