/**
 * `replybook lsp`: the protocol glue of the language server. It reads the disk, keeps the open
 * documents, debounces checks per playbook and maps paths; everything it answers comes from the
 * pure modules beside it (workspace, completion, hover, definition, code actions).
 *
 * Paths: the core names files by display paths — forward slashes, relative to the workspace root
 * folder, exactly as `replybook check` run in that folder prints them. A client URI becomes a
 * display path through `fileURLToPath` and the root; a display path becomes the URI the client
 * used for that file when it is open (so its spelling, e.g. an encoded drive letter, is kept), else
 * `pathToFileURL`.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Location as LspLocation,
  type TextDocumentPositionParams,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { findExcessiveNesting } from '../load/nesting-scan.js';
import { isSourcePath, isYamlPath, PLAYBOOK_FILE } from '../load/sources.js';
import { FramingGuard } from './framing.js';
import type { Playbook } from '../model/playbook.js';
import { collectFiles, displayPath, findPlaybookRoot } from '../node/files.js';
import { isInside, pathKindSync, ProjectFs } from '../node/project-fs.js';
import { rootRuleSettingsSync } from '../node/project-config.js';
import { ownDocsBase, ownPackageDir } from '../node/trusted-files.js';
import { isComplaintFile, layoutProject, RULES, type RuleInfo } from '../validate/index.js';
import { codeActions } from './code-actions.js';
import { ConfigDocuments, isConfigUri } from './config-document.js';
import { completionItems } from './completion.js';
import { definitionsAt, referencesAt } from './definition.js';
import { toLspDiagnostic } from './diagnostics.js';
import { resolveLang, type Lang } from '../i18n/index.js';
import { localDiagnostic } from '../report/diagnostic-message.js';
import { hoverAt } from './hover.js';
import { PREVIEW_TEMPLATE_REQUEST, previewProblem, previewTemplate, type TemplatePreview } from './preview.js';
import { toLspRange } from './positions.js';
import type { IdOccurrence } from './symbols.js';
import { Workspace, type Analysis } from './workspace.js';

/**
 * How long to wait after the last keystroke before checking (ms). None: a check starts at once when
 * none is running for the playbook, and the changes made while one runs are checked together right
 * after it — typing never waits for a timer, and a fast typist still costs one check per check's time.
 */
export const DEFAULT_DEBOUNCE_MS = 0;

/** Keystrokes checked and thrown away when a large playbook is first checked; each is a typed letter and its undo. */
const WARM_UP_KEYSTROKES = 2;
/** A first check that took this long marks a playbook large enough for its keystrokes to be warmed up. */
const WARM_UP_AFTER_MS = 150;

/** What the client may pass in `initializationOptions`. */
export interface ServerSettings {
  /** Milliseconds of quiet between the last change and the check (default 0: see {@link DEFAULT_DEBOUNCE_MS}). */
  debounceMs?: number;
}

/** One workspace root folder: its workspace (overlay + checker) and what was published for it. */
interface Root {
  abs: string;
  /** The door to its files: nothing whose real path is outside `abs` is read. */
  door: ProjectFs;
  ws: Workspace;
  analyses: Map<string, Analysis>;
  /** The last compiled playbook of each playbook folder, for descriptions while it has errors. */
  lastDraft: Map<string, Playbook>;
  published: Map<string, Set<string>>;
  timers: Map<string, NodeJS.Timeout>;
  generation: Map<string, number>;
  running: Map<string, Promise<Analysis | null>>;
  /** Playbook folders changed while their check was running: checked again when it ends. */
  again: Set<string>;
  schemaDir: string | null;
}

/** Where a document is: its root, absolute path and display path. */
interface Place {
  root: Root;
  abs: string;
  file: string;
}

const PACKAGE_SCHEMA_DIR = `${path.join(ownPackageDir(import.meta.url) ?? fileURLToPath(new URL('../../../', import.meta.url)), 'schema')}${path.sep}`;

/** replybook's package folder as a URL: each diagnostic's `codeDescription.href` points into its docs/rules.md. */
const DOCS_BASE = ownDocsBase(import.meta.url);

function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return null;
  }
}

