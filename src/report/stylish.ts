/**
 * The terminal format: one line per problem, `path:line:col  severity  message  rule-id`, the
 * location first so VS Code's terminal (and most editors' terminals) link it to the exact place.
 * Notes and related locations are indented below; a summary line ends the output.
 */
import { countBySeverity, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { palette, type Palette } from './ansi.js';
import { visible, visibleLines } from './visible.js';
import { diagnosticProblems, formatLocation, plural } from './problems.js';

export interface StylishOptions {
  /** Colour with ANSI escapes (the CLI decides from NO_COLOR, FORCE_COLOR and the TTY). */
  color?: boolean;
  /** Files that were checked, to say how many were clean in the nothing-found line. */
  files?: ReadonlyArray<string>;
}

const SEVERITY_WIDTH = 'warning'.length;

function severityLabel(s: Severity, p: Palette): string {
  const padded = s.padEnd(SEVERITY_WIDTH);
  return s === 'error' ? p.red(padded) : s === 'warning' ? p.yellow(padded) : p.blue(padded);
}

/** Indents every line of untrusted text and makes control characters visible. */
function indented(text: string, indent: string): string[] {
  return visibleLines(text).map((l) => indent + l);
}

/** `✖ 3 problems (2 errors, 1 warning)`, or the nothing-found line. */
export function stylishSummary(diagnostics: ReadonlyArray<Diagnostic>, opts: StylishOptions = {}): string {
  const p = palette(opts.color ?? false);
  const c = countBySeverity(diagnostics);
  if (diagnostics.length === 0) {
    const where = opts.files ? ` in ${plural(opts.files.length, 'file')}` : '';
    return p.green(`✔ No problems found${where}`);
  }
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
  if (c.info > 0) parts.push(plural(c.info, 'info', 'infos'));
  const symbol = c.error > 0 ? '✖' : c.warning > 0 ? '⚠' : 'ℹ';
  const line = `${symbol} ${plural(diagnostics.length, 'problem')} (${parts.join(', ')})`;
  return p.bold(c.error > 0 ? p.red(line) : c.warning > 0 ? p.yellow(line) : p.blue(line));
}

/** Diagnostics for a terminal, sorted by file and position, ending with a summary line. */
export function formatStylish(diagnostics: Diagnostic[], opts: StylishOptions = {}): string {
  const p = palette(opts.color ?? false);
  const sorted = diagnosticProblems(diagnostics).map((x) => x.diagnostic);
  const locations = sorted.map((d) => visible(formatLocation(d.file, d.range.start)));
  const width = Math.max(0, ...locations.map((l) => l.length));
  const lines: string[] = [];
  sorted.forEach((d, i) => {
    const [first, ...rest] = visibleLines(d.message);
    lines.push(`${locations[i].padEnd(width)}  ${severityLabel(d.severity, p)}  ${first}  ${p.dim(visible(d.ruleId))}`);
    for (const l of rest) lines.push(`    ${l}`);
    if (d.note) lines.push(...indented(d.note, '    ').map((l) => p.dim(l)));
    for (const r of d.related ?? []) {
      lines.push(`    ${p.dim(`${visible(r.message)}:`)} ${visible(formatLocation(r.file, r.range.start))}`);
    }
  });
  if (lines.length > 0) lines.push('');
  lines.push(stylishSummary(sorted, opts));
  return `${lines.join('\n')}\n`;
}
