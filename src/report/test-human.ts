/**
 * The default reporter of `replybook test`: a line per sample complaint, then for each failure the
 * expected and actual value of every broken expectation, a word diff of the reply and the trace
 * that explains the outcome. Ends with a totals line and a last line `N passed, N failed` without
 * colour, which CI scripts read.
 */
import { countBySeverity } from '../diagnostics/diagnostic.js';
import type { TraceStep } from '../model/outcome.js';
import type { ComplaintResult, ExpectationFailure, TestRunResult } from '../model/test-result.js';
import { palette, type Palette } from './ansi.js';
import { visible, visibleLines } from './visible.js';
import { countWords, formatLocation } from './problems.js';
import { translate, type Lang, type Translate } from '../i18n/index.js';
import { failureText, stepText } from '../i18n/trace-text.js';
import { cliMessages, type CliMessageId } from '../i18n/catalogs/cli.js';
import { renderReplyDiff } from './reply-diff.js';
import { formatStylish } from './stylish.js';

export interface TestHumanOptions {
  /** Colour with ANSI escapes. */
  color?: boolean;
  /** Show the trace of passing complaints too (it is always shown for failures). */
  verbose?: boolean;
  /** The language of the report's words and of the diagnostics that have a translation (default English). */
  lang?: Lang;
}

type T = Translate<CliMessageId>;

/** Fields whose expected and actual values are whole replies, shown as a diff. */
const REPLY_TEXT_FIELDS = new Set(['reply.equals', 'snapshot']);

function indent(text: string, prefix: string): string[] {
  return visibleLines(text).map((l) => prefix + l);
}

function headline(r: ComplaintResult, p: Palette, t: T): string {
  const mark = r.passed ? p.green('✓') : p.red('✗');
  const name = `${visible(r.playbook)} › ${visible(r.file)} › ${p.bold(visible(r.id))}`;
  const template = r.outcome.template === null ? p.dim(t('test.noReply')) : visible(r.outcome.template);
  return `${mark} ${name}  ${p.cyan(visible(r.outcome.type))}  ${template}`;
}

function failureLines(r: ComplaintResult, failure: ExpectationFailure, p: Palette, color: boolean, t: T, lang: Lang): string[] {
  const f = { ...failure, ...failureText(failure, lang) };
  const out = [`    ${p.bold(visible(f.field))}: ${visible(f.message)}`];
  if (REPLY_TEXT_FIELDS.has(f.field) && r.outcome.reply !== null && !failure.expectedSay && !failure.actualSay) {
    out.push(
      `      ${p.dim(`${t('test.replyDiff')} (`)}${p.red(t('test.minusExpected'))}${p.dim(', ')}${p.green(t('test.plusActual'))}${p.dim('):')}`,
    );
    out.push(...renderReplyDiff(f.expected, f.actual, color).map((l) => `        ${l.split('\n').join('\n        ')}`));
  } else {
    // The two labels padded to the longer one, so the values line up in either language.
    const [expected, actual] = [t('test.expected'), t('test.actual')];
    const width = Math.max(expected.length, actual.length);
    const pad = ' '.repeat(width);
    out.push(...indent(f.expected, '').map((l, i) => `      ${i === 0 ? p.green(expected.padEnd(width)) : pad} ${l}`));
    out.push(...indent(f.actual, '').map((l, i) => `      ${i === 0 ? p.red(actual.padEnd(width)) : pad} ${l}`));
  }
  return out;
}

function traceLines(trace: TraceStep[], p: Palette, t: T, lang: Lang): string[] {
  if (trace.length === 0) return [];
  const width = Math.max(...trace.map((s) => s.stage.length));
  const out = [`    ${p.dim(t('test.trace'))}`];
  for (const step of trace) {
    const mark = step.ok === false ? p.red('✗') : p.green('✓');
    const where = step.source ? `  ${p.dim(visible(formatLocation(step.source.file, step.source.range.start)))}` : '';
    const [first, ...rest] = visibleLines(stepText(step, lang));
    out.push(`      ${mark} ${p.dim(visible(step.stage).padEnd(width))}  ${first}${where}`);
    for (const l of rest) out.push(`        ${' '.repeat(width)}  ${l}`);
  }
  return out;
}

/**
 * The human report written in pieces, byte for byte what {@link formatTestHuman} writes: each
 * complaint's lines as its result comes, then the tail (diagnostics and totals). A run whose every
 * complaint fails prints each one's trace: hundreds of megabytes for 100,000.
 */
export class TestHumanWriter {
  private readonly color: boolean;
  private readonly p: Palette;
  private readonly lang: Lang;
  private readonly t: T;
  private any = false;
  constructor(private readonly opts: TestHumanOptions = {}) {
    this.color = opts.color ?? false;
    this.p = palette(this.color);
    this.lang = opts.lang ?? 'en';
    this.t = translate(cliMessages, this.lang);
  }
  /** A complaint's lines (its headline; what broke, and the trace, when it failed). */
  result(r: ComplaintResult): string {
    const { p, t, color, lang } = this;
    const lines = [headline(r, p, t)];
    if (!r.passed) {
      lines.push(`    ${p.dim(t('test.at', { location: visible(formatLocation(r.file, r.range.start)) }))}`);
      for (const f of r.failures) lines.push(...failureLines(r, f, p, color, t, lang));
    }
    if (!r.passed || this.opts.verbose) lines.push(...traceLines(r.outcome.trace, p, t, lang));
    this.any = true;
    return `${lines.join('\n')}\n`;
  }
  /** The playbooks' diagnostics, the totals and the last line. */
  tail(run: TestRunResult): string {
    const { p, t, color, lang } = this;
    const lines: string[] = [];
    if (run.diagnostics.length > 0) {
      if (this.any) lines.push('');
      lines.push(...formatStylish(run.diagnostics, { color, lang }).trimEnd().split('\n'));
    }
    const errors = countBySeverity(run.diagnostics).error;
    if (run.results.length === 0 && errors > 0) {
      lines.push('', p.red(t('test.noneRan', { errors: countWords(errors, 'error', lang) })));
    }
    const playbooks = new Set(run.results.map((r) => r.playbook)).size;
    const total = run.passed + run.failed;
    const parts = [
      run.failed > 0 ? p.red(p.bold(t('test.failed', { n: run.failed }))) : '',
      p.green(t('test.passed', { n: run.passed })),
    ].filter(Boolean);
    const totals = t('test.totals', {
      complaints: countWords(total, 'sampleComplaint', lang),
      playbooks: countWords(playbooks, 'playbook', lang),
    });
    lines.push('', `${p.bold(t('test.complaints'))}  ${parts.join(p.dim(' | '))} ${p.dim(totals)}`);
    // The last line stays English in every language: CI scripts read it (as they read vitest's).
    lines.push(`${run.passed} passed, ${run.failed} failed`);
    return `${lines.join('\n')}\n`;
  }
}

/** A test run for a person at a terminal, ending with the line `N passed, N failed`. */
export function formatTestHuman(run: TestRunResult, opts: TestHumanOptions = {}): string {
  const w = new TestHumanWriter(opts);
  return run.results.map((r) => w.result(r)).join('') + w.tail(run);
}
