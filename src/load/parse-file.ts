/** One source file → decoded text, plain data, positions and the diagnostics of loading it. */
import { Composer, Parser, YAMLParseError, type Document, type YAMLError } from 'yaml';
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeSource } from './decode.js';
import { DEFAULT_LIMITS, type LoadLimits } from './limits.js';
import { rememberNestingStates, scanNesting, type NestingState } from './nesting-scan.js';
import { PositionIndex } from './position-index.js';
import { LineIndex } from './positions.js';
import type { SourceFile } from './source-file.js';
import { isSpace, trimEndWhile } from '../text/trim.js';
import { documentToData, type Data } from './to-data.js';
import { FAST_MAX_DEPTH, LazyPositionIndex, parseComplaintsFast } from './fast-complaints.js';
import { COMPOSE_OPTIONS, duplicateKeyErrors } from './unique-keys.js';

/** A loaded file. `data` is null when the file could not be used (see `fatal`). */
export interface ParsedFile {
  path: string;
  /** The decoded text, or null when the bytes were refused. */
  text: string | null;
  data: Data;
  positions: PositionIndex;
  diagnostics: Diagnostic[];
  /** True when a fatal problem made the file unusable; later stages skip it. */
  fatal: boolean;
}

const EMPTY_INDEX = (path: string, text: string): PositionIndex => new PositionIndex(path, new LineIndex(text), new Map());

function yamlRule(e: YAMLError): string {
  switch (e.code) {
    case 'DUPLICATE_KEY':
      return 'yaml/duplicate-key';
    case 'TAB_AS_INDENT':
      return 'yaml/tab-indent';
    case 'RESOURCE_EXHAUSTION':
      return 'load/too-deep';
    default:
      return 'yaml/syntax';
  }
}

/** The yaml library's message without its ` at line L, column C:` and the excerpt after it (we locate it ourselves). */
function withoutPlace(message: string): string {
  // Found without a leading `\s+`, which would rescan a long run of spaces from each of them.
  const at = /\sat line \d+, column \d+/.exec(message);
  return at === null ? message : trimEndWhile(message.slice(0, at.index), isSpace);
}

/** The longest duplicate key a message quotes. */
const MAX_KEY_SHOWN = 200;

function yamlMessage(e: YAMLError, text: string): { message: string; note?: string; data?: Diagnostic['data'] } {
  switch (e.code) {
    case 'DUPLICATE_KEY': {
      // The error's range is the key's first character: the key runs on to its colon (a long
      // line is not read past MAX_KEY_SHOWN).
      const lineEnd = text.indexOf('\n', e.pos[0]);
      const upTo = Math.min(lineEnd < 0 ? text.length : lineEnd, e.pos[0] + MAX_KEY_SHOWN);
      const key = text.slice(e.pos[0], upTo).split(':')[0].trim();
      return {
        message: `The key \`${key}\` appears twice in the same mapping; only the first is used`,
        note: 'Remove or rename one of them.',
        data: { kind: 'duplicate', of: 'key', id: key, first: key },
      };
    }
    case 'TAB_AS_INDENT':
      return {
        message: 'A tab is used for indentation; YAML indents with spaces only',
        note: 'Replace the tab with spaces (VS Code: "Convert Indentation to Spaces").',
      };
    case 'MULTIPLE_DOCS':
      return {
        message: 'The file holds several YAML documents (`---`); a playbook file holds one',
        note: 'Move the second document into a file of its own.',
        data: { kind: 'file-problem', problem: 'multiple-documents' },
      };
    default:
      return { message: withoutPlace(e.message) };
  }
}

/** Decodes, pre-scans and parses one file. Never throws for bad input. */
export function parseSourceFile(file: SourceFile, limits: LoadLimits = DEFAULT_LIMITS): ParsedFile {
  const decoded = decodeSource(file, limits.maxBytes);
  if ('diagnostic' in decoded) {
    return {
      path: file.path,
      text: null,
      data: null,
      positions: EMPTY_INDEX(file.path, ''),
      diagnostics: [decoded.diagnostic],
      fatal: true,
    };
  }
  return parseText(file.path, decoded.text, limits);
}

/** A file refused for one fatal diagnostic. */
const failure =
  (path: string, text: string) =>
  (d: Omit<Diagnostic, 'file'>): ParsedFile => ({
    path,
    text,
    data: null,
    positions: EMPTY_INDEX(path, text),
    diagnostics: [{ file: path, ...d }],
    fatal: true,
  });

