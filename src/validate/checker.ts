/**
 * Checking playbooks: load → schema → compile → semantic checks → complaints. `createChecker`
 * keeps each file's parse and schema result keyed by path and content, so the watch mode and
 * the language server re-parse only the files that changed.
 */
import { FILE_START, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { withRuleUrl } from '../diagnostics/rule-url.js';
import { DEFAULT_LIMITS, type LoadLimits } from '../load/limits.js';
import type { ParsedFile } from '../load/parse-file.js';
import { parseSourceFileAfter, spliceOf } from '../load/reparse.js';
import type { SourceFile } from '../load/source-file.js';
import type { ComplaintsFileInput, PlaybookFileInput } from '../model/input.generated.js';
import type { CheckedPlaybook, ProjectCheck } from '../model/checked-playbook.js';
import type { Complaint } from '../model/outcome.js';
import type { Playbook, Source } from '../model/playbook.js';
import type { PlaybookCheck } from './check.js';
import { CHECKS } from './checks/index.js';
import { checkComplaints } from './complaint-checks.js';
import { compileComplaints } from './compile/complaints.js';
import { compilePlaybook, type PlaybookFileData } from './compile/playbook.js';
import type { DataFiles } from './compile/schedule.js';
import { isComplaintFile, isYamlPath, normalisePath, playbookFileOf } from '../load/sources.js';
import { layoutProject } from './project-files.js';
import { RunMemo } from './memo.js';
import { runChecks } from './run-checks.js';
import { schemaDiagnostics } from './schema-errors.js';
import { validators, type SchemaKind } from './schema-validators.js';
import { compileRuleSettings, type RuleSettings } from './config/rule-settings.js';
import { applyDirectives, findDirectives, type Directive } from './config/directives.js';

export type { ProjectCheck };

/** One playbook as checked on its own, with what the language server needs beside the project check's. */
export interface CheckedPlaybookResult extends CheckedPlaybook {
  /** The compiled playbook even when semantic checks found errors (for the language server); null if it could not be built. */
  draft: Playbook | null;
  /** Playbook files in reading order. */
  files: string[];
  /** Diagnostics of this playbook's files, sorted. */
  diagnostics: Diagnostic[];
}

export interface CheckerOptions {
  limits?: LoadLimits;
  /** The semantic checks to run (default: all of `CHECKS`). */
  checks?: readonly PlaybookCheck[];
  /** The project configuration's rule settings (`replybook.config.yaml`): applied to every diagnostic the checker gives. */
  ruleSettings?: RuleSettings;
  /** Report each inline directive that silences nothing (`--report-unused-disable-directives`). */
  reportUnusedDirectives?: boolean;
  /** The checker checks once and is dropped (`checkProject`): nothing is memoised for a next run. */
  once?: boolean;
}

/** A checker that reuses per-file results between runs. */
export interface Checker {
  /** Checks every playbook found among `files` (YAML files outside a playbook get a diagnostic). */
  check(files: readonly SourceFile[]): ProjectCheck;
  /** The inline directives of a file the checker has read (none for a file it has not). */
  directivesOf(path: string): readonly Directive[];
  /** Checks one playbook from all its files (playbook files and complaint files). */
  checkPlaybook(dir: string, files: readonly SourceFile[]): CheckedPlaybookResult;
  /** Parses one file, or returns the cached parse when its content is unchanged. */
  parse(file: SourceFile): ParsedFile;
  /** Drops a file from the cache (deleted in watch mode). */
  forget(path: string): void;
  /** How many files were parsed and how many parses were reused, since creation. */
  readonly stats: { parsed: number; reused: number };
}

interface CacheEntry {
  /** The file object last seen: the watch session passes the same object while a file is unchanged, so it is not compared again. */
  file: SourceFile;
  parsed: ParsedFile;
  schema: Partial<Record<SchemaKind, Diagnostic[]>>;
  /** The file's complaints, compiled once (they depend on the file alone). */
  complaints?: Complaint[];
  /** The entry this one replaced (its parse and schema results), until this one's schema is known. */
  previous?: { schema: Partial<Record<SchemaKind, Diagnostic[]>> };
  /** Its complaints checked against a playbook: kept while the playbook's ids (all `checkComplaints` reads of it) are the same. */
  checked?: { against: string; diagnostics: Diagnostic[]; complaints: Complaint[] };
  /** Its inline directives (`# replybook-disable-next-line …`), found once. */
  directives?: Directive[];
}

/** The playbook part of a check, reused while its playbook files are the same cache entries. */
interface PlaybookPart {
  entries: CacheEntry[];
  /** The calendar files it read, by path and content hash. */
  dataKey: string;
  draft: Playbook | null;
  diagnostics: Diagnostic[];
  errors: boolean;
}

/**
 * True when two reads of one path have the same content (for an unreadable file: the same error,
 * as its diagnostic says). Compared, not hashed: a keystroke changes the length, which answers at
 * once; a same-length edit differs near where it was made, and an undo is found exactly.
 */
function sameContent(a: SourceFile, b: SourceFile): boolean {
  if ('error' in a || 'error' in b) return 'error' in a && 'error' in b && a.error === b.error;
  const x = a.bytes;
  const y = b.bytes;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** Content hash of a source file: two 32-bit FNV-style hashes and the length. */
function hashOf(file: SourceFile): string {
  if ('error' in file) return `error:${file.error}`;
  let h1 = 0x811c9dc5;
  let h2 = 5381;
  const b = file.bytes;
  for (let i = 0; i < b.length; i++) {
    h1 = Math.imul(h1 ^ b[i], 0x01000193);
    h2 = (Math.imul(h2, 33) + b[i]) | 0;
  }
  return `${b.length}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}

/** What `checkComplaints` reads of a playbook: the ids complaints may name, and the calendar's years. */
function idsOf(pb: Playbook): string {
  return JSON.stringify([
    pb.schedule.timezone,
    pb.schedule.calendars,
    (pb.schedule.calendarYears ?? []).map((y) => y.year),
    [...pb.channels.keys()],
    [...pb.voices.keys()],
    pb.types.map((t) => t.id),
    [...pb.templates.keys()],
    pb.escalations.map((e) => e.id),
    [...pb.teams.keys()],
  ]);
}

function isErrorIn(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}

/** Creates a checker with its own cache. */
export function createChecker(options: CheckerOptions = {}): Checker {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const checks = options.checks ?? CHECKS;
  const settings = options.ruleSettings;
  const configured = settings ? compileRuleSettings(settings) : null;
  const applySettings = (list: Diagnostic[]): Diagnostic[] => (configured ? list.flatMap((d) => configured(d) ?? []) : list);
  const cache = new Map<string, CacheEntry>();
  /** The diagnostics less those the inline directives of their files silence, with the unused directives when asked. */
  const silence = (
    entries: ReadonlyMap<string, CacheEntry>,
    list: Diagnostic[],
    reportUnused = options.reportUnusedDirectives === true,
  ): Diagnostic[] => {
    const withDirectives: Array<[string, Directive[]]> = [];
    for (const [path, e] of entries) {
      const directives = (e.directives ??= e.parsed.text === null ? [] : findDirectives(e.parsed.text));
      if (directives.length) withDirectives.push([path, directives]);
    }
    // Most projects have no directive at all: the list goes out as it came.
    if (!withDirectives.length) return list;
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of list) {
      const l = byFile.get(d.file);
      if (l) l.push(d);
      else byFile.set(d.file, [d]);
    }
    for (const [path, directives] of withDirectives) {
      const r = applyDirectives(path, directives, byFile.get(path) ?? [], reportUnused);
      byFile.set(path, [...r.diagnostics, ...r.unused.map(withRuleUrl)]);
    }
    return sortDiagnostics([...byFile.values()].flat());
  };
  const stats = { parsed: 0, reused: 0 };

  // Per playbook folder: its last compiled part, and the semantic checks' memo.
  const parts = new Map<string, PlaybookPart>();
  const memos = new Map<string, RunMemo>();

  const entryFor = (file: SourceFile): CacheEntry => {
    const path = normalisePath(file.path);
    const hit = cache.get(path);
    if (hit && hit.file === file) {
      stats.reused++;
      return hit;
    }
    if (hit && sameContent(hit.file, file)) {
      hit.file = file;
      stats.reused++;
      return hit;
    }
    stats.parsed++;
    // An edit of one entry (a keystroke, a save) re-parses that entry alone (`load/reparse.ts`).
    const entry: CacheEntry = {
      file,
      parsed: parseSourceFileAfter(hit?.parsed, { ...file, path }, limits, hit && 'bytes' in hit.file ? hit.file.bytes : undefined),
      schema: {},
      ...(hit ? { previous: { schema: hit.schema } } : {}),
    };
    cache.set(path, entry);
    return entry;
  };

  const dataOf = (e: CacheEntry): unknown => (e.parsed.data === null && !e.parsed.fatal ? Object.create(null) : e.parsed.data);

  const schemaOf = (e: CacheEntry, kind: SchemaKind): Diagnostic[] => {
    const cached = e.schema[kind];
    if (cached) return cached;
    let diags: Diagnostic[] = [];
    if (!e.parsed.fatal && !validAfterSplice(e, kind)) {
      const v = validators();
      const data = dataOf(e);
      try {
        if (!v[kind](data)) diags = schemaDiagnostics(v[kind].errors, data as never, e.parsed.positions, v.schemas[kind]);
      } catch (err) {
        // The schemas avoid keywords that compare objects deeply (ajv's deep equality trips over a
        // key such as `valueOf`); should validation still fail, it is a replybook bug, not the user's.
        diags = [
          {
            file: e.parsed.path,
            range: FILE_START,
            severity: 'error',
            ruleId: 'internal/check-failed',
            message: `Validating the file against the ${kind} schema failed: ${(err as Error).message}. This is a bug in replybook; please report it.`,
            data: { kind: 'internal-error', schema: kind, error: (err as Error).message },
          },
        ];
      }
    }
    e.schema[kind] = diags;
    // The previous entry is needed only until then (it would otherwise keep a chain of old parses alive).
    delete e.previous;
    return diags;
  };

  /**
   * True when the file is known valid without validating all of it: the previous parse was valid
   * and this one changed only one template (same id), which is valid on its own — the playbook
   * schema says of `templates` only that each entry, by its id, is a `template`, so the rest is as
   * valid as before. (Anything invalid is validated whole, for the same errors a full check gives.)
   */
  const validAfterSplice = (e: CacheEntry, kind: SchemaKind): boolean => {
    const splice = spliceOf(e.parsed);
    // (The splice is relative to the parse `entryFor` handed the re-parser: the previous entry's.)
    if (kind !== 'playbook' || !splice || splice.parent !== 'templates' || e.previous?.schema.playbook?.length !== 0) return false;
    const data = e.parsed.data as { templates?: Record<string, unknown> } | null;
    return data?.templates !== undefined && validators().template(data.templates[splice.key]) === true;
  };

  const checkPlaybook = (dirIn: string, files: readonly SourceFile[]): CheckedPlaybookResult => {
    const dir = normalisePath(dirIn) || '.';
    const mainPath = playbookFileOf(dir);
    const entries = new Map<string, CacheEntry>();
    // Calendar files (XML, JSON) are data the schedule reads, not YAML: they are not parsed here.
    const dataFiles = new Map<string, SourceFile>();
    for (const f of files) {
      if (!isYamlPath(f.path)) {
        dataFiles.set(normalisePath(f.path), f);
        continue;
      }
      const e = entryFor(f);
      entries.set(e.parsed.path, e);
    }
    const dataKey = [...dataFiles.keys()]
      .sort()
      .map((p) => `${p}\u0000${hashOf(dataFiles.get(p)!)}`)
      .join('\u0001');
    const paths = [...entries.keys()].sort();
    const complaintFiles = paths.filter((p) => isComplaintFile(p, dir));
    const isComplaint = new Set(complaintFiles);
    const playbookFiles = [mainPath, ...paths.filter((p) => p !== mainPath && !isComplaint.has(p))];
    const diagnostics: Diagnostic[] = [];
    const result = (playbook: Playbook | null, draft: Playbook | null, complaints: Complaint[]): CheckedPlaybookResult => ({
      dir,
      playbook,
      draft,
      complaints,
      complaintFiles,
      files: playbookFiles,
      // Every diagnostic leaves the checker with its rule's documentation link, at its configured
      // severity, less what the files' inline directives silence.
      diagnostics: silence(entries, applySettings(sortDiagnostics(diagnostics).map(withRuleUrl))),
    });
    if (!entries.has(mainPath)) {
      parts.delete(dir);
      diagnostics.push({
        file: mainPath,
        range: FILE_START,
        severity: 'error',
        ruleId: 'load/unreadable',
        message: `The playbook has no ${mainPath}`,
        fatal: true,
        data: { kind: 'file-problem', problem: 'no-playbook-file', name: mainPath },
      });
      return result(null, null, []);
    }

    const locate = (file: string, path: ReadonlyArray<string | number>): Source => {
      const pos = cache.get(file)?.parsed.positions;
      if (!pos) return { file, range: FILE_START, path: [...path] };
      for (let n = path.length; n >= 0; n--) {
        const loc = pos.get(path.slice(0, n));
        if (loc) return { file, range: loc.value, path: [...path] };
      }
      return { file, range: FILE_START, path: [...path] };
    };

    // The playbook files are what they were last time (the same entries, in the same order): the
    // compiled playbook and its diagnostics are too — only complaint files changed.
    const pbEntries = playbookFiles.map((p) => entries.get(p)!);
    const last = parts.get(dir);
    const part =
      last && last.dataKey === dataKey && last.entries.length === pbEntries.length && last.entries.every((e, i) => e === pbEntries[i])
        ? last
        : compilePart(dir, playbookFiles, pbEntries, locate, dataKey, (path) => dataFiles.get(path));
    parts.set(dir, part);
    diagnostics.push(...part.diagnostics);
    const { draft } = part;

    const complaints: Complaint[] = [];
    let ids: string | undefined;
    for (const p of complaintFiles) {
      const e = entries.get(p)!;
      diagnostics.push(...e.parsed.diagnostics);
      const schema = schemaOf(e, 'complaints');
      diagnostics.push(...schema);
      if (e.parsed.fatal || e.parsed.data === null || isErrorIn(e.parsed.diagnostics) || isErrorIn(schema)) continue;
      const compiled = (e.complaints ??= compileComplaints(p, e.parsed.data as unknown as ComplaintsFileInput, e.parsed.positions));
      if (!draft) {
        complaints.push(...compiled);
        continue;
      }
      ids ??= idsOf(draft);
      if (e.checked?.against !== ids) {
        const refs = checkComplaints(draft, compiled, locate, (file) => entries.get(file)?.parsed.text ?? undefined);
        const bad = new Set(refs.filter((d) => d.severity === 'error').map((d) => d.path?.[1]));
        e.checked = { against: ids, diagnostics: refs, complaints: compiled.filter((c) => !bad.has(c.source.path[1])) };
      }
      diagnostics.push(...e.checked.diagnostics);
      complaints.push(...e.checked.complaints);
    }
    // A playbook whose only errors the configuration turned into warnings (or off) is usable.
    const usable = !part.errors || (draft !== null && !isErrorIn(silence(entries, applySettings(part.diagnostics), false)));
    return result(usable ? draft : null, draft, complaints);
  };

  /** Schema-checks, compiles and runs the semantic checks on a playbook's files (not its complaints). */
  const compilePart = (
    dir: string,
    playbookFiles: string[],
    pbEntries: CacheEntry[],
    locate: (file: string, path: ReadonlyArray<string | number>) => Source,
    dataKey: string,
    dataFiles: DataFiles,
  ): PlaybookPart => {
    const diagnostics: Diagnostic[] = [];
    let usable = true;
    const data: PlaybookFileData[] = [];
    playbookFiles.forEach((p, i) => {
      const e = pbEntries[i];
      diagnostics.push(...e.parsed.diagnostics);
      const schema = schemaOf(e, 'playbook');
      diagnostics.push(...schema);
      // An unknown property (a typo such as `temlates`) does not stop the semantic checks: the
      // compiler reads only known keys, so every other problem is still reported in one run.
      if (e.parsed.fatal || isErrorIn(e.parsed.diagnostics) || isErrorIn(schema.filter((d) => d.ruleId !== 'schema/unknown-property')))
        usable = false;
      else data.push({ path: p, positions: e.parsed.positions, data: dataOf(e) as PlaybookFileInput });
    });
    let draft: Playbook | null = null;
    if (usable) {
      const compiled = compilePlaybook(dir, data, dataFiles);
      diagnostics.push(...compiled.diagnostics);
      draft = compiled.playbook;
      if (draft) {
        // A checker used once has nothing to reuse: the checks run without a memo (no keys to build).
        let memo = options.once ? undefined : memos.get(dir);
        if (!memo && !options.once) memos.set(dir, (memo = new RunMemo()));
        diagnostics.push(
          ...runChecks(
            {
              playbook: draft,
              definitions: compiled.definitions,
              locate,
              ...(memo ? { memo } : {}),
              sourceText: (file) => cache.get(file)?.parsed.text ?? undefined,
            },
            checks,
          ),
        );
        memo?.endRun();
      }
    }
    return { entries: pbEntries, dataKey, draft, diagnostics, errors: !usable || draft === null || isErrorIn(diagnostics) };
  };

  return {
    stats,
    parse: (file) => entryFor(file).parsed,
    forget: (path) => void cache.delete(normalisePath(path)),
    directivesOf(path) {
      const e = cache.get(normalisePath(path));
      if (!e) return [];
      return (e.directives ??= e.parsed.text === null ? [] : findDirectives(e.parsed.text));
    },
    checkPlaybook,
    check(files) {
      const byPath = new Map(files.map((f) => [normalisePath(f.path), f]));
      const layout = layoutProject([...byPath.keys()]);
      const data = [...byPath.values()].filter((f) => !isYamlPath(f.path));
      const diagnostics: Diagnostic[] = applySettings(layout.diagnostics);
      const playbooks: CheckedPlaybook[] = [];
      for (const l of layout.playbooks) {
        const own = [...l.files, ...l.complaintFiles].map((p) => byPath.get(p)).filter((f): f is SourceFile => f !== undefined);
        own.push(...data);
        const r = checkPlaybook(l.dir, own);
        diagnostics.push(...r.diagnostics);
        playbooks.push({ dir: r.dir, playbook: r.playbook, complaints: r.complaints, complaintFiles: r.complaintFiles });
      }
      // Files not given this time (deleted) leave the cache, so it does not grow in a long watch session.
      for (const p of [...cache.keys()]) if (!byPath.has(p)) cache.delete(p);
      const dirs = new Set(layout.playbooks.map((l) => l.dir));
      for (const d of [...parts.keys()]) if (!dirs.has(d)) parts.delete(d);
      for (const d of [...memos.keys()]) if (!dirs.has(d)) memos.delete(d);
      return { playbooks, diagnostics: sortDiagnostics(diagnostics).map(withRuleUrl) };
    },
  };
}

/** Checks a project once (no reuse between calls). */
export function checkProject(files: readonly SourceFile[], options: CheckerOptions = {}): ProjectCheck {
  return createChecker({ once: true, ...options }).check(files);
}

/** Checks one playbook from its files, once. */
export function checkPlaybook(dir: string, files: readonly SourceFile[]): CheckedPlaybookResult {
  return createChecker().checkPlaybook(dir, files);
}
