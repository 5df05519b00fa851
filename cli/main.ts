#!/usr/bin/env node
// The `replybook` executable: everything else lives in program.ts, so tests call `main` directly.
import { internalErrorMessage, main } from './program.js';
import { guardOutputStreams } from './streams.js';

// `replybook … | head`: a reader that goes away ends the output quietly (see streams.ts).
guardOutputStreams();
// A bug that escapes every command (an error event nobody listens to) is still not a stack trace.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (e: unknown) => {
    process.stderr.write(internalErrorMessage(e));
    process.exit(2);
  });
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
