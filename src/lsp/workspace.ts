/**
 * The language server's view of a workspace: the open documents' unsaved text laid over the files
 * read from disk, checked with one `createChecker()` so only changed texts are re-parsed. Pure:
 * the server reads the disk and hands the files in.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { encodeText } from '../load/decode.js';
import { DEFAULT_LIMITS, type LoadLimits } from '../load/limits.js';
import type { ParsedFile } from '../load/parse-file.js';
import type { SourceFile } from '../load/source-file.js';
import type { Complaint, Outcome } from '../model/outcome.js';
import type { Playbook } from '../model/playbook.js';
import { compileRuntime, respond, type Runtime } from '../engine/index.js';
import { isComplaintFile, isSourcePath, isYamlPath, normalisePath, playbookDirOf, playbookDirs } from '../load/sources.js';
import { createChecker, layoutProject, type Checker, type CheckedPlaybookResult, type RuleSettings } from '../validate/index.js';
import { fileOccurrences, SymbolIndex, type IdOccurrence } from './symbols.js';

/** One playbook as last analysed. */
export interface Analysis {
  dir: string;
  result: CheckedPlaybookResult;
  /** Every file of the playbook (playbook files, then complaint files). */
  files: string[];
  /** Diagnostics by file; every file of the playbook has an entry (empty when clean). */
  byFile: Map<string, Diagnostic[]>;
  symbols: SymbolIndex;
  /** The compiled playbook (even with semantic errors) and its runtime, for hover. */
  runtime(): Runtime | null;
  /** Each sample complaint with its outcome on the draft playbook (computed once, on first use). */
  outcomes(): Array<{ complaint: Complaint; outcome: Outcome }>;
}

/**
 * The bytes `replybook check` would read for this text. The CLI reads at most `maxBytes + 1`
 * bytes of a file, so a huge buffer is cut the same way and gets the same `load/too-large`.
 */
export function sourceOfText(path: string, text: string, limits: LoadLimits = DEFAULT_LIMITS): SourceFile {
  const cap = limits.maxBytes + 1;
  const bytes = encodeText(text.length > cap ? text.slice(0, cap) : text);
  return { path, bytes: bytes.length > cap ? bytes.subarray(0, cap) : bytes };
}

/** True when `file` is inside the folder `dir` (`.` holds everything). */
export function isInside(file: string, dir: string): boolean {
  return dir === '.' || file.startsWith(`${dir}/`);
}

/** Open documents over disk files, and the per-file parse cache. */
export class Workspace {
  readonly checker: Checker;
  private readonly overlay = new Map<string, string>();
  /** The source last made of each open document's text. */
  private readonly sources = new Map<string, { text: string; file: SourceFile }>();
  /** The last parse of each file that worked and its symbols (found on first use), so one broken file does not hide its ids. */
  private readonly lastGood = new Map<string, { parsed: ParsedFile; occurrences?: IdOccurrence[] }>();

  /** `ruleSettings`: the project configuration's (replybook.config.yaml), applied to every diagnostic published. */
  constructor(
    readonly limits: LoadLimits = DEFAULT_LIMITS,
    ruleSettings?: RuleSettings,
  ) {
    this.checker = createChecker(ruleSettings ? { limits, ruleSettings } : { limits });
  }

  /** Sets the unsaved text of an open document. */
  open(path: string, text: string): void {
    this.overlay.set(normalisePath(path), text);
  }

  /** The document was closed: the disk is the truth again. */
  close(path: string): void {
    this.overlay.delete(normalisePath(path));
    this.sources.delete(normalisePath(path));
  }

  /** The unsaved text of an open document. */
  textOf(path: string): string | undefined {
    return this.overlay.get(normalisePath(path));
  }

  /** Paths of the open documents. */
  openPaths(): string[] {
    return [...this.overlay.keys()];
  }

  /** The nearest playbook folder of a path, given the playbook.yaml files known (on disk and open). */
  playbookDirOf(path: string, knownMains: readonly string[]): string | null {
    return playbookDirOf(normalisePath(path), playbookDirs([...knownMains, ...this.openPaths()].map(normalisePath)));
  }

  /** The disk files with the open documents laid over them (open documents not yet on disk included). */
  overlaid(disk: readonly SourceFile[], dir: string): SourceFile[] {
    const byPath = new Map<string, SourceFile>(disk.map((f) => [normalisePath(f.path), f]));
    for (const [p, text] of this.overlay) {
      // An open document is checked with its playbook only where the disk walk would read it.
      if (isInside(p, dir) && isSourcePath(dir === '.' ? p : p.slice(dir.length + 1))) byPath.set(p, this.sourceOf(p, text));
    }
    return [...byPath.values()];
  }

  /** The source of an open document's text: the same object while the text is the same, so the checker knows it unchanged without hashing it. */
  private sourceOf(path: string, text: string): SourceFile {
    const last = this.sources.get(path);
    if (last?.text === text) return last.file;
    const file = sourceOfText(path, text, this.limits);
    this.sources.set(path, { text, file });
    return file;
  }

