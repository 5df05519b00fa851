import { describe, expect, it } from 'vitest';
import { analyseMention, compileClassifier, explainFailure } from '../../src/classify/index.js';
import type { Condition } from '../../src/model/playbook.js';
import { all, any, channel, followers, lexicon, lexiconDef, mention, not, playbook, regex, signal, verified, words } from './helpers.js';

// `failMessage` is a shortcut for what `explain` says when a condition fails: it must say the same.
const conditions: Array<[string, Condition]> = [
  ['words', words('заказ', 'доставка курьером')],
  ['lexicon', lexicon('profanity', 'competitors')],
  ['regex', regex(String.raw`\bsued\b|суд\S*`)],
  ['ascii regex', regex(String.raw`\b(?:be|was) recalled\b`)],
  ['signal', signal('order-number')],
  ['signals', signal('order-number', 'shouting')],
  ['verified', verified()],
  ['not verified', verified(false)],
  ['any of constants', any(words('заказ'), regex('суд'), signal('url'))],
  ['any with a channel', any(words('заказ'), channel('x'))],
  ['empty any', any()],
  ['all', all(words('заказ'), followers('gt', 10))],
  ['not', not(words('ужас'))],
];
const texts = ['Где мой заказ 12345678?', 'ВЫ ВООБЩЕ РАБОТАЕТЕ', 'They sued them, it was recalled', 'Ужас, иду в Сбер', 'ſued', ''];

describe('failMessage', () => {
  it.each(conditions)('%s: the explanation of a failure is the constant one', (_name, cond) => {
    // Compile through a classifier so the word lists are in its index.
    const cc = compileClassifier(
      playbook({
        types: [{ id: 't', match: cond, fallback: false, reply: 'template', actions: [], source: cond.source }],
        lexicons: [lexiconDef('competitors', ['Сбер'])],
      }),
    );
    const compiled = cc.types[0].match!;
    for (const text of texts) {
      for (const author of [{ followers: 5, verified: true }, {}]) {
        const f = analyseMention(cc, mention(text, { author }));
        const e = compiled.explain(f);
        expect(e.ok).toBe(compiled.test(f));
        if (e.ok) continue;
        expect(explainFailure(compiled, f)).toEqual(e);
        if (compiled.failMessage !== undefined) expect(e.message).toBe(compiled.failMessage);
      }
    }
  });

  it('is known for lists, regexes and one signal, and for `any` of them', () => {
    const cc = compileClassifier(
      playbook({
        types: conditions.map(([id, match]) => ({
          id,
          match,
          fallback: false,
          reply: 'template' as const,
          actions: [],
          source: match.source,
        })),
      }),
    );
    const known = Object.fromEntries(cc.types.map((t) => [t.type.id, t.match!.failMessage !== undefined]));
    expect(known).toEqual({
      words: true,
      lexicon: true,
      regex: true,
      'ascii regex': true,
      signal: true,
      signals: false,
      verified: true,
      'not verified': true,
      'any of constants': true,
      'any with a channel': false,
      'empty any': true,
      all: false,
      not: false,
    });
  });
});
