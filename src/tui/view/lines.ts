/**
 * The content of each pane as styled lines, wrapped to the pane's width: pure functions of the
 * data, so the components only draw them and the reducer can count them to bound scrolling.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Mention, Outcome } from '../../model/outcome.js';
import type { ExpectationFailure } from '../../model/test-result.js';
import { wordDiff } from '../../report/word-diff.js';
import type { PlaybookInfo } from '../state/types.js';
import { markSpans } from '../text/highlight.js';
import { formatFromMention, formatLocalTime } from '../text/time.js';
import { msg, simLang } from '../text/words.js';
import { failureText, stepText } from '../../i18n/trace-text.js';
import { lineWidth, truncateLine, wrapBounded, wrapSegments, wrapText, type Line, type Segment, type WrappedText } from '../text/wrap.js';
import type { Compared } from '../state/selectors.js';

/** `35 followers`, «35 подписчиков»: digits grouped as the language writes them. */
function followers(n: number): string {
  return simLang() === 'en' ? `${n.toLocaleString('en-US')} followers` : msg('meta.followers', { n });
}

const SEVERITY_GLYPH = { error: '✗', warning: '⚠', info: 'ℹ' } as const;

function channelName(pb: PlaybookInfo | undefined, id: string): string {
  const ch = pb?.channels.find((c) => c.id === id);
  return ch && ch.name !== id ? `${ch.name} (${id})` : id;
}

/** The complaint's meta line: channel, author, followers, time. */
export function complaintMetaLine(mention: Mention, pb: PlaybookInfo | undefined, changedChannel: boolean, width: number): Line {
  const a = mention.author ?? {};
  const who = a.name ?? (a.handle ? `@${a.handle}` : msg('meta.anonymous'));
  const line: Line = [
    { text: channelName(pb, mention.channel), style: changedChannel ? 'accent' : 'bold' },
    { text: ' · ' },
    { text: who },
  ];
  if (a.followers !== undefined) line.push({ text: ` · ${followers(a.followers)}`, style: 'dim' });
  if (a.verified) line.push({ text: msg('meta.verified'), style: 'dim' });
  line.push({ text: ` · ${formatLocalTime(mention.at, pb?.timezone)}`, style: 'dim' });
  return truncateLine(line, width);
}

/**
 * The most lines of a complaint's text the simulator wraps: more than any terminal shows in the
 * complaint pane (a fifth of the screen), so a long complaint costs one screen of work, however
 * long it is. The pane says how much more there is.
 */
export const COMPLAINT_TEXT_MAX_LINES = 200;

/** The last few wraps, so a complaint is wrapped once for all the frames that show it, not per frame. */
const wrapMemo: Array<{ text: string; spans: unknown; width: number; color: boolean; maxLines: number; result: WrappedText }> = [];

/**
 * The complaint's text with the matched words marked (in [brackets] without colour), wrapped: at
 * most `maxLines` lines, `complete` false when the text goes on.
 */
export function complaintTextView(
  text: string,
  outcome: Outcome | null,
  width: number,
  color = true,
  maxLines = COMPLAINT_TEXT_MAX_LINES,
): WrappedText {
  const spans = outcome?.spans ?? null;
  const hit = wrapMemo.find(
    (m) => m.text === text && m.spans === spans && m.width === width && m.color === color && m.maxLines === maxLines,
  );
  if (hit) return hit.result;
  const segments = markSpans(text, spans ?? []);
  const result = wrapBounded(color ? segments : segments.map((s) => (s.style === 'mark' ? { text: `[${s.text}]` } : s)), width, maxLines);
  wrapMemo.unshift({ text, spans, width, color, maxLines, result });
  wrapMemo.length = Math.min(wrapMemo.length, 8);
  return result;
}

/** The complaint's text wrapped (at most `COMPLAINT_TEXT_MAX_LINES` lines; see `complaintTextView`). */
export function complaintTextLines(text: string, outcome: Outcome | null, width: number, color = true): Line[] {
  return complaintTextView(text, outcome, width, color).lines;
}

