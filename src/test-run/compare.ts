/** Compares an outcome with a sample complaint's expectations: pure, one failure per broken expectation. */
import type { Complaint, Expectation, Outcome, FiredEscalation, TraceSay } from '../model/outcome.js';
import type { ExpectationFailure } from '../model/test-result.js';
import { compilePattern, type Pattern } from '../text/pattern.js';

const show = (v: unknown): string => (v === null || v === undefined ? String(v) : typeof v === 'string' ? v : JSON.stringify(v));

/** What a failure says for a person: its message, and the words among its values (`value.*`), as data of the trace catalogue. */
interface Said {
  say?: TraceSay;
  expectedSay?: TraceSay;
  actualSay?: TraceSay;
}

function fail(field: string, expected: unknown, actual: unknown, message: string, said: Said = {}): ExpectationFailure {
  return { field, expected: show(expected), actual: show(actual), message, ...said };
}

const NONE: TraceSay = { id: 'value.none' };
const A_REPLY: TraceSay = { id: 'value.aReply' };
/** A time the way the trace says one (`iso`: as written in English, with the month's name in Russian); null as it is shown. */
const timeSay = (t: string | null) => (t === null ? show(t) : { time: t, as: 'iso' as const });

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
  const said: TraceSay[] = [];
  if (missing.length) {
    parts.push(`did not fire: ${missing.join(', ')}`);
    said.push({ id: 'expect.escalations.missing', values: { ids: { join: 'comma', items: missing } } });
  }
  if (unmatched.length) {
    const ids = unmatched.map((g) => g.id);
    parts.push(`fired unexpectedly: ${ids.join(', ')}`);
    said.push({ id: 'expect.escalations.unexpected', values: { ids: { join: 'comma', items: ids } } });
  }
  return [
    fail('escalations', expected, actual, `Escalations differ — ${parts.join('; ')}`, {
      say: { id: 'expect.escalations', values: { parts: { join: 'semicolon', items: said } } },
      ...(want.length ? {} : { expectedSay: NONE }),
      ...(got.length ? {} : { actualSay: NONE }),
    }),
  ];
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
  for (const err of outcome.errors) out.push(fail('engine', 'a complete outcome', err, err, { expectedSay: { id: 'value.complete' } }));
  if (x.type !== undefined && x.type !== outcome.type) {
    const values = { expected: x.type, actual: outcome.type };
    out.push(
      fail('type', x.type, outcome.type, `Expected type \`${x.type}\`, got \`${outcome.type}\``, { say: { id: 'expect.type', values } }),
    );
  }
  if (x.template !== undefined && x.template !== outcome.template) {
    out.push(
      fail('template', x.template, outcome.template, `Expected template \`${show(x.template)}\`, got \`${show(outcome.template)}\``, {
        say: { id: 'expect.template', values: { expected: show(x.template), actual: show(outcome.template) } },
      }),
    );
  }
  if (x.escalations !== undefined) out.push(...compareEscalations(x.escalations, outcome.escalations));
  if (x.due !== undefined) {
    const want = Date.parse(x.due);
    const got = outcome.due === null ? NaN : Date.parse(outcome.due);
    if (want !== got)
      out.push(
        fail('due', x.due, outcome.due, `Expected the reply due at ${x.due}, got ${show(outcome.due)}`, {
          say: { id: 'expect.due', values: { expected: timeSay(x.due), actual: timeSay(outcome.due) } },
        }),
      );
  }
  if (x.hidden !== undefined) {
    const hidden = outcome.actions.includes('hide');
    if (hidden !== x.hidden)
      out.push(
        fail('hidden', x.hidden, hidden, x.hidden ? 'Expected the mention to be hidden' : 'Expected the mention not to be hidden', {
          say: { id: x.hidden ? 'expect.hidden' : 'expect.notHidden' },
        }),
      );
  }
  if (x.reply === null) {
    if (outcome.reply !== null) out.push(fail('reply', null, outcome.reply, 'Expected no reply', { say: { id: 'expect.noReply' } }));
  } else if (x.reply !== undefined) {
    const r = x.reply;
    const text = outcome.reply;
    if (text === null) {
      out.push(fail('reply', 'a reply', null, 'Expected a reply, got none', { say: { id: 'expect.reply' }, expectedSay: A_REPLY }));
    } else {
      if (r.equals !== undefined && r.equals.trimEnd() !== text.trimEnd()) {
        out.push(
          fail('reply.equals', r.equals.trimEnd(), text.trimEnd(), 'The reply differs from the expected text', {
            say: { id: 'expect.equals' },
          }),
        );
      }
      for (const c of r.contains ?? []) {
        if (!text.includes(c))
          out.push(
            fail('reply.contains', c, text, `The reply does not contain «${c}»`, { say: { id: 'expect.contains', values: { text: c } } }),
          );
      }
      for (const c of r.not_contains ?? []) {
        if (text.includes(c))
          out.push(
            fail('reply.not_contains', `no «${c}»`, text, `The reply contains «${c}»`, {
              say: { id: 'expect.notContains', values: { text: c } },
              expectedSay: { id: 'value.noText', values: { text: c } },
            }),
          );
      }
      if (r.matches !== undefined) {
        const re = compileMatches(r.matches);
        if (typeof re === 'string') out.push(fail('reply.matches', r.matches, re, re));
        else if (!re.test(text))
          out.push(
            fail('reply.matches', r.matches, text, `The reply does not match /${r.matches}/`, {
              say: { id: 'expect.matches', values: { pattern: r.matches } },
            }),
          );
      }
      if (r.max_length !== undefined) {
        const n = measure(text);
        if (n > r.max_length)
          out.push(
            fail('reply.max_length', `≤ ${r.max_length}`, n, `The reply is ${n} long, expected at most ${r.max_length}`, {
              say: { id: 'expect.maxLength', values: { n, max: r.max_length } },
              expectedSay: { id: 'value.atMost', values: { max: r.max_length } },
            }),
          );
      }
    }
  }
  for (const c of outcome.checks) {
    if (!c.ok)
      out.push(
        fail(`check:${c.id}`, 'passes', 'fails', c.message, {
          ...(c.say ? { say: c.say } : {}),
          expectedSay: { id: 'value.passes' },
          actualSay: { id: 'value.fails' },
        }),
      );
  }
  return out;
}
