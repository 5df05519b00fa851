/**
 * `replybook diff --base REF [paths…]`: what the change does to customers. The playbooks at REF
 * are read from git's objects (the working tree and the index are not touched), the working tree
 * from disk; both are checked, every sample complaint of either side runs through both playbook
 * versions, and the differences are reported. Exit 0, or 1 with `--fail-on-change` when a reply
 * changes; 2 for a usage problem (an unknown REF, outside a git repository, a path that is nowhere).
 */
import type { SourceFile } from '../../src/load/index.js';
import { collectFiles } from '../../src/node/files.js';
import { ProjectFs } from '../../src/node/project-fs.js';
import { sortDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { isGitTreeError, readGitTree } from '../../src/node/git-tree.js';
import { checkProject } from '../../src/validate/index.js';
import {
  diffProjects,
  formatDiffJson,
  formatDiffMarkdown,
  formatDiffTerminal,
  repliesChanged,
  type ProjectRevision,
} from '../../src/diff/index.js';
import { EXIT, usage, useColor, type CliIO } from '../../src/node/io.js';
import { translate } from '../../src/i18n/index.js';
import { cliMessages } from '../../src/i18n/catalogs/cli.js';
import { commandLang } from '../lang.js';
import { openCommandProject } from '../project.js';

interface DiffOptions {
  base?: string;
  format?: string;
  failOnChange?: boolean;
  lang?: string;
}

const FORMATS = ['terminal', 'markdown', 'json'];

function check(files: SourceFile[], problems: Diagnostic[] = []): ProjectRevision {
  // No files on a side (a playbook that does not exist yet) is an empty project, not a problem.
  if (files.length === 0) return { playbooks: [], diagnostics: problems };
  const { playbooks, diagnostics } = checkProject(files);
  return { playbooks, diagnostics: problems.length ? sortDiagnostics([...diagnostics, ...problems]) : diagnostics };
}

export async function run(opts: DiffOptions, io: CliIO, extra: { args: string[]; argv: string[] }): Promise<number> {
  const format = opts.format ?? 'terminal';
  const t = translate(cliMessages, commandLang(opts, io));
  if (!FORMATS.includes(format)) return usage(io, 'diff', t('diff.unknownFormat', { format, list: FORMATS.join(', ') }));
  const ref = opts.base;
  if (!ref) return usage(io, 'diff', t('diff.needsBase'));
  const base = await readGitTree(ref, extra.args, io.cwd);
  if (isGitTreeError(base)) return usage(io, 'diff', `${base.message}`);
  // The working tree is read through the door of the repository the base revision is in.
  const door = await ProjectFs.at(base.root, { cwd: io.cwd });
  const { files, missing, problems } = await collectFiles(door, extra.args);
  // A path that is gone from the working tree but was there at the base is a removed playbook.
  if (missing.length && base.files.length === 0) {
    return usage(io, 'diff', t('diff.missing', { paths: missing.join(', '), ref }));
  }
  if (files.length === 0 && base.files.length === 0) {
    return usage(io, 'diff', t('diff.noFiles', { paths: extra.args.join(', ') || '.', ref }));
  }
  const head = check(files, problems);
  const diff = diffProjects(check(base.files), head);
  const short = base.commit.slice(0, 7);
  // The comment is about the playbooks: in their locale when they agree on one (after --lang and the config's lang).
  const locales = new Set(head.playbooks.flatMap((p) => (p.playbook ? [p.playbook.locale] : [])));
  const configured = opts.lang ? undefined : await openCommandProject(io, extra.args);
  const lang = commandLang(opts, io, configured, locales.size === 1 ? [...locales][0] : undefined);
  let text: string;
  if (format === 'json') text = formatDiffJson(diff, { base: ref, baseCommit: base.commit });
  else if (format === 'markdown') text = formatDiffMarkdown(diff, { base: ref, lang });
  else
    text = formatDiffTerminal(diff, { base: ref === short || ref === base.commit ? ref : `${ref} (${short})`, color: useColor(io), lang });
  io.stdout.write(text);
  return opts.failOnChange && repliesChanged(diff) ? EXIT.problems : EXIT.ok;
}