/** The decision: type, template, voice, escalations with their teams and deadlines, the due time. */
export function decisionLines(outcome: Outcome, mention: Mention, pb: PlaybookInfo | undefined, width: number): Line[] {
  const logical: Segment[][] = [];
  logical.push([
    { text: msg('decision.type'), style: 'dim' },
    { text: outcome.type || '—', style: 'bold' },
    { text: msg('decision.template'), style: 'dim' },
    { text: outcome.template ?? msg('decision.noTemplate'), style: outcome.template ? 'accent' : 'dim' },
    { text: msg('decision.voice'), style: 'dim' },
    { text: outcome.voice },
  ]);
  for (const e of outcome.escalations) {
    const team = pb?.teams[e.team];
    const seg: Segment[] = [
      { text: '↗ ', style: 'warn' },
      { text: team ? `${team} (${e.team})` : e.team, style: 'bold' },
      {
        text: ` ${msg('text.priority', { priority: e.priority })}`,
        style: e.priority === 'urgent' || e.priority === 'high' ? 'fail' : 'warn',
      },
      { text: msg('decision.rule', { id: e.id }), style: 'dim' },
    ];
    if (e.approval) seg.push({ text: msg('decision.approval'), style: 'warn' });
    if (e.reply !== 'normal') seg.push({ text: msg('decision.reply', { how: e.reply }), style: 'warn' });
    if (e.due) {
      const rel = formatFromMention(e.due, mention.at);
      seg.push({ text: `${msg('decision.by', { time: formatLocalTime(e.due, pb?.timezone) })}${rel ? ` (${rel})` : ''}`, style: 'dim' });
    }
    logical.push(seg);
  }
  if (outcome.escalations.length === 0) logical.push([{ text: msg('decision.noEscalation'), style: 'dim' }]);
  if (outcome.due) {
    const rel = formatFromMention(outcome.due, mention.at);
    logical.push([
      { text: msg('decision.due'), style: 'dim' },
      { text: formatLocalTime(outcome.due, pb?.timezone), style: 'bold' },
      { text: simLang() === 'en' ? ` ${pb?.timezone ?? ''}` : '', style: 'dim' },
      { text: rel ? ` · ${rel}` : '' },
      { text: msg('decision.priority', { priority: outcome.priority }), style: 'dim' },
    ]);
  }
  if (outcome.actions.length)
    logical.push([
      { text: msg('decision.actions'), style: 'dim' },
      { text: outcome.actions.join(', '), style: 'warn' },
    ]);
  for (const err of outcome.errors) logical.push([{ text: `✗ ${err}`, style: 'fail' }]);
  return logical.flatMap((l) => wrapSegments(l, width));
}

/** Fields whose expected and actual values are replies: shown as a word diff. */
const REPLY_FIELDS = new Set(['snapshot', 'reply.equals']);

/**
 * Why a sample fails: each expectation that failed, what was expected against what came out, and
 * for a reply compared whole (its snapshot, `equals`) the word diff — `[-removed-]` and `{+added+}`
 * (coloured too), so it reads the same without colours.
 */
export function failureLines(failures: ReadonlyArray<ExpectationFailure>, width: number): Line[] {
  if (!failures.length) return [];
  const lines: Line[] = [[{ text: msg('why.heading', { n: failures.length }), style: 'fail' }]];
  const lang = simLang();
  for (const failure of failures) {
    const f = { ...failure, ...failureText(failure, lang) };
    lines.push(...wrapSegments([{ text: `  ✗ ${f.field}: `, style: 'fail' }, { text: f.message }], width));
    // A word diff of two texts; not when one side is a word standing for a value ("a reply snapshot").
    if (REPLY_FIELDS.has(f.field) && f.expected !== '' && f.actual !== '' && !failure.expectedSay && !failure.actualSay) {
      const diff: Segment[] = [{ text: '    ' }];
      for (const c of wordDiff(f.expected, f.actual)) {
        if (c.op === 'same') diff.push({ text: c.text });
        else if (c.op === 'removed') diff.push({ text: `[-${c.text}-]`, style: 'fail' });
        else diff.push({ text: `{+${c.text}+}`, style: 'ok' });
      }
      lines.push(...wrapSegments(diff, width));
      continue;
    }
    lines.push(
      ...wrapSegments(
        [
          { text: msg('why.expected'), style: 'dim' },
          { text: f.expected || '—', style: 'ok' },
        ],
        width,
      ),
    );
    lines.push(
      ...wrapSegments(
        [
          { text: msg('why.actual'), style: 'dim' },
          { text: f.actual || '—', style: 'fail' },
        ],
        width,
      ),
    );
  }
  lines.push([]);
  return lines;
}

/** The reply as the customer will read it, then the reply checks; first, why the sample fails, if it does. */
export function replyLines(outcome: Outcome, width: number, failures: ReadonlyArray<ExpectationFailure> = []): Line[] {
  const lines: Line[] = failureLines(failures, width);
  if (outcome.reply === null) {
    lines.push([{ text: outcome.errors.length ? msg('reply.incomplete') : msg('reply.none'), style: 'dim' }]);
  } else {
    lines.push(...wrapText(outcome.reply, width));
  }
  if (outcome.checks.length) {
    lines.push([]);
    for (const c of outcome.checks) {
      lines.push(
        ...wrapSegments(
          [
            { text: c.ok ? '✓ ' : '✗ ', style: c.ok ? 'ok' : 'fail' },
            { text: c.id, style: c.ok ? undefined : 'fail' },
            { text: c.message ? `  ${stepText(c, simLang())}` : '', style: 'dim' },
          ],
          width,
        ),
      );
    }
  }
  return lines;
}

