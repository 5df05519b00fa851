/**
 * replybook diagnostics as LSP diagnostics: a pure function, like every other output format. Same
 * ranges (0-based), severities, rule ids, messages (with the note on the lines below, as the
 * stylish format prints it) and related locations as `replybook check`; the rule's documentation
 * as `codeDescription.href`, and the diagnostic's `data` for the code actions to read.
 */
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver/node.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { absoluteRuleUrl, ruleUrl } from '../diagnostics/rule-url.js';
import { toLspRange } from './positions.js';

const SEVERITY: Readonly<Record<Severity, 1 | 2 | 3>> = { error: 1, warning: 2, info: 3 };

/** The message an editor shows: the message, then the note on the next line. */
export function lspMessage(d: Diagnostic): string {
  return d.note ? `${d.message}\n${d.note}` : d.message;
}

/**
 * One diagnostic for the editor; `uriOf` maps a display path to the URI the client knows, and
 * `docsBase` (replybook's package folder as a URL) makes the rule's documentation link absolute.
 */
export function toLspDiagnostic(d: Diagnostic, uriOf: (file: string) => string, docsBase?: string): LspDiagnostic {
  const out: LspDiagnostic = {
    range: toLspRange(d.range),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    source: 'replybook',
    message: lspMessage(d),
  };
  const href = absoluteRuleUrl(d.url ?? ruleUrl(d.ruleId), docsBase);
  if (href) out.codeDescription = { href };
  if (d.related?.length) {
    out.relatedInformation = d.related.map((r) => ({ location: { uri: uriOf(r.file), range: toLspRange(r.range) }, message: r.message }));
  }
  if (d.data !== undefined) out.data = d.data;
  return out;
}
