/**
 * The replybook extension: starts `replybook lsp --stdio` and connects VS Code to it. Everything
 * the editor shows (diagnostics, completion, hover, definitions, quick fixes) comes from the
 * server; this file only finds the executable.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { workspace, window, type ExtensionContext } from 'vscode';
import { LanguageClient, type Executable, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The command that runs replybook: the setting, else the workspace's local install, else npx. */
export function serverCommand(
  setting: string,
  folders: readonly string[],
  platform: NodeJS.Platform = process.platform,
): { command: string; args: string[]; shell: boolean } {
  const windows = platform === 'win32';
  if (setting.trim() !== '') return { command: setting.trim(), args: ['lsp', '--stdio'], shell: windows };
  for (const folder of folders) {
    const local = path.join(folder, 'node_modules', '.bin', windows ? 'replybook.cmd' : 'replybook');
    if (existsSync(local)) return { command: local, args: ['lsp', '--stdio'], shell: windows };
  }
  return { command: windows ? 'npx.cmd' : 'npx', args: ['--no-install', 'replybook', 'lsp', '--stdio'], shell: windows };
}

export async function activate(context: ExtensionContext): Promise<void> {
  const folders = (workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  const setting = workspace.getConfiguration('replybook').get<string>('path', '');
  const { command, args, shell } = serverCommand(setting, folders);
  const run: Executable = { command, args, options: { cwd: folders[0], shell } };
  const serverOptions: ServerOptions = { run, debug: run };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
    // The server re-checks a playbook when one of its files changes on disk (a git checkout, another editor).
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.{yaml,yml}') },
    outputChannelName: 'replybook',
  };
  client = new LanguageClient('replybook', 'replybook', serverOptions, clientOptions);
  context.subscriptions.push(
    workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('replybook.path')) return;
      const choice = await window.showInformationMessage('replybook.path changed: restart the replybook language server?', 'Restart');
      if (choice === 'Restart') await client?.restart();
    }),
  );
  try {
    await client.start();
  } catch (e) {
    void window.showErrorMessage(
      `replybook: could not start \`${command} ${args.join(' ')}\`: ${e instanceof Error ? e.message : String(e)}. Install replybook in the workspace (npm install --save-dev replybook) or set replybook.path.`,
    );
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