/** `312 / 350 graphemes`, and whether the reply is over the channel's limit. */
export function lengthCounter(outcome: Outcome | null): { text: string; over: boolean } | null {
  const l = outcome?.length;
  if (!l) return null;
  return { text: msg('reply.length', { count: l.count, limit: l.limit, unit: l.unit }), over: l.count > l.limit };
}

/** The full trace: one entry per step, ✓ for what held and · for what was tried and did not. */
export function traceLines(outcome: Outcome, width: number): Line[] {
  if (outcome.trace.length === 0) return [[{ text: msg('trace.none'), style: 'dim' }]];
  const out: Line[] = [];
  const lang = simLang();
  for (const step of outcome.trace) {
    const ok = step.ok !== false;
    const head: Segment[] = [
      { text: ok ? '✓ ' : '· ', style: ok ? 'ok' : 'dim' },
      { text: step.stage.padEnd(12), style: 'accent' },
      { text: stepText(step, lang), style: ok ? undefined : 'dim' },
    ];
    if (step.source) head.push({ text: `  ${step.source.file}:${step.source.range.start.line}`, style: 'dim' });
    const wrapped = wrapSegments(head, width - 2);
    out.push(wrapped[0], ...wrapped.slice(1).map((l) => [{ text: '  ' }, ...l]));
  }
  return out;
}

/** Problems as `file:line:col  severity  message  rule`, wrapped. */
export function problemLines(diagnostics: ReadonlyArray<Diagnostic>, width: number): Line[] {
  return diagnostics.flatMap((d) => {
    const style = d.severity === 'error' ? 'fail' : d.severity === 'warning' ? 'warn' : 'accent';
    const seg: Segment[] = [
      { text: `${SEVERITY_GLYPH[d.severity]} `, style },
      { text: `${d.file}:${d.range.start.line}:${d.range.start.column}`, style: 'bold' },
      { text: `  ${d.severity}  `, style },
      { text: d.message },
      { text: `  ${d.ruleId}`, style: 'dim' },
    ];
    const wrapped = wrapSegments(seg, width - 2);
    return [wrapped[0], ...wrapped.slice(1).map((l) => [{ text: '  ' }, ...l])];
  });
}

/** The narrowest column of the comparison (`C`, `V`); fewer columns are shown when they would be narrower. */
export const COMPARE_MIN_COLUMN = 32;
const COMPARE_GAP = ' │ ';

/** One channel's or voice's block: its name (▸ the complaint's own), the reply's length against the limit, the reply. */
function comparedBlock(c: Compared, width: number): Line[] {
  const counter = lengthCounter(c.outcome);
  const head: Segment[] = [{ text: `${c.current ? '▸ ' : ''}${c.name} (${c.id})`, style: c.current ? 'accent' : 'bold' }];
  const lines: Line[] = [truncateLine(head, width)];
  if (counter) lines.push([{ text: counter.text, style: counter.over ? 'over' : 'dim' }]);
  if (c.outcome.reply === null) lines.push([{ text: c.outcome.errors.length ? msg('reply.incomplete') : msg('reply.none'), style: 'dim' }]);
  else lines.push(...wrapText(c.outcome.reply, width));
  return lines;
}

/**
 * The selected complaint's reply with every channel (or voice), side by side: as many columns as
 * fit COMPARE_MIN_COLUMN, each block its name, length and reply; rows of blocks one under another.
 */
export function compareLines(list: readonly Compared[], width: number): Line[] {
  if (list.length === 0) return [[{ text: msg('screen.none'), style: 'dim' }]];
  const columns = Math.max(1, Math.min(list.length, Math.floor((width + COMPARE_GAP.length) / (COMPARE_MIN_COLUMN + COMPARE_GAP.length))));
  const colWidth = Math.max(1, Math.floor((width - COMPARE_GAP.length * (columns - 1)) / columns));
  const out: Line[] = [];
  for (let row = 0; row < list.length; row += columns) {
    const blocks = list.slice(row, row + columns).map((c) => comparedBlock(c, colWidth));
    const height = Math.max(...blocks.map((b) => b.length));
    if (row > 0) out.push([]);
    for (let i = 0; i < height; i++) {
      const line: Segment[] = [];
      blocks.forEach((b, k) => {
        const cell = b[i] ?? [];
        line.push(...cell);
        if (k < blocks.length - 1) {
          line.push({ text: ' '.repeat(Math.max(0, colWidth - lineWidth(cell))) });
          line.push({ text: COMPARE_GAP, style: 'dim' });
        }
      });
      out.push(line);
    }
  }
  return out;
}
