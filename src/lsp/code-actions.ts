/**
 * Code actions, each read from a diagnostic's `data` (never from its English message): replace an
 * avoided phrase with the tone's `prefer` when the replacement is certain, capitalise «вы» where
 * the tone wants «Вы», change a misspelt name to the one it most likely means, and add the
 * `# yaml-language-server: $schema=…` modeline a playbook file lacks. Pure: the server passes the
 * document and the diagnostics the client sent back.
 */
import path from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node.js';
import type { AddressFormData, AvoidedPhraseData, DiagnosticData, UnknownNameData } from '../diagnostics/data.js';
import { fixFor } from '../diagnostics/fixes.js';
import type { LspRange } from './positions.js';

export interface CodeActionInput {
  uri: string;
  /** The file's display path (forward slashes, relative to the workspace root). */
  file: string;
  text: string;
  /** The diagnostics the client sends with the request. */
  diagnostics: readonly LspDiagnostic[];
  range: LspRange;
  /** Kinds the client asked for (absent: all). */
  only?: readonly string[];
  /** The folder holding playbook.schema.json and complaints.schema.json (display path), if known. */
  schemaDir: string | null;
  complaintFile: boolean;
  /** The text between two LSP positions of the current document. */
  textIn(range: LspRange): string;
}

const MODELINE = /^#\s*yaml-language-server:\s*\$schema=/m;

const isString = (x: unknown): x is string => typeof x === 'string';

/**
 * The diagnostic's `data` when it is one of the shapes replybook sends: the client sends it back as
 * it got it, but it is JSON from another process, so its fields are checked before use.
 */
function dataOf(d: LspDiagnostic): DiagnosticData | undefined {
  if (d.source !== 'replybook' || !d.data || typeof d.data !== 'object') return undefined;
  const x = d.data as Record<string, unknown>;
  switch (x.kind) {
    case 'avoided-phrase':
      return isString(x.phrase) && isString(x.found) && typeof x.inflected === 'boolean' && (x.prefer === undefined || isString(x.prefer))
        ? (x as unknown as AvoidedPhraseData)
        : undefined;
    case 'address-form':
      return isString(x.found) && (x.replacement === undefined || isString(x.replacement)) ? (x as unknown as AddressFormData) : undefined;
    case 'unknown-name':
      return isString(x.of) && isString(x.name) && (x.suggestion === undefined || isString(x.suggestion))
        ? (x as unknown as UnknownNameData)
        : undefined;
    default:
      return undefined;
  }
}

/** The modeline line for a file: the schema path relative to the file's folder. */
export function modelineFor(file: string, schemaDir: string, complaintFile: boolean): string {
  const schema = `${schemaDir}/${complaintFile ? 'complaints' : 'playbook'}.schema.json`;
  let rel = path.posix.relative(path.posix.dirname(file), schema);
  if (!rel.startsWith('.') && !rel.startsWith('/')) rel = `./${rel}`;
  return `# yaml-language-server: $schema=${rel}`;
}

function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** Rules a directive may not silence: a file that could not be read or parsed is never checked at all. */
const NOT_SILENCED = /^(load|yaml|internal)\//;

/** A line that starts a YAML entry (`key:` or `- `), where a comment above it is a comment, not block-scalar text. */
const ENTRY_LINE = /^\s*(?:-\s|[^\s#][^:#]*:(?:\s|$))/;

/**
 * "Disable `rule` for this line": a `# replybook-disable-next-line rule` comment above the
 * diagnostic's line, indented as it is (src/validate/config/directives.ts). Offered only where the
 * line starts an entry — inside a block scalar a comment line would become part of the text.
 */
function disableActions(input: CodeActionInput): CodeAction[] {
  const lines = input.text.split('\n');
  const out: CodeAction[] = [];
  const seen = new Set<string>();
  for (const d of input.diagnostics) {
    const rule = typeof d.code === 'string' ? d.code : undefined;
    if (d.source !== 'replybook' || !rule || NOT_SILENCED.test(rule)) continue;
    const line = d.range.start.line;
    const text = lines[line] ?? '';
    if (!ENTRY_LINE.test(text) || seen.has(`${line}|${rule}`)) continue;
    seen.add(`${line}|${rule}`);
    const indent = /^\s*/.exec(text)?.[0] ?? '';
    out.push({
      title: `Disable \`${rule}\` for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: {
        changes: {
          [input.uri]: [
            {
              range: { start: { line, character: 0 }, end: { line, character: 0 } },
              newText: `${indent}# replybook-disable-next-line ${rule}\n`,
            },
          ],
        },
      },
    });
  }
  return out;
}

/** The code actions for a range of a document. */
export function codeActions(input: CodeActionInput): CodeAction[] {
  const out: CodeAction[] = [];
  if (wanted(input.only, CodeActionKind.QuickFix)) {
    for (const d of input.diagnostics) {
      const data = dataOf(d);
      const fix = data && fixFor(data, input.textIn(d.range));
      if (!fix) continue;
      out.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        ...(fix.preferred ? { isPreferred: true } : {}),
        edit: { changes: { [input.uri]: [{ range: d.range, newText: fix.newText }] } },
      });
    }
  }
  if (wanted(input.only, CodeActionKind.QuickFix)) out.push(...disableActions(input));
  const kind = input.range.start.line === 0 ? CodeActionKind.QuickFix : CodeActionKind.Source;
  if (input.schemaDir !== null && !MODELINE.test(input.text) && wanted(input.only, kind)) {
    const line = modelineFor(input.file, input.schemaDir, input.complaintFile);
    out.push({
      title: `Add the schema modeline (${input.complaintFile ? 'complaints' : 'playbook'}.schema.json)`,
      kind,
      edit: {
        changes: { [input.uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${line}\n` }] },
      },
    });
  }
  return out;
}
