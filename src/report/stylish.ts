/**
 * The terminal format: one line per problem, `path:line:col  severity  message  rule-id`, the
 * location first so VS Code's terminal (and most editors' terminals) link it to the exact place.
 * Notes and related locations are indented below; a summary line ends the output.
 */
import { countBySeverity, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { palette, type Palette } from './ansi.js';
import { visible, visibleLines } from './visible.js';
import { countWords, diagnosticProblems, formatLocation } from './problems.js';
import { translate, type Lang } from '../i18n/index.js';
import { cliMessages } from '../i18n/catalogs/cli.js';
import { localDiagnostic } from './diagnostic-message.js';

export interface StylishOptions {
  /** Colour with ANSI escapes (the CLI decides from NO_COLOR, FORCE_COLOR and the TTY). */
  color?: boolean;
  /** Files that were checked, to say how many were clean in the nothing-found line. */
  files?: ReadonlyArray<string>;
  /** The language of the words and of the messages that have a translation (default English). */
  lang?: Lang;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The severity words of `lang`, padded to the longest (`warning` in English). */
function severityLabels(lang: Lang): Record<Severity, string> {
  const t = translate(cliMessages, lang);
  const words = SEVERITIES.map((s) => t(`severity.${s}`));
  const width = Math.max(...words.map((w) => w.length));
  return { error: words[0].padEnd(width), warning: words[1].padEnd(width), info: words[2].padEnd(width) };
}

function severityLabel(s: Severity, labels: Record<Severity, string>, p: Palette): string {
  const padded = labels[s];
  return s === 'error' ? p.red(padded) : s === 'warning' ? p.yellow(padded) : p.blue(padded);
}

/** Indents every line of untrusted text and makes control characters visible. */
function indented(text: string, indent: string): string[] {
  return visibleLines(text).map((l) => indent + l);
}

/** `✖ 3 problems (2 errors, 1 warning)`, or the nothing-found line. */
export function stylishSummary(diagnostics: ReadonlyArray<Diagnostic>, opts: StylishOptions = {}): string {
  const p = palette(opts.color ?? false);
  const lang = opts.lang ?? 'en';
  const t = translate(cliMessages, lang);
  const c = countBySeverity(diagnostics);
  if (diagnostics.length === 0) {
    const clean = opts.files ? t('summary.cleanIn', { files: countWords(opts.files.length, 'file', lang) }) : t('summary.clean');
    return p.green(`✔ ${clean}`);
  }
  const parts = [countWords(c.error, 'error', lang), countWords(c.warning, 'warning', lang)];
  if (c.info > 0) parts.push(countWords(c.info, 'info', lang));
  const symbol = c.error > 0 ? '✖' : c.warning > 0 ? '⚠' : 'ℹ';
  const line = `${symbol} ${t('summary.problems', { problems: countWords(diagnostics.length, 'problem', lang), counts: parts.join(', ') })}`;
  return p.bold(c.error > 0 ? p.red(line) : c.warning > 0 ? p.yellow(line) : p.blue(line));
}

/** Diagnostics for a terminal, sorted by file and position, ending with a summary line. */
export function formatStylish(diagnostics: Diagnostic[], opts: StylishOptions = {}): string {
  const p = palette(opts.color ?? false);
  const lang = opts.lang ?? 'en';
  const labels = severityLabels(lang);
  const sorted = diagnosticProblems(diagnostics).map((x) => localDiagnostic(x.diagnostic, lang));
  const locations = sorted.map((d) => visible(formatLocation(d.file, d.range.start)));
  const width = Math.max(0, ...locations.map((l) => l.length));
  const lines: string[] = [];
  sorted.forEach((d, i) => {
    const [first, ...rest] = visibleLines(d.message);
    lines.push(`${locations[i].padEnd(width)}  ${severityLabel(d.severity, labels, p)}  ${first}  ${p.dim(visible(d.ruleId))}`);
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
