/**
 * Reply snapshots: the rendered reply of each sample complaint as a plain-text file beside the
 * complaint file (`complaints/delivery.yaml` → `complaints/__replies__/delivery/<id>.txt`), so a
 * reviewer reads in a pull request exactly what customers will get. Where a snapshot lives is
 * part of what a playbook source is (and is not): `snapshotPath` in `load/sources.ts`.
 */
import { cliMessages } from '../i18n/catalogs/cli.js';
import { translate, type Lang } from '../i18n/index.js';
import type { Outcome } from '../model/outcome.js';
import { isSpace, trimEndWhile } from '../text/trim.js';

/** The snapshot's content: the reply and a final newline; null when the type gets no reply. */
export function snapshotText(outcome: Outcome): string | null {
  return outcome.reply === null ? null : `${trimEndWhile(outcome.reply, isSpace)}\n`;
}

/** The most snapshot files a notice names; the rest are counted ("… and 99,990 more"). */
export const FILES_LISTED = 10;

/** The first FILES_LISTED files, and how many more there are. */
function fileList(files: readonly string[], lang: Lang): string {
  const shown = files.slice(0, FILES_LISTED).join(', ');
  return files.length > FILES_LISTED ? translate(cliMessages, lang)('test.filesMore', { shown, n: files.length - FILES_LISTED }) : shown;
}

/** "1 new reply snapshot written (commit it): …", or null when none was. */
export function newSnapshotsLine(written: readonly string[], lang: Lang = 'en'): string | null {
  const n = written.length;
  return n ? translate(cliMessages, lang)('test.snapshotsNew', { n, files: fileList(written, lang) }) : null;
}

/** "1 obsolete reply snapshot (…; --update removes it): …", or null when there is none. */
export function obsoleteSnapshotsLine(obsolete: readonly string[], lang: Lang = 'en'): string | null {
  const n = obsolete.length;
  return n ? translate(cliMessages, lang)('test.snapshotsObsolete', { n, files: fileList(obsolete, lang) }) : null;
}
