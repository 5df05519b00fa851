/**
 * What the extension decides without the editor: which replybook runs (the setting, the
 * workspace's, the bundled server), which playbook a file belongs to, and the preview's text.
 * No `vscode` import, so the root test suite runs it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const PLAYBOOK_FILE = 'playbook.yaml';

/**
 * The files whose changes on disk (a git checkout, another editor) the language server is told
 * about: every YAML file of a playbook, and the project configuration in each of its forms
 * (replybook.config.yaml, .yml, .json), so a rule turned off outside the editor takes effect.
 */
export const WATCHED_FILES = '**/{*.yaml,*.yml,replybook.config.json}';

/** A replybook executable: the command and the arguments that come before replybook's own. */
export interface ReplybookCommand {
  command: string;
  args: string[];
  shell: boolean;
}

/** The replybook command line: the setting, else the workspace's local install, else `npx --no-install replybook`. */
export function replybookCommand(
  setting: string,
  folders: readonly string[],
  platform: NodeJS.Platform = process.platform,
  exists: (p: string) => boolean = existsSync,
): ReplybookCommand {
  const windows = platform === 'win32';
  if (setting.trim() !== '') return { command: setting.trim(), args: [], shell: windows };
  const local = localReplybook(folders, platform, exists);
  if (local) return local;
  return { command: windows ? 'npx.cmd' : 'npx', args: ['--no-install', 'replybook'], shell: windows };
}

function localReplybook(
  folders: readonly string[],
  platform: NodeJS.Platform,
  exists: (p: string) => boolean,
): ReplybookCommand | undefined {
  const windows = platform === 'win32';
  for (const folder of folders) {
    const local = path.join(folder, 'node_modules', '.bin', windows ? 'replybook.cmd' : 'replybook');
    if (exists(local)) return { command: local, args: [], shell: windows };
  }
  return undefined;
}

/**
 * How the language server runs: the setting's executable, else the workspace's local install (the
 * version the team pinned), else the server bundled in the extension (`out/server.mjs`) on the
 * editor's own Node.js.
 */
export function serverCommand(
  setting: string,
  folders: readonly string[],
  bundled: string,
  platform: NodeJS.Platform = process.platform,
  exists: (p: string) => boolean = existsSync,
): { kind: 'executable'; command: string; args: string[]; shell: boolean } | { kind: 'bundled'; module: string } {
  const windows = platform === 'win32';
  if (setting.trim() !== '') return { kind: 'executable', command: setting.trim(), args: ['lsp', '--stdio'], shell: windows };
  const local = localReplybook(folders, platform, exists);
  if (local) return { kind: 'executable', command: local.command, args: ['lsp', '--stdio'], shell: local.shell };
  return { kind: 'bundled', module: bundled };
}

/** The playbook folder of a file: the nearest folder at or above it with a playbook.yaml, inside `root`. */
export function playbookDirOf(file: string, root: string, exists: (p: string) => boolean = existsSync): string | undefined {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const rel = path.relative(root, dir);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    if (exists(path.join(dir, PLAYBOOK_FILE))) return dir;
    if (rel === '') return undefined;
  }
}

/** The server's answer, as src/lsp/preview.ts gives it (`text` since the preview speaks the reader's language). */
export type TemplatePreview = (
  | { template: string; description?: string; examples: Array<{ channels: string[]; result: { text: string } | { error: string } }> }
  | { error: string }
) & { text?: string };

/**
 * The preview as plain text: the server's, in the reader's language; from an older server without
 * it, the reply for each group of channels that gets the same text, in English.
 */
export function previewText(p: TemplatePreview): string {
  if (typeof p.text === 'string') return p.text;
  if ('error' in p) return `No preview: ${p.error}.\n`;
  const lines = [
    `Template ${p.template}${p.description ? ` — ${p.description}` : ''}`,
    'Rendered for the sample mention the handbook uses.',
    '',
  ];
  for (const e of p.examples) {
    lines.push(`── ${e.channels.join(', ')} ──`);
    lines.push('text' in e.result ? e.result.text : `Does not render: ${e.result.error}`, '');
  }
  return `${lines.join('\n')}\n`;
}
