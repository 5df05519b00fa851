/** `replybook lsp [--stdio]`: the language server on standard input and output (the default and only transport). */
import { format } from 'node:util';
import { visibleLines } from '../../src/report/visible.js';
import { EXIT, say, type CliIO } from '../../src/node/io.js';

export async function run(_opts: { stdio?: boolean }, io: CliIO, _extra: { args: string[]; argv: string[] }): Promise<number> {
  // stdout carries the protocol and nothing else: any stray console output goes to stderr.
  const toStderr = (...args: unknown[]): void => io.stderr.write(`${visibleLines(format(...args)).join('\n')}\n`);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  console.warn = toStderr;
  const { startStdioServer } = await import('../../src/lsp/server.js');
  // A broken frame on the input: say why and end, so that the editor starts a new server
  // (exit 2, as for input replybook cannot use; the library's own exits are 0 and 1).
  const connection = startStdioServer(io.cwd, (reason) => {
    say(
      io,
      'lsp',
      `stopping: the editor sent input that is not the language server protocol's framing (${reason}); the editor should start a new server`,
    );
    process.exit(EXIT.usage);
  });
  // The library ends the process on the client's `exit` or when stdin closes; until then the command runs.
  return new Promise<number>(() => {
    void connection;
  });
}