/** Parses YAML text already decoded (the language server has text, not bytes). */
export function parseText(path: string, text: string, limits: LoadLimits = DEFAULT_LIMITS): ParsedFile {
  const lines = new LineIndex(text);
  const fail = failure(path, text);
  if (text.length > limits.maxBytes) {
    return fail({
      range: FILE_START,
      severity: 'error',
      ruleId: 'load/too-large',
      message: `The text is longer than ${limits.maxBytes} characters`,
      fatal: true,
      expected: [String(limits.maxBytes)],
      actual: String(text.length),
      data: { kind: 'over-limit', unit: 'characters', count: text.length, limit: limits.maxBytes },
    });
  }
  // A complaints file in the plain shape a script writes is read without the yaml library; it nests
  // too little for the depth scan to find anything (unless the limit is set lower than that).
  const fast = limits.maxDepth >= FAST_MAX_DEPTH ? parseComplaintsFast(text) : null;
  if (fast !== null) {
    const positions = new LazyPositionIndex(path, lines, fast.items, () => parseYaml(path, text, limits, lines).positions.spots());
    return { path, text, data: fast.data, positions, diagnostics: [], fatal: false };
  }
  // The scan's states at top-level and entry lines are kept with the parse: a re-parse of one entry resumes there (`reparse.ts`).
  const states = new Map<number, NestingState>();
  const deep = scanNesting(text, limits.maxDepth, 0, undefined, Infinity, (at, st) => states.set(at, st)).at;
  if (deep !== null) {
    return fail({
      range: lines.range(deep, deep + 1),
      severity: 'error',
      ruleId: 'load/too-deep',
      message: `Nesting deeper than ${limits.maxDepth} levels; replybook refuses the file rather than risk running out of stack`,
      fatal: true,
      expected: [String(limits.maxDepth)],
      data: { kind: 'file-problem', problem: 'nesting-refused', limit: limits.maxDepth },
    });
  }
  return parseYaml(path, text, limits, lines, states);
}

/**
 * Parses YAML text with the yaml library, after the size and depth checks of {@link parseText}
 * (exported for the test that compares it with `fast-complaints.ts`).
 */
export function parseYaml(
  path: string,
  text: string,
  limits: LoadLimits = DEFAULT_LIMITS,
  lines = new LineIndex(text),
  /** The nesting scan's states, kept with a clean parse for `reparse.ts` (none: not kept). */
  states?: ReadonlyMap<number, NestingState>,
): ParsedFile {
  const fail = failure(path, text);
  let doc: Document | null = null;
  try {
    // (No line counter: positions come from `lines`, this module's own index.)
    const parser = new Parser();
    const composer = new Composer(COMPOSE_OPTIONS);
    // parseDocument, in parts: the first document is kept and a second one is an error.
    for (const d of composer.compose(parser.parse(text), true, text.length)) {
      if (!doc) {
        doc = d as Document;
        for (const e of duplicateKeyErrors(doc)) doc.errors.push(e);
      } else {
        const at = d.range[0];
        doc.errors.push(new YAMLParseError([at, at + 3], 'MULTIPLE_DOCS', 'multiple documents'));
        break;
      }
    }
  } catch (e) {
    // The nesting scan should have refused anything that overflows the parser; this is the net under it.
    if (e instanceof RangeError)
      return fail({
        range: FILE_START,
        severity: 'error',
        ruleId: 'load/too-deep',
        message: 'The file nests too deeply to be parsed',
        fatal: true,
        data: { kind: 'file-problem', problem: 'nesting-parser' },
      });
    throw e;
  }
  const diagnostics: Diagnostic[] = [];
  if (!doc) return { path, text, data: null, positions: EMPTY_INDEX(path, text), diagnostics, fatal: true };
  for (const e of doc.errors) {
    const { message, note, data } = yamlMessage(e, text);
    diagnostics.push({
      file: path,
      range: lines.range(e.pos[0], e.pos[1]),
      severity: 'error',
      ruleId: yamlRule(e),
      message,
      ...(note ? { note } : {}),
      ...(data ? { data } : {}),
    });
  }
  for (const w of doc.warnings) {
    const { message, note } = yamlMessage(w, text);
    diagnostics.push({
      file: path,
      range: lines.range(w.pos[0], w.pos[1]),
      severity: 'warning',
      ruleId: 'yaml/syntax',
      message,
      ...(note ? { note } : {}),
    });
  }
  // A syntax error leaves a document whose shape is a guess; checking it would add noise.
  const broken = doc.errors.some((e) => e.code !== 'DUPLICATE_KEY');
  if (broken) return { path, text, data: null, positions: EMPTY_INDEX(path, text), diagnostics, fatal: true };
  if (doc.contents === null) {
    diagnostics.push({
      file: path,
      range: FILE_START,
      severity: 'warning',
      ruleId: 'load/empty',
      message: 'The file is empty (no YAML content)',
      data: { kind: 'file-problem', problem: 'empty' },
    });
    return { path, text, data: null, positions: EMPTY_INDEX(path, text), diagnostics, fatal: false };
  }
  const converted = documentToData(doc, path, lines, limits);
  diagnostics.push(...converted.diagnostics);
  const fatal = converted.diagnostics.some((d) => d.fatal === true);
  const parsed: ParsedFile = {
    path,
    text,
    data: fatal ? null : converted.data,
    positions: new PositionIndex(path, lines, converted.entries),
    diagnostics,
    fatal,
  };
  if (states && diagnostics.length === 0) rememberNestingStates(parsed, states);
  return parsed;
}
