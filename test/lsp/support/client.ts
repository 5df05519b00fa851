/**
 * A small LSP client that talks to the real `replybook lsp --stdio` process over its standard
 * input and output (vscode-jsonrpc framing, no mocks of the protocol), or to the same server
 * started in this process on a pair of in-memory pipes (`inProcess`: the protocol is framed and
 * parsed just the same, and coverage sees the server's code). Used by the tests and by the benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  createConnection,
  createMessageConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type Diagnostic,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node.js';
import { startServer } from '../../../src/lsp/server.js';

type Waiter = {
  uri: string;
  test: (d: Diagnostic[]) => boolean;
  resolve: (d: Diagnostic[]) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
};

export interface StartOptions {
  /** `node` runs this CLI entry point (dist/cli/main.js). */
  cli: string;
  /** Its arguments (default `lsp --stdio`; the editor extension's bundled server takes `--stdio` alone). */
  args?: string[];
  /** The workspace root folder. */
  root: string;
  initializationOptions?: unknown;
}

/** A running server and the connection to it. */
export class LspClient {
  /** The last diagnostics published for each URI. */
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Every publishDiagnostics in order, with the time it arrived (performance.now()). */
  readonly publications: Array<{ uri: string; at: number; diagnostics: Diagnostic[] }> = [];
  /** What the server wrote to stderr and logged with window/logMessage. */
  stderr = '';
  readonly logs: string[] = [];
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();
  exitCode: number | null = null;

  private constructor(
    /** The server process, or null when the server runs in this process. */
    readonly proc: ChildProcess | null,
    readonly connection: MessageConnection,
    private readonly server: Connection | null = null,
  ) {}

  /** Spawns the server and initializes it with the root as the one workspace folder. */
  static async start(opts: StartOptions): Promise<LspClient> {
    const proc = spawn(process.execPath, [opts.cli, ...(opts.args ?? ['lsp', '--stdio'])], {
      cwd: opts.root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspClient(proc, connection);
    proc.stderr!.on('data', (b: Buffer) => {
      client.stderr += b.toString();
    });
    proc.on('exit', (code) => {
      client.exitCode = code ?? -1;
    });
    return client.initialize(opts.root, process.pid, opts.initializationOptions);
  }

  /**
   * Starts the server in this process (`startServer`, what `lsp --stdio` runs after its framing
   * guard) on in-memory pipes, and initializes it with the root as the one workspace folder.
   */
  static async inProcess(opts: Omit<StartOptions, 'cli'>): Promise<LspClient> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Reader and writer objects, not streams: the library then never ends the process when they close.
    const server = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(server, opts.root);
    server.listen();
    const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    // No process id: the library would poll it and end this process when it is gone.
    return new LspClient(null, connection, server).initialize(opts.root, null, opts.initializationOptions);
  }

  private async initialize(root: string, processId: number | null, initializationOptions: unknown): Promise<LspClient> {
    const connection = this.connection;
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.publications.push({ uri: p.uri, at: performance.now(), diagnostics: p.diagnostics });
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.test(p.diagnostics)) {
          clearTimeout(w.timer);
          this.waiters = this.waiters.filter((x) => x !== w);
          w.resolve(p.diagnostics);
        }
      }
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    connection.listen();
    const rootUri = pathToFileURL(root).href;
    await connection.sendRequest('initialize', {
      processId,
      rootUri,
      capabilities: {},
      workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return this;
  }

  /** The next publishDiagnostics for `uri` whose diagnostics pass `test` (arriving after this call). */
  waitForDiagnostics(uri: string, test: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 10_000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.timer !== timer);
        reject(
          new Error(
            `no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri))}\nstderr: ${this.stderr}\nlogs: ${this.logs.join('\n')}`,
          ),
        );
      }, timeoutMs);
      this.waiters.push({ uri, test, resolve, reject, timer });
    });
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  }

  /** Replaces the whole text of an open document (unsaved). */
  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** An incremental edit: `text` replaces the range. */
  async edit(
    uri: string,
    range: { start: { line: number; character: number }; end: { line: number; character: number } },
    text: string,
  ): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /**
   * shutdown + exit; waits for the process to end (kills it after a grace period). In process:
   * shutdown only (`exit` ends the process), then both ends closed; 0 when shutdown was answered.
   */
  async stop(): Promise<number | null> {
    if (!this.proc) {
      const answered = await Promise.race([
        this.connection.sendRequest('shutdown').then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), 2000)),
      ]);
      this.connection.dispose();
      this.server?.dispose();
      this.exitCode = answered ? 0 : 1;
      return this.exitCode;
    }
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      /* the process may be gone already */
    }
    await new Promise<void>((resolve) => {
      if (this.exitCode !== null) return resolve();
      const t = setTimeout(() => {
        this.proc!.kill();
        resolve();
      }, 3000);
      this.proc!.on('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.connection.dispose();
    return this.exitCode;
  }
}