  /** Checks the playbook in `dir` from its files on disk (everything under `dir`) with the open documents over them. */
  analyse(dir: string, disk: readonly SourceFile[]): Analysis {
    const files = this.overlaid(disk, dir);
    const layout = layoutProject(files.map((f) => f.path)).playbooks.find((l) => l.dir === dir);
    const own = new Set(layout ? [...layout.files, ...layout.complaintFiles] : []);
    const mine = files.filter((f) => own.has(normalisePath(f.path)));
    // The calendar files the schedule names (read from disk with the rest) are data, not documents.
    const calendars = disk.filter((f) => !isYamlPath(f.path));
    const result = this.checker.checkPlaybook(dir, [...mine, ...calendars]);
    const all = [...result.files, ...result.complaintFiles];
    const byFile = new Map<string, Diagnostic[]>(all.map((f) => [f, []]));
    for (const d of result.diagnostics) {
      const list = byFile.get(d.file);
      if (list) list.push(d);
      else byFile.set(d.file, [d]);
    }
    // Each file's parse as of this analysis; the symbols are indexed from them only when hover,
    // completion or a definition asks (a keystroke's diagnostics do not wait for 1,000 templates' ids).
    const parses = mine.map((f) => this.checker.parse(f));
    for (const parsed of parses) this.remember(parsed);
    let symbols: SymbolIndex | undefined;
    // Files gone from the playbook leave the caches.
    for (const p of this.lastGood.keys()) if (isInside(p, dir) && !own.has(p)) this.lastGood.delete(p);
    const occurrencesOf = (parsed: ParsedFile, complaintFile: boolean) => this.occurrencesOf(parsed, complaintFile);
    let runtime: Runtime | null | undefined;
    let outcomes: Array<{ complaint: Complaint; outcome: Outcome }> | undefined;
    const draft: Playbook | null = result.draft;
    const analysis: Analysis = {
      dir,
      result,
      files: all,
      byFile,
      get symbols() {
        return (symbols ??= new SymbolIndex(parses.flatMap((parsed) => occurrencesOf(parsed, isComplaintFile(parsed.path, dir)))));
      },
      runtime() {
        if (runtime === undefined) {
          try {
            runtime = draft ? compileRuntime(draft) : null;
          } catch {
            // A draft with errors may not compile into a runtime; hover then shows less.
            runtime = null;
          }
        }
        return runtime;
      },
      outcomes() {
        if (outcomes) return outcomes;
        outcomes = [];
        const rt = analysis.runtime();
        if (!rt) return outcomes;
        for (const complaint of result.complaints) {
          try {
            outcomes.push({ complaint, outcome: respond(rt, complaint, { trace: false }) });
          } catch {
            /* an engine bug on one complaint must not hide the others */
          }
        }
        return outcomes;
      },
    };
    return analysis;
  }

  /**
   * Runs the check of one keystroke in a template text of an open document — a letter typed, then
   * taken back — and publishes nothing: the first keystrokes after opening a large file then run
   * code the engine has compiled already (the server calls it after a large playbook's first
   * check). The checker ends where it was (the same text, re-parsed); false when the document has
   * no template text to type into.
   */
  warmUp(dir: string, disk: readonly SourceFile[], path: string, analysis: Analysis): boolean {
    const p = normalisePath(path);
    const text = this.overlay.get(p);
    const draft = analysis.result.draft;
    if (text === undefined || !draft) return false;
    let at = -1;
    for (const t of draft.templates.values()) {
      if (t.textSource.file !== p) continue;
      // The first letter of the text, where a person would type.
      const from = t.textSource.range.start.offset;
      const m = /\p{L}/u.exec(text.slice(from, Math.min(t.textSource.range.end.offset, from + 400)));
      if (m) at = from + m.index;
      break;
    }
    if (at < 0) return false;
    this.overlay.set(p, `${text.slice(0, at)}ж${text.slice(at)}`);
    try {
      this.analyse(dir, disk);
    } finally {
      this.overlay.set(p, text);
    }
    this.analyse(dir, disk);
    return true;
  }

  /** Parses the current text of a file (cached by content), for the cursor's context. */
  parse(path: string, text: string): ParsedFile {
    return this.checker.parse(sourceOfText(normalisePath(path), text, this.limits));
  }

  /** The analysis' symbols with one file's occurrences taken from its current text (edited since the last analysis). */
  currentSymbols(analysis: Analysis, path: string, text: string): SymbolIndex {
    const p = normalisePath(path);
    const occurrences = this.occurrencesOf(this.parse(p, text), isComplaintFile(p, analysis.dir));
    return new SymbolIndex([...analysis.symbols.occurrences.filter((o) => o.file !== p), ...occurrences]);
  }

  /** Keeps a parse that worked as the file's last good one. */
  private remember(parsed: ParsedFile): void {
    if (parsed.data !== null && this.lastGood.get(parsed.path)?.parsed !== parsed) this.lastGood.set(parsed.path, { parsed });
  }

  /** A file's id occurrences, from its last parse that worked. */
  occurrencesOf(parsed: ParsedFile, complaintFile: boolean): IdOccurrence[] {
    this.remember(parsed);
    const good = this.lastGood.get(parsed.path);
    if (!good) return [];
    return (good.occurrences ??= fileOccurrences(good.parsed, complaintFile));
  }

  /** Drops what is cached about a file (deleted, or out of the workspace). */
  forget(path: string): void {
    this.checker.forget(path);
    this.lastGood.delete(normalisePath(path));
  }
}
