/**
 * Code actions where the fix is certain: replace an avoided phrase with the tone's `prefer` (the
 * `tone/avoid` diagnostic carries the replacement in `data`), and add the
 * `# yaml-language-server: $schema=…` modeline a playbook file lacks. Pure.
 */
import path from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node.js';
import type { ReplaceFixData } from './diagnostics.js';
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

function isReplaceFix(data: unknown): data is ReplaceFixData {
  const d = data as ReplaceFixData | null;
  return !!d && d.fix === 'replace' && typeof d.found === 'string' && typeof d.replacement === 'string';
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

/** The code actions for a range of a document. */
export function codeActions(input: CodeActionInput): CodeAction[] {
  const out: CodeAction[] = [];
  if (wanted(input.only, CodeActionKind.QuickFix)) {
    for (const d of input.diagnostics) {
      if (d.source !== 'replybook' || d.code !== 'tone/avoid' || !isReplaceFix(d.data)) continue;
      // The buffer may have changed since the diagnostic: fix only what is still there.
      if (input.textIn(d.range) !== d.data.found) continue;
      out.push({
        title: `Replace «${d.data.found}» with «${d.data.replacement}»`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        edit: { changes: { [input.uri]: [{ range: d.range, newText: d.data.replacement }] } },
      });
    }
  }
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
