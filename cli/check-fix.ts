/**
 * `check --fix` and `--fix-dry-run`: the certain fixes of the diagnostics (src/diagnostics/fixes.ts,
 * the same the language server offers as preferred quick fixes) applied to the files through the
 * project's door. Each fix replaces exactly its diagnostic's range, so comments, quoting and block
 * styles — every other byte of the file — stay as they were.
 */
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { applyFixes } from '../src/diagnostics/fixes.js';
import { MAX_READ_BYTES } from '../src/node/files.js';
import type { ProjectFs } from '../src/node/project-fs.js';
import { say, type CliIO } from '../src/node/io.js';
import { visible } from '../src/report/visible.js';
import { translate, type Lang } from '../src/i18n/index.js';
import { cliMessages } from '../src/i18n/catalogs/cli.js';

/** Applies (or, dry, lists) the fixes; the number of problems fixed. */
export async function fixFiles(
  door: ProjectFs,
  diagnostics: readonly Diagnostic[],
  dry: boolean,
  io: CliIO,
  lang: Lang = 'en',
): Promise<number> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!d.data) continue;
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  let count = 0;
  for (const [file, list] of byFile) {
    const read = await door.readText(file, MAX_READ_BYTES);
    if (!read.ok) continue;
    const { text, fixed } = applyFixes(read.value, list);
    if (!fixed.length) continue;
    if (dry) {
      for (const d of fixed) {
        const was = read.value.slice(d.range.start.offset, d.range.end.offset);
        io.stdout.write(
          `${visible(file)}:${d.range.start.line}:${d.range.start.column}  ${d.ruleId}  would replace ${visible(JSON.stringify(was))}\n`,
        );
      }
      count += fixed.length;
      continue;
    }
    const w = await door.writeFile(file, text);
    if (!w.ok) {
      say(io, 'check', translate(cliMessages, lang)('check.cannotFix', { path: w.refusal.path, reason: w.refusal.reason }));
      continue;
    }
    count += fixed.length;
  }
  return count;
}