/** The schema folder a modeline should point at: the project's own, an installed replybook's, or this package's. */
function findSchemaDir(door: ProjectFs): string | null {
  for (const dir of [path.join(door.cwd, 'schema'), path.join(door.cwd, 'node_modules/replybook/schema')]) {
    if (door.kindSync(path.join(dir, 'playbook.schema.json')) === 'file') return displayPath(door.cwd, dir).replace(/\/$/, '') || '.';
  }
  // replybook's own schema folder, not a project file.
  if (pathKindSync(path.join(PACKAGE_SCHEMA_DIR, 'playbook.schema.json')) === 'file')
    return displayPath(door.cwd, PACKAGE_SCHEMA_DIR).replace(/\/$/, '') || '.';
  return null;
}

/** Wires the language server onto a connection (the caller calls `listen`). */
export function startServer(connection: Connection, cwd: string): void {
  const documents = new TextDocuments(TextDocument);
  const roots: Root[] = [];
  const uriByAbs = new Map<string, string>();
  const openedVersion = new Map<string, number>();
  const rules: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((r) => [r.id, r]));
  let debounceMs = DEFAULT_DEBOUNCE_MS;

  /** Runs a handler; a bug becomes a logged message and an empty answer, never a crash. */
  const guard =
    <A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R | Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await fn(...args);
      } catch (e) {
        connection.console.error(`replybook: ${name} failed — this is a bug in replybook: ${e instanceof Error ? e.message : String(e)}`);
        return fallback;
      }
    };

  // replybook.config.yaml: its problems published in it, its rule settings applied again when it changes (config-document.ts).
  const configs = new ConfigDocuments({
    textOf: (uri) => documents.get(uri)?.getText(),
    sendDiagnostics: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
    reconfigure: (abs, settings) => {
      const root = roots.find((r) => r.abs === abs);
      if (!root) return;
      root.ws = new Workspace(undefined, settings);
      for (const doc of documents.all()) if (placeOf(doc.uri)?.root === root) root.ws.open(placeOf(doc.uri)!.file, doc.getText());
      for (const dir of new Set([...root.analyses.keys(), ...root.published.keys()])) schedule(root, dir, 0);
    },
    docsBase: DOCS_BASE,
    env: process.env,
  });

  /**
   * The language of a playbook's diagnostics: the configuration's `lang`, then the playbook's
   * `locale` (what the diagnostics are about), then the server's `LANG` — as the command line.
   */
  const langOf = (root: Root, analysis?: Analysis): Lang =>
    resolveLang({
      config: configs.langOf(root.abs),
      playbook: analysis?.result.playbook?.locale ?? analysis?.result.draft?.locale,
      env: process.env,
    });

  const makeRoot = (abs: string): Root => {
    const door = ProjectFs.atSync(abs);
    const settings = rootRuleSettingsSync(door);
    const r: Root = {
      abs,
      door,
      ws: new Workspace(undefined, settings),
      analyses: new Map(),
      lastDraft: new Map(),
      published: new Map(),
      timers: new Map(),
      generation: new Map(),
      running: new Map(),
      again: new Set(),
      schemaDir: findSchemaDir(door),
    };
    roots.push(r);
    roots.sort((a, b) => b.abs.length - a.abs.length);
    configs.started(r, settings);
    return r;
  };

  const placeOf = (uri: string): Place | null => {
    const abs = uriToPath(uri);
    if (!abs) return null;
    let root = roots.find((r) => isInside(r.abs, abs));
    if (!root) {
      // A file outside every workspace folder: its playbook's parent folder acts as the root.
      let d = path.dirname(abs);
      // (The editor chose this file: its folders are looked at for a playbook.yaml, nothing is read.)
      const hasPlaybook = (dir: string) => pathKindSync(path.join(dir, PLAYBOOK_FILE)) !== null;
      while (!hasPlaybook(d) && path.dirname(d) !== d) d = path.dirname(d);
      root = makeRoot(hasPlaybook(d) ? path.dirname(d) : path.dirname(abs));
    }
    return { root, abs, file: displayPath(root.abs, abs) };
  };

  const uriOf = (root: Root, file: string): string => {
    const abs = path.resolve(root.abs, file);
    return uriByAbs.get(abs) ?? pathToFileURL(abs).href;
  };

  /** The playbook folder (display path) of a file: from playbook.yaml on disk or open, or null. */
  const playbookDirOf = async (place: Place): Promise<string | null> => {
    const onDisk = await findPlaybookRoot(place.root.door, path.dirname(place.abs));
    const mains = onDisk ? [displayPath(place.root.abs, path.join(onDisk, PLAYBOOK_FILE))] : [];
    return place.root.ws.playbookDirOf(place.file, mains);
  };

  const publish = (root: Root, dir: string, analysis: Analysis): void => {
    const now = new Set<string>();
    const lang = langOf(root, analysis);
    for (const [file, list] of analysis.byFile) {
      now.add(file);
      connection.sendDiagnostics({
        uri: uriOf(root, file),
        diagnostics: list.map((d) => toLspDiagnostic(localDiagnostic(d, lang), (f) => uriOf(root, f), DOCS_BASE)),
      });
    }
    for (const file of root.published.get(dir) ?? []) {
      if (!now.has(file)) connection.sendDiagnostics({ uri: uriOf(root, file), diagnostics: [] });
    }
    root.published.set(dir, now);
  };

  /** Reads the playbook folder from disk, lays the open documents over it, checks and publishes. */
  const analyse = async (root: Root, dir: string): Promise<Analysis | null> => {
    const gen = (root.generation.get(dir) ?? 0) + 1;
    root.generation.set(dir, gen);
    const absDir = path.resolve(root.abs, dir);
    const { files } = root.door.kindSync(absDir) ? await collectFiles(root.door, [absDir]) : { files: [] };
    const first = !root.analyses.has(dir);
    const started = performance.now();
    const analysis = root.ws.analyse(dir, files);
    // The first check of a large playbook: a few keystrokes in its open document are checked and
    // thrown away (`Workspace.warmUp`) before its diagnostics go out, so that the person's first
    // keystrokes run code the engine has compiled already instead of paying for the warm-up
    // themselves (on the 1,000-template file, the first ones took 2 to 4 times the later ones).
    if (first && performance.now() - started >= WARM_UP_AFTER_MS) {
      const open = root.ws.openPaths().find((p) => isInside(dir, p));
      try {
        if (open) for (let i = 0; i < WARM_UP_KEYSTROKES && root.ws.warmUp(dir, files, open, analysis); i++);
      } catch (e) {
        // Only a head start: the diagnostics still go out (the real keystroke reports any such bug).
        connection.console.error(`replybook: warm-up failed — this is a bug in replybook: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    root.analyses.set(dir, analysis);
    if (analysis.result.draft) root.lastDraft.set(dir, analysis.result.draft);
    // A later run started while this one read the disk: it publishes, with newer text.
    if (root.generation.get(dir) === gen) publish(root, dir, analysis);
    return analysis;
  };

  const run = (root: Root, dir: string): Promise<Analysis | null> => {
    const p = guard('check', null, () => analyse(root, dir))();
    root.running.set(dir, p);
    return p;
  };

  const inFlight = new Set<string>();
  /** Checks now, or — while a check of the folder runs — once more right after it, with every change made meanwhile. */
  const request = (root: Root, dir: string): void => {
    const key = `${root.abs}\u0000${dir}`;
    if (inFlight.has(key)) {
      root.again.add(dir);
      return;
    }
    inFlight.add(key);
    void run(root, dir).finally(() => {
      inFlight.delete(key);
      if (root.again.delete(dir)) request(root, dir);
    });
  };

  const schedule = (root: Root, dir: string, delay: number): void => {
    clearTimeout(root.timers.get(dir));
    if (delay <= 0) {
      root.timers.delete(dir);
      request(root, dir);
      return;
    }
    root.timers.set(
      dir,
      setTimeout(() => {
        root.timers.delete(dir);
        request(root, dir);
      }, delay),
    );
  };

  /** Whether `replybook check` run in the root folder reads this file (`load/sources.ts`); others get no diagnostics. */
  const isChecked = (place: Place): boolean => !place.file.startsWith('../') && isSourcePath(place.file);

  /** Diagnostics for a YAML file in no playbook, as `replybook check` gives them (not for files it never reads). */
  const publishOrphan = (place: Place): void => {
    const diags: Diagnostic[] = isChecked(place) ? layoutProject([place.file]).diagnostics : [];
    connection.sendDiagnostics({
      uri: uriOf(place.root, place.file),
      diagnostics: diags.map((d) => toLspDiagnostic(localDiagnostic(d, langOf(place.root)), (f) => uriOf(place.root, f), DOCS_BASE)),
    });
  };

  const changed = async (uri: string, delay: number): Promise<void> => {
    const place = placeOf(uri);
    if (!place || configs.changed(place.root, place.abs, uri)) return;
    const dir = await playbookDirOf(place);
    if (dir === null) {
      if (documents.get(uri)) publishOrphan(place);
      return;
    }
    schedule(place.root, dir, delay);
  };

  /** The document's place, playbook folder and an analysis of it (waiting for the first one if needed). */
  const contextOf = async (uri: string) => {
    const doc = documents.get(uri);
    const place = placeOf(uri);
    if (!doc || !place) return null;
    const text = doc.getText();
    // Completion and hover parse the buffer themselves: refuse what check would refuse.
    if (text.length > place.root.ws.limits.maxBytes || findExcessiveNesting(text, place.root.ws.limits.maxDepth) !== null) return null;
    const dir = await playbookDirOf(place);
    if (dir === null) return null;
    const root = place.root;
    const analysis = root.analyses.get(dir) ?? (await (root.running.get(dir) ?? run(root, dir)));
    if (!analysis) return null;
    const symbols = root.ws.currentSymbols(analysis, place.file, text);
    const playbook = analysis.result.draft ?? root.lastDraft.get(dir) ?? null;
    // What the server says about the playbook, in the language of its diagnostics.
    const lang = langOf(root, analysis);
    return { doc, place, dir, analysis, text, symbols, playbook, lang, complaintFile: isComplaintFile(place.file, dir) };
  };

  const locationOf = (root: Root, o: IdOccurrence): LspLocation => ({ uri: uriOf(root, o.file), range: toLspRange(o.range) });

  connection.onInitialize(
    guard('initialize', { capabilities: {} } as InitializeResult, (params: InitializeParams): InitializeResult => {
      const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
      for (const uri of folders) {
        const abs = uriToPath(uri);
        if (abs) makeRoot(abs);
      }
      if (roots.length === 0) makeRoot(path.resolve(params.rootPath ?? cwd));
      const settings = (params.initializationOptions ?? {}) as ServerSettings;
      if (typeof settings.debounceMs === 'number' && settings.debounceMs >= 0) debounceMs = settings.debounceMs;
      return {
        capabilities: {
          textDocumentSync: TextDocumentSyncKind.Incremental,
          completionProvider: { triggerCharacters: ['{', '>', '.', ' ', ':', '[', ',', '-'] },
          hoverProvider: true,
          definitionProvider: true,
          referencesProvider: true,
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Source] },
        },
        serverInfo: { name: 'replybook' },
      };
    }),
  );

  connection.onInitialized(() => {
    for (const r of roots) configs.publishOnDisk(r);
  });

  documents.onDidOpen(
    guard('open', undefined, async (e) => {
      const place = placeOf(e.document.uri);
      if (!place) return;
      uriByAbs.set(place.abs, e.document.uri);
      openedVersion.set(e.document.uri, e.document.version);
      place.root.ws.open(place.file, e.document.getText());
      await changed(e.document.uri, 0);
    }),
  );

  documents.onDidChangeContent(
    guard('change', undefined, async (e) => {
      // Opening also fires a change; the open handler has checked already.
      if (openedVersion.get(e.document.uri) === e.document.version) return;
      openedVersion.delete(e.document.uri);
      const place = placeOf(e.document.uri);
      if (!place) return;
      place.root.ws.open(place.file, e.document.getText());
      await changed(e.document.uri, debounceMs);
    }),
  );

  documents.onDidClose(
    guard('close', undefined, async (e) => {
      const place = placeOf(e.document.uri);
      if (!place) return;
      openedVersion.delete(e.document.uri);
      place.root.ws.close(place.file);
      // The disk is the truth again for this file; its playbook is re-checked (a closed file keeps its problems, as check reports them).
      await changed(e.document.uri, 0);
      uriByAbs.delete(place.abs);
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('watched files', undefined, async (params) => {
      for (const change of params.changes) {
        const at = isConfigUri(change.uri) && !documents.get(change.uri) ? placeOf(change.uri) : null;
        if (at && configs.changed(at.root, at.abs, change.uri, change.type === 3)) continue;
        if (!isYamlPath(change.uri) || documents.get(change.uri)) continue;
        const place = placeOf(change.uri);
        if (!place || !isChecked(place)) continue;
        if (change.type === 3) place.root.ws.forget(place.file);
        await changed(change.uri, debounceMs);
      }
    }),
  );

  connection.onCompletion(
    guard('completion', [], async (params) => {
      const c = await contextOf(params.textDocument.uri);
      if (!c) return [];
      return completionItems({
        text: c.text,
        offset: c.doc.offsetAt(params.position),
        complaintFile: c.complaintFile,
        symbols: c.symbols,
        playbook: c.playbook,
        positionAt: (o) => c.doc.positionAt(o),
        lang: c.lang,
      });
    }),
  );

  connection.onHover(
    guard('hover', null, async (params) => {
      const c = await contextOf(params.textDocument.uri);
      if (!c) return null;
      const h = hoverAt({
        file: c.place.file,
        offset: c.doc.offsetAt(params.position),
        symbols: c.symbols,
        playbook: c.analysis.result.draft,
        runtime: c.analysis.runtime,
        outcomes: c.analysis.outcomes,
        diagnostics: c.analysis.byFile.get(c.place.file) ?? [],
        rules,
        lang: c.lang,
      });
      if (!h) return null;
      return { contents: { kind: 'markdown' as const, value: h.markdown }, ...(h.range ? { range: toLspRange(h.range) } : {}) };
    }),
  );

  // The editor's "Preview the reply of the template under the cursor" (a custom request: LSP has none for it).
  connection.onRequest(
    PREVIEW_TEMPLATE_REQUEST,
    guard(
      'preview',
      previewProblem('preview.failed', resolveLang({ env: process.env })),
      async (params: TextDocumentPositionParams): Promise<TemplatePreview> => {
        const c = await contextOf(params.textDocument.uri);
        if (!c) {
          const place = placeOf(params.textDocument.uri);
          return previewProblem('preview.notInPlaybook', place ? langOf(place.root) : resolveLang({ env: process.env }));
        }
        return previewTemplate(c.analysis.result.draft, c.symbols, c.place.file, c.doc.offsetAt(params.position), c.lang);
      },
    ),
  );

  connection.onDefinition(
    guard('definition', [] as LspLocation[], async (params) => {
      const c = await contextOf(params.textDocument.uri);
      if (!c) return [];
      return definitionsAt(c.symbols, c.place.file, c.doc.offsetAt(params.position)).map((o) => locationOf(c.place.root, o));
    }),
  );

  connection.onReferences(
    guard('references', [] as LspLocation[], async (params) => {
      const c = await contextOf(params.textDocument.uri);
      if (!c) return [];
      return referencesAt(c.symbols, c.place.file, c.doc.offsetAt(params.position), params.context.includeDeclaration).map((o) =>
        locationOf(c.place.root, o),
      );
    }),
  );

  connection.onCodeAction(
    guard('code action', [], async (params) => {
      const doc = documents.get(params.textDocument.uri);
      const place = placeOf(params.textDocument.uri);
      if (!doc || !place) return [];
      const dir = await playbookDirOf(place);
      if (dir === null) return [];
      return codeActions({
        uri: params.textDocument.uri,
        file: place.file,
        text: doc.getText(),
        diagnostics: params.context.diagnostics,
        range: params.range,
        only: params.context.only,
        schemaDir: place.root.schemaDir,
        complaintFile: isComplaintFile(place.file, dir),
        textIn: (r) => doc.getText(r),
      });
    }),
  );

  connection.onShutdown(() => {
    for (const r of roots) for (const t of r.timers.values()) clearTimeout(t);
  });

  documents.listen(connection);
}

/**
 * Starts the server on standard input and output; the process ends with the client's `exit`, when
 * standard input closes, or — through `onBroken` — at the first frame that breaks the base protocol.
 */
export function startStdioServer(cwd: string, onBroken: (reason: string) => void): Connection {
  // Standard input goes through the framing guard; the guard is a stream, so the library still
  // ends the process when the input ends (0 after `shutdown`, else 1).
  const input = new FramingGuard({ onBroken });
  process.stdin.on('error', () => input.end());
  process.stdin.pipe(input);
  const connection = createConnection(ProposedFeatures.all, input, process.stdout);
  startServer(connection, cwd);
  connection.listen();
  return connection;
}
