/** Compares an outcome with a sample complaint's expectations: pure, one failure per broken expectation. */
import type { Complaint, Expectation, Outcome, FiredEscalation } from '../model/outcome.js';
import type { ExpectationFailure } from '../model/test-result.js';
import { compilePattern, type Pattern } from '../text/pattern.js';

const show = (v: unknown): string => (v === null || v === undefined ? String(v) : typeof v === 'string' ? v : JSON.stringify(v));

function fail(field: string, expected: unknown, actual: unknown, message: string): ExpectationFailure {
  return { field, expected: show(expected), actual: show(actual), message };
}

function escalationMatches(want: string | { to: string; priority?: string }, got: FiredEscalation): boolean {
  if (typeof want === 'string') return got.id === want;
  return got.team === want.to && (want.priority === undefined || got.priority === want.priority);
}

function describeEscalation(e: string | { to: string; priority?: string }): string {
  return typeof e === 'string' ? e : `${e.to}${e.priority ? ` (${e.priority})` : ''}`;
}

function compareEscalations(want: NonNullable<Expectation['escalations']>, got: FiredEscalation[]): ExpectationFailure[] {
  const unmatched = [...got];
  const missing: string[] = [];
  for (const w of want) {
    const i = unmatched.findIndex((g) => escalationMatches(w, g));
    if (i < 0) missing.push(describeEscalation(w));
    else unmatched.splice(i, 1);
  }
  if (missing.length === 0 && unmatched.length === 0) return [];
  const expected = want.map(describeEscalation).join(', ') || 'none';
  const actual = got.map((g) => `${g.id} → ${g.team} (${g.priority})`).join(', ') || 'none';
  const parts: string[] = [];
  if (missing.length) parts.push(`did not fire: ${missing.join(', ')}`);
  if (unmatched.length) parts.push(`fired unexpectedly: ${unmatched.map((g) => g.id).join(', ')}`);
  return [fail('escalations', expected, actual, `Escalations differ — ${parts.join('; ')}`)];
}

/**
 * A user-written `matches` pattern on the linear-time engine (case-sensitive, `u` on), compiled
 * defensively: a bad pattern is a failure that says why, not a crash.
 */
function compileMatches(pattern: string): Pattern | string {
  const r = compilePattern(pattern, { flags: 'u' });
  return r.ok ? r.pattern : r.problems.map((p) => p.message).join('; ');
}

/**
 * Every way the outcome differs from what the complaint expects, plus engine errors and failed
 * reply checks (a sample whose reply breaks the tone of voice must not pass).
 * `measure` counts the reply in the channel's unit for `max_length`.
 */
export function compareOutcome(complaint: Complaint, outcome: Outcome, measure: (text: string) => number): ExpectationFailure[] {
  const out: ExpectationFailure[] = [];
  const x = complaint.expect;
  for (const err of outcome.errors) out.push(fail('engine', 'a complete outcome', err, err));
  if (x.type !== undefined && x.type !== outcome.type) {
    out.push(fail('type', x.type, outcome.type, `Expected type \`${x.type}\`, got \`${outcome.type}\``));
  }
  if (x.template !== undefined && x.template !== outcome.template) {
    out.push(
      fail('template', x.template, outcome.template, `Expected template \`${show(x.template)}\`, got \`${show(outcome.template)}\``),
    );
  }
  if (x.escalations !== undefined) out.push(...compareEscalations(x.escalations, outcome.escalations));
  if (x.due !== undefined) {
    const want = Date.parse(x.due);
    const got = outcome.due === null ? NaN : Date.parse(outcome.due);
    if (want !== got) out.push(fail('due', x.due, outcome.due, `Expected the reply due at ${x.due}, got ${show(outcome.due)}`));
  }
  if (x.hidden !== undefined) {
    const hidden = outcome.actions.includes('hide');
    if (hidden !== x.hidden)
      out.push(fail('hidden', x.hidden, hidden, x.hidden ? 'Expected the mention to be hidden' : 'Expected the mention not to be hidden'));
  }
  if (x.reply === null) {
    if (outcome.reply !== null) out.push(fail('reply', null, outcome.reply, 'Expected no reply'));
  } else if (x.reply !== undefined) {
    const r = x.reply;
    const text = outcome.reply;
    if (text === null) {
      out.push(fail('reply', 'a reply', null, 'Expected a reply, got none'));
    } else {
      if (r.equals !== undefined && r.equals.trimEnd() !== text.trimEnd()) {
        out.push(fail('reply.equals', r.equals.trimEnd(), text.trimEnd(), 'The reply differs from the expected text'));
      }
      for (const c of r.contains ?? []) {
        if (!text.includes(c)) out.push(fail('reply.contains', c, text, `The reply does not contain «${c}»`));
      }
      for (const c of r.not_contains ?? []) {
        if (text.includes(c)) out.push(fail('reply.not_contains', `no «${c}»`, text, `The reply contains «${c}»`));
      }
      if (r.matches !== undefined) {
        const re = compileMatches(r.matches);
        if (typeof re === 'string') out.push(fail('reply.matches', r.matches, re, re));
        else if (!re.test(text)) out.push(fail('reply.matches', r.matches, text, `The reply does not match /${r.matches}/`));
      }
      if (r.max_length !== undefined) {
        const n = measure(text);
        if (n > r.max_length)
          out.push(fail('reply.max_length', `≤ ${r.max_length}`, n, `The reply is ${n} long, expected at most ${r.max_length}`));
      }
    }
  }
  for (const c of outcome.checks) {
    if (!c.ok) out.push(fail(`check:${c.id}`, 'passes', 'fails', c.message));
  }
  return out;
}
