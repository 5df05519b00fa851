/**
 * The replybook extension: starts replybook's language server and connects VS Code to it, and adds
 * three commands — run the sample complaints of a playbook (`replybook test <dir>` as a task), open
 * the simulator in a terminal (`replybook sim <dir>`), and preview the reply of the template under
 * the cursor (the server's `replybook/previewTemplate` request). Everything the editor shows comes
 * from the server; this file finds executables and folders.
 */
import path from 'node:path';
import {
  commands,
  EventEmitter,
  ShellExecution,
  Task,
  tasks,
  Uri,
  ViewColumn,
  window,
  workspace,
  type ExtensionContext,
  type TextDocumentContentProvider,
  type WorkspaceFolder,
} from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  PLAYBOOK_FILE,
  playbookDirOf,
  previewText,
  replybookCommand,
  serverCommand,
  WATCHED_FILES,
  type ReplybookCommand,
  type TemplatePreview,
} from './choose';

let client: LanguageClient | undefined;

/** The server's request for a template preview (src/lsp/preview.ts, PREVIEW_TEMPLATE_REQUEST). */
const PREVIEW_TEMPLATE_REQUEST = 'replybook/previewTemplate';
/** The scheme of the read-only preview documents. */
const PREVIEW_SCHEME = 'replybook-preview';

/** The playbook to run: the active editor's, else the only one in the workspace, else the one the user picks. */
async function choosePlaybook(): Promise<{ folder: WorkspaceFolder; dir: string } | undefined> {
  const active = window.activeTextEditor?.document.uri;
  if (active?.scheme === 'file') {
    const folder = workspace.getWorkspaceFolder(active);
    const dir = folder && playbookDirOf(active.fsPath, folder.uri.fsPath);
    if (folder && dir) return { folder, dir };
  }
  const found = await workspace.findFiles(`**/${PLAYBOOK_FILE}`, '**/{node_modules,dist,coverage,.*}/**', 200);
  const dirs = found.map((u) => ({ folder: workspace.getWorkspaceFolder(u), dir: path.dirname(u.fsPath) })).filter((d) => d.folder);
  if (dirs.length === 0) {
    void window.showWarningMessage(`replybook: no ${PLAYBOOK_FILE} in this workspace.`);
    return undefined;
  }
  if (dirs.length === 1) return dirs[0] as { folder: WorkspaceFolder; dir: string };
  const items = dirs.map((d) => ({ label: workspace.asRelativePath(d.dir), d }));
  const picked = await window.showQuickPick(items, { placeHolder: 'Which playbook?' });
  return picked?.d as { folder: WorkspaceFolder; dir: string } | undefined;
}

function cliFor(folder: WorkspaceFolder): ReplybookCommand {
  const setting = workspace.getConfiguration('replybook').get<string>('path', '');
  return replybookCommand(setting, [folder.uri.fsPath, ...(workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath)]);
}

/** `replybook test <dir>` as a task, so its output, exit code and re-runs are the editor's usual ones. */
async function runSamples(): Promise<void> {
  const p = await choosePlaybook();
  if (!p) return;
  const rel = path.relative(p.folder.uri.fsPath, p.dir) || '.';
  const cli = cliFor(p.folder);
  const exec = new ShellExecution(cli.command, [...cli.args, 'test', rel], { cwd: p.folder.uri.fsPath });
  const task = new Task({ type: 'replybook', command: 'test', dir: rel }, p.folder, `test ${rel}`, 'replybook', exec, []);
  await tasks.executeTask(task);
}

/** `replybook sim <dir>` in a terminal of its own: the simulator is interactive. */
async function openSimulator(): Promise<void> {
  const p = await choosePlaybook();
  if (!p) return;
  const rel = path.relative(p.folder.uri.fsPath, p.dir) || '.';
  const cli = cliFor(p.folder);
  const terminal = window.createTerminal({
    name: `replybook sim ${rel}`,
    cwd: p.folder.uri.fsPath,
    shellPath: cli.command,
    shellArgs: [...cli.args, 'sim', rel],
  });
  terminal.show();
}

class PreviewDocuments implements TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  readonly changes = new EventEmitter<Uri>();
  readonly onDidChange = this.changes.event;
  set(uri: Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changes.fire(uri);
  }
  provideTextDocumentContent(uri: Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

async function previewTemplate(previews: PreviewDocuments): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || !client) {
    void window.showWarningMessage('replybook: open a playbook file and put the cursor in a template.');
    return;
  }
  const answer = await client.sendRequest<TemplatePreview>(PREVIEW_TEMPLATE_REQUEST, {
    textDocument: { uri: editor.document.uri.toString() },
    position: { line: editor.selection.active.line, character: editor.selection.active.character },
  });
  if ('error' in answer) {
    void window.showWarningMessage(`replybook: ${answer.error}.`);
    return;
  }
  const uri = Uri.from({ scheme: PREVIEW_SCHEME, path: `/${answer.template}.txt` });
  previews.set(uri, previewText(answer));
  const doc = await workspace.openTextDocument(uri);
  await window.showTextDocument(doc, { viewColumn: ViewColumn.Beside, preview: true, preserveFocus: true });
}

export async function activate(context: ExtensionContext): Promise<void> {
  const folders = (workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  const setting = workspace.getConfiguration('replybook').get<string>('path', '');
  const server = serverCommand(setting, folders, context.asAbsolutePath(path.join('out', 'server.mjs')));
  const serverOptions: ServerOptions =
    server.kind === 'bundled'
      ? { module: server.module, transport: TransportKind.stdio, options: { cwd: folders[0] } }
      : { command: server.command, args: server.args, options: { cwd: folders[0], shell: server.shell } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
    // The server re-checks a playbook when one of its files changes on disk (a git checkout, another editor).
    synchronize: { fileEvents: workspace.createFileSystemWatcher(WATCHED_FILES) },
    outputChannelName: 'replybook',
  };
  client = new LanguageClient('replybook', 'replybook', serverOptions, clientOptions);
  const previews = new PreviewDocuments();
  context.subscriptions.push(
    workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, previews),
    commands.registerCommand('replybook.runSamples', runSamples),
    commands.registerCommand('replybook.openSimulator', openSimulator),
    commands.registerCommand('replybook.previewTemplate', () => previewTemplate(previews)),
    workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('replybook.path')) return;
      const choice = await window.showInformationMessage('replybook.path changed: restart the replybook language server?', 'Restart');
      if (choice === 'Restart') await client?.restart();
    }),
  );
  try {
    await client.start();
  } catch (e) {
    const what = server.kind === 'bundled' ? 'the bundled replybook language server' : `\`${server.command} ${server.args.join(' ')}\``;
    void window.showErrorMessage(
      `replybook: could not start ${what}: ${e instanceof Error ? e.message : String(e)}. Check replybook.path, or install replybook in the workspace (npm install --save-dev replybook).`,
    );
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
