import { describe, expect, it } from 'vitest';
import { formatTestHuman } from '../../src/report/test-human.js';
import { renderReplyDiff, renderWordDiff } from '../../src/report/reply-diff.js';
import { wordDiff } from '../../src/report/word-diff.js';
import { stripAnsi } from '../../src/report/ansi.js';
import { failing, otherPlaybook, outcome, passing, sampleRun, unknownTemplate } from './fixtures.js';
import type { TestRunResult } from '../../src/model/test-result.js';

const ESC = '\u001b[';
const lastLine = (s: string): string => s.trimEnd().split('\n').at(-1)!;

describe('formatTestHuman', () => {
  it('prints a line per complaint with mark, playbook › file › id, type and template', () => {
    const lines = formatTestHuman(sampleRun).split('\n');
    expect(lines[0]).toBe('✓ acme › playbooks/acme/complaints/delivery.yaml › late-parcel  delay  sorry/delay');
    expect(lines[1]).toBe('✗ acme › playbooks/acme/complaints/delivery.yaml › rude-&-late  other  generic/ack');
    expect(lines).toContain('✓ globex › playbooks/globex/complaints/spam.yaml › hidden-spam  spam  no reply');
  });

  it('shows expected vs actual, a word diff of the reply and the trace of a failure', () => {
    const out = formatTestHuman(sampleRun, { color: false });
    expect(out).toContain(
      [
        '    at playbooks/acme/complaints/delivery.yaml:14:5',
        '    type: Expected type `delay`, got `other`',
        '      expected: delay',
        '      actual:   other',
        '    reply.equals: The reply differs from the expected text',
        '      reply diff (- expected, + actual):',
        '        - Anna, [-sorry-] for the [-delay-].',
        '        + Anna, {+thanks+} for the {+long wait+}.',
        '          — Acme support',
        '    trace:',
        '      ✗ classify  type `profanity`: no lexicon matched',
        '      ✓ classify  type `delay`: keyword «where is my parcel» matched  playbooks/acme/playbook.yaml:10:3',
        '      ✓ template  template `sorry/delay` chosen',
      ].join('\n'),
    );
  });

  it('shows traces of passing complaints only when verbose', () => {
    const run: TestRunResult = { results: [passing], diagnostics: [], passed: 1, failed: 0 };
    expect(formatTestHuman(run)).not.toContain('trace:');
    expect(formatTestHuman(run, { verbose: true })).toContain('trace:');
  });

  it('ends with a totals line and then exactly `N passed, N failed`', () => {
    const out = formatTestHuman(sampleRun, { color: true });
    const lines = out.trimEnd().split('\n');
    expect(stripAnsi(lines.at(-2)!)).toBe('Complaints  1 failed | 2 passed (3 sample complaints in 2 playbooks)');
    expect(lines.at(-1)).toBe('2 passed, 1 failed');
    expect(out.endsWith('2 passed, 1 failed\n')).toBe(true);
  });

  it('colours only when asked; without colour the diff keeps its [-…-] {+…+} markers', () => {
    const coloured = formatTestHuman(sampleRun, { color: true });
    const plain = formatTestHuman(sampleRun, { color: false });
    expect(plain).not.toContain(ESC);
    expect(coloured).toContain(`${ESC}31m- Anna, ${ESC}7msorry${ESC}27m for the`);
    expect(coloured).toContain(`${ESC}32m+ Anna, ${ESC}7mthanks${ESC}27m for the`);
    expect(coloured).not.toContain('[-sorry-]');
  });

  it('lists the playbooks’ diagnostics and says when no complaint ran', () => {
    const run: TestRunResult = { results: [], diagnostics: [unknownTemplate], passed: 0, failed: 0 };
    const out = formatTestHuman(run);
    expect(out).toContain('playbooks/acme/playbook.yaml:12:15  error    Unknown template');
    expect(out).toContain('No sample complaint ran: the playbooks have 1 error.');
    expect(lastLine(out)).toBe('0 passed, 0 failed');
  });

  it('shows expected and actual for fields without a reply diff, and a snapshot diff', () => {
    const r = {
      ...failing,
      outcome: outcome({ reply: 'Hi\nthere' }),
      failures: [
        { field: 'escalations', expected: 'legal', actual: 'none', message: 'Escalations differ — did not fire: legal' },
        { field: 'snapshot', expected: 'Hi\nthere', actual: 'Hi\nyou', message: 'The reply differs from its snapshot' },
      ],
    };
    const out = formatTestHuman({ results: [r, otherPlaybook], diagnostics: [], passed: 1, failed: 1 });
    expect(out).toContain('    escalations: Escalations differ — did not fire: legal\n      expected: legal\n      actual:   none\n');
    expect(out).toContain('          Hi\n        - [-there-]\n        + {+you+}\n');
    expect(lastLine(out)).toBe('1 passed, 1 failed');
  });

  it('neutralises terminal escapes in replies and messages', () => {
    const r = { ...failing, failures: [{ field: 'type', expected: 'a\u001b[2Jb', actual: 'c', message: 'm\u0007' }] };
    const out = formatTestHuman({ results: [r], diagnostics: [], passed: 0, failed: 1 });
    expect(out).not.toMatch(/[\u0007\u001b]/);
    expect(out).toContain('a\\x1B[2Jb');
  });
});

describe('renderReplyDiff', () => {
  it.each([
    ['same', 'same', ['  same']],
    ['a b c', 'a x c', ['- a [-b-] c', '+ a {+x+} c']],
    ['one\ntwo\nthree', 'one\n2\nthree', ['  one', '- [-two-]', '+ {+2+}', '  three']],
    ['short', 'short\nand more', ['- short', '+ short', '+ {+and more+}']],
    ['', 'new', ['- ', '+ {+new+}']],
  ])('%j → %j', (expected, actual, lines) => {
    expect(renderReplyDiff(expected, actual, false)).toEqual(lines);
  });

  it.each([
    ['Добрый день, Виктория!', 'Добрый вечер, Виктория!', ['- Добрый [-день-], Виктория!', '+ Добрый {+вечер+}, Виктория!']],
    ['Hello there', 'Hello there again', ['- Hello there', '+ Hello there{+ again+}']],
    ['из-за заказа', 'из-за доставки', ['- из-за [-заказа-]', '+ из-за {+доставки+}']],
    ['line one\nline two\nline three', 'line one\nline 2\nline three', ['…', '- line [-two-]', '+ line {+2+}', '…']],
    ['one\ntwo\nthree\nfour', 'one\n2\nthree\n4', ['…', '- [-two-]', '+ {+2+}', '…', '- [-four-]', '+ {+4+}']],
    ['same\ntoo', 'same\ntoo', []],
  ])('with changedOnly, %j → %j', (expected, actual, lines) => {
    expect(renderReplyDiff(expected, actual, false, { changedOnly: true })).toEqual(lines);
  });

  it('escapes the texts before cutting them into words', () => {
    const pieces = wordDiff('a\n::add-mask::x', 'a\n::add-mask::y');
    expect(renderWordDiff(pieces, false)).toEqual(renderReplyDiff('a\n::add-mask::x', 'a\n::add-mask::y', false));
    expect(renderWordDiff(pieces, false).join('\n')).not.toMatch(/^[-+ ] ?::add-mask::/m);
  });
});
