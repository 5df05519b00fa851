/**
 * The project configuration (replybook.config.yaml, .yml or .json at a workspace root) in the
 * language server: its own problems — an unknown key, an unknown rule id with a suggestion, a bad
 * severity — published as diagnostics in that file, as `check` reports them, and the rule settings
 * read again whenever it changes (typed in the editor, saved, created or deleted on disk), so the
 * playbooks' diagnostics follow the configuration without a restart. The server hands its events
 * here (a hook in server.ts) and says how to apply new settings.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver/node.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { CONFIG_FILES } from '../load/sources.js';
import { MAX_CONFIG_BYTES } from '../node/project-config.js';
import { refusalDiagnostic, type ProjectFs } from '../node/project-fs.js';
import { parseConfig, RULES, ruleSettingsOf, type RuleSettings } from '../validate/index.js';
import { toLspDiagnostic } from './diagnostics.js';
import { resolveLang, type Lang } from '../i18n/index.js';
import { localDiagnostic } from '../report/diagnostic-message.js';

/** Whether `abs` is the configuration file of a workspace root `rootAbs` (only a root's own is read, as the CLI does). */
export function isConfigFile(rootAbs: string, abs: string): boolean {
  return path.dirname(abs) === rootAbs && (CONFIG_FILES as readonly string[]).includes(path.basename(abs));
}

/** Whether a URI names a configuration file by its name (before any path is worked out). */
export function isConfigUri(uri: string): boolean {
  const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  return (CONFIG_FILES as readonly string[]).includes(name);
}

let ruleIds: string[] | undefined;

/** A configuration's text checked: its diagnostics (display path `file`) and the rule settings it gives. */
export function checkConfigText(
  file: string,
  text: string,
  root: string,
  cwd: string,
): { diagnostics: Diagnostic[]; ruleSettings: RuleSettings | undefined; lang?: Lang | undefined } {
  ruleIds ??= RULES.map((r) => r.id);
  const parsed = parseConfig(file, text, ruleIds);
  return { diagnostics: parsed.diagnostics, ruleSettings: ruleSettingsOf(parsed.config, root, cwd), lang: parsed.config.lang };
}

/** What the configuration documents need of the server. */
export interface ConfigHost {
  /** The open document's text, or undefined when it is not open (the disk is then read). */
  textOf(uri: string): string | undefined;
  sendDiagnostics(uri: string, diagnostics: LspDiagnostic[]): void;
  /** The rule settings of the root changed: the server checks its playbooks again with them. */
  reconfigure(rootAbs: string, ruleSettings: RuleSettings | undefined): void;
  /** The documentation base for each diagnostic's link. */
  docsBase?: string | undefined;
  /** The server's environment (its `LANG`), for the language of the diagnostics. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A workspace root as the configuration documents see it. */
export interface ConfigRoot {
  abs: string;
  door: ProjectFs;
}

/** Keeps each root's configuration: publishes its problems and reports changed settings. */
export class ConfigDocuments {
  /** The settings last applied per root, as JSON, so an edit that changes nothing re-checks nothing. */
  private readonly applied = new Map<string, string>();
  /** The configuration's `lang` per root (the language of the diagnostics), when it sets one. */
  private readonly langs = new Map<string, Lang | undefined>();

  constructor(private readonly host: ConfigHost) {}

  /**
   * Handles an event on `uri` when it is a root's configuration file (true), else returns false and
   * the server goes on as for any file. `gone`: the file was deleted on disk.
   */
  changed(root: ConfigRoot, abs: string, uri: string, gone = false): boolean {
    if (!isConfigFile(root.abs, abs)) return false;
    const file = path.basename(abs);
    let text = this.host.textOf(uri);
    let refusal: Diagnostic[] = [];
    if (text === undefined && !gone) {
      const read = root.door.readTextSync(abs, MAX_CONFIG_BYTES);
      if (read.ok) text = read.value;
      else if (read.refusal.kind !== 'not-found') refusal = [refusalDiagnostic({ ...read.refusal, path: file }, 'configuration file')];
    }
    const checked =
      text === undefined
        ? { diagnostics: refusal, ruleSettings: undefined, lang: undefined }
        : checkConfigText(file, text, root.abs, root.door.cwd);
    this.langs.set(root.abs, checked.lang);
    const lang = resolveLang({ config: checked.lang, env: this.host.env ?? {} });
    const uriOf = () => uri;
    this.host.sendDiagnostics(
      uri,
      checked.diagnostics.map((d) => toLspDiagnostic(localDiagnostic(d, lang), uriOf, this.host.docsBase)),
    );
    // A new `lang` re-publishes the playbooks' diagnostics in it, as new rule settings do.
    const key = JSON.stringify([checked.ruleSettings ?? null, checked.lang ?? null]);
    const before = this.applied.get(root.abs) ?? JSON.stringify([null, null]);
    this.applied.set(root.abs, key);
    if (key !== before) this.host.reconfigure(root.abs, checked.ruleSettings);
    return true;
  }

  /** Records the settings a root starts with (read when it was made), so the first event compares with them. */
  started(root: ConfigRoot, ruleSettings: RuleSettings | undefined, lang?: Lang): void {
    this.applied.set(root.abs, JSON.stringify([ruleSettings ?? null, lang ?? null]));
    this.langs.set(root.abs, lang);
  }

  /** The configuration's `lang` of a root, if it sets one. */
  langOf(rootAbs: string): Lang | undefined {
    return this.langs.get(rootAbs);
  }

  /** Publishes the problems of the configuration file a root has on disk (once the client is initialised), as `check` reports them. */
  publishOnDisk(root: ConfigRoot): void {
    for (const name of CONFIG_FILES) {
      const abs = path.join(root.abs, name);
      if (root.door.kindSync(abs) !== 'file') continue;
      this.changed(root, abs, pathToFileURL(abs).href);
      return;
    }
  }
}
