#!/usr/bin/env node
// The `replybook` executable: everything else lives in program.ts, so tests call `main` directly.
import { main } from './program.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
