/**
 * Inline directives in YAML comments, as ESLint's: in a playbook or complaint file,
 *
 *     # replybook-disable-next-line tone/avoid, tone/emoji -- the brand's slogan
 *     # replybook-disable tone/emoji -- emoji are the point of this channel
 *     …
 *     # replybook-enable tone/emoji
 *
 * `disable-next-line` silences the rules named (every rule when none is) on the line below it;
 * `disable` from its line until an `enable` of the same rule (or of every rule) or the end of the
 * file. What follows ` -- ` is the reason, for the reader. A directive that silences nothing is
 * reported as `config/unused-directive` when asked (`--report-unused-disable-directives`).
 * A fatal diagnostic is never silenced (see rule-settings.ts).
 */
import type { Diagnostic, Range } from '../../diagnostics/diagnostic.js';

export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** The rule ids named; empty: every rule. */
  rules: string[];
  /** 1-based line of the comment. */
  line: number;
  /** Where the comment is, for a diagnostic about it. */
  range: Range;
}

const MARK = 'replybook-';
// A comment (`#` at the line's start or after a space, YAML's rule) that starts with a directive.
const DIRECTIVE = /(?:^|\s)(#\s*replybook-(disable-next-line|disable|enable))(?=\s|$)/;

/** The directives of a file's text. */
export function findDirectives(text: string): Directive[] {
  // Most files have none: one search for the marker decides.
  if (!text.includes(MARK)) return [];
  const out: Directive[] = [];
  let offset = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const m = line.includes(MARK) ? DIRECTIVE.exec(line) : null;
    if (m) {
      const start = m.index + m[0].indexOf(m[1]);
      const [body] = line.slice(m.index + m[0].length).split(' -- ');
      out.push({
        kind: m[2] as Directive['kind'],
        rules: body.split(/[\s,]+/).filter(Boolean),
        line: i + 1,
        range: {
          start: { line: i + 1, column: start + 1, offset: offset + start },
          end: { line: i + 1, column: line.length + 1, offset: offset + line.length },
        },
      });
    }
    offset += raw.length + 1;
  });
  return out;
}

const names = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);

/** Whether the directives silence rule `ruleId` on `line` (1-based). */
export function isSilenced(directives: readonly Directive[], line: number, ruleId: string): boolean {
  if (directives.some((x) => x.kind === 'disable-next-line' && x.line + 1 === line && names(x, ruleId))) return true;
  let open = false;
  for (const x of directives) {
    if (x.line >= line) break;
    if (x.kind === 'disable' && names(x, ruleId)) open = true;
    else if (x.kind === 'enable' && names(x, ruleId)) open = false;
  }
  return open;
}

/**
 * Whether a reply check of rule `ruleId` on a reply of `template` is silenced: a directive covers
 * the template's key or the line its `text` starts on (where `check` reports the same rule).
 */
export function isTemplateSilenced(
  template: { source: { file: string; range: Range }; textSource: { file: string; range: Range } },
  ruleId: string,
  directivesOf: (file: string) => readonly Directive[],
): boolean {
  return [template.source, template.textSource].some((s) => isSilenced(directivesOf(s.file), s.range.start.line, ruleId));
}

/**
 * The diagnostics of one file less those its directives silence, and (with `reportUnused`) one
 * `config/unused-directive` error per directive — or rule of a directive — that silenced nothing.
 */
export function applyDirectives(
  file: string,
  directives: readonly Directive[],
  list: Diagnostic[],
  reportUnused: boolean,
): { diagnostics: Diagnostic[]; unused: Diagnostic[] } {
  if (!directives.length) return { diagnostics: list, unused: [] };
  const used = new Map<Directive, Set<string>>(directives.map((d) => [d, new Set()]));
  const silencedBy = (d: Diagnostic): Directive | undefined => {
    const line = d.range.start.line;
    const next = directives.find((x) => x.kind === 'disable-next-line' && x.line + 1 === line && names(x, d.ruleId));
    if (next) return next;
    // The last `disable` before the line that names the rule, unless an `enable` of it came after.
    let open: Directive | undefined;
    for (const x of directives) {
      if (x.line >= line) break;
      if (x.kind === 'disable' && names(x, d.ruleId)) open = x;
      else if (x.kind === 'enable' && names(x, d.ruleId)) open = undefined;
    }
    return open;
  };
  const kept: Diagnostic[] = [];
  for (const d of list) {
    const by = d.fatal ? undefined : silencedBy(d);
    if (by) used.get(by)!.add(d.ruleId);
    else kept.push(d);
  }
  const unused: Diagnostic[] = [];
  if (reportUnused) {
    for (const x of directives) {
      if (x.kind === 'enable') continue;
      const hit = used.get(x)!;
      const idle = x.rules.length === 0 ? (hit.size === 0 ? ['(every rule)'] : []) : x.rules.filter((r) => !hit.has(r));
      if (!idle.length) continue;
      const what = x.rules.length === 0 ? 'problem' : `${idle.map((r) => `\`${r}\``).join(', ')} problem`;
      unused.push({
        file,
        range: x.range,
        severity: 'error',
        ruleId: 'config/unused-directive',
        message: `Unused \`replybook-${x.kind}\` directive: no ${what} ${x.kind === 'disable-next-line' ? 'on the next line' : 'after it'} to silence`,
        note: 'Remove the directive, or the rule ids it no longer needs.',
        ...(x.rules.length ? { actual: idle.join(', ') } : {}),
        data: { kind: 'unused-directive', directive: x.kind, rules: x.rules.length ? idle : [] },
      });
    }
  }
  return { diagnostics: kept, unused };
}
