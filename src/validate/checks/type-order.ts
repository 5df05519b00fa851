/** The order of negativity types: one fallback at most, last; no type hidden behind an earlier one. */
import type { PlaybookCheck } from '../check.js';
import { alwaysFalse, alwaysTrue, conditionKey } from './condition-logic.js';
import { EXAMPLE_HEAD } from './util.js';

export const typeOrder: PlaybookCheck = {
  id: 'type',
  severity: 'error',
  description: 'Checks the order of negativity types: a single fallback, placed last, and no type that an earlier one always pre-empts.',
  rules: {
    'fallback-not-last': 'A fallback type is followed by other types (they can never match).',
    'multiple-fallbacks': 'More than one type is marked `fallback: true`.',
    'no-match': 'A type has neither `match` nor `fallback: true`.',
    unreachable:
      'A type can never match because an earlier type always matches first (an always-true or identical condition), or its own condition can never hold.',
  },
  examples: [
    {
      title: 'specific types first, the fallback last',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}types:\n  rude: { match: { lexicon: profanity }, reply: none }\n  other: { fallback: true, reply: none }\n`,
      },
      expect: [],
    },
    {
      title: 'a type after the fallback, and one identical to an earlier one',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}types:\n  rude: { match: { lexicon: profanity }, reply: none }\n  rude-again: { match: { lexicon: profanity }, reply: none }\n  other: { fallback: true, reply: none }\n  late: { match: { words: [заказ] }, reply: none }\n`,
      },
      expect: [
        { rule: 'type/unreachable', at: '9:3' },
        { rule: 'type/fallback-not-last', at: '10:3' },
        { rule: 'type/unreachable', at: '11:3' },
      ],
    },
  ],
  run(ctx) {
    const types = ctx.playbook.types;
    const fallbacks = types.filter((t) => t.fallback);
    fallbacks.slice(1).forEach((t) =>
      ctx.report({
        at: t.source,
        rule: 'multiple-fallbacks',
        message: `\`${t.id}\` is a second fallback type; \`${fallbacks[0].id}\` already is one, and there can be only one`,
        related: [{ file: fallbacks[0].source.file, range: fallbacks[0].source.range, message: 'the first fallback' }],
        expected: [fallbacks[0].id],
        actual: t.id,
        data: { kind: 'duplicate', of: 'fallback type', id: t.id, first: fallbacks[0].id },
      }),
    );
    const seen = new Map<string, string>();
    let catchAll: { id: string; why: string } | null = null;
    types.forEach((t, i) => {
      if (t.fallback && i < types.length - 1 && t === fallbacks[0]) {
        ctx.report({
          at: t.source,
          rule: 'fallback-not-last',
          message: `The fallback type \`${t.id}\` must be the last type; ${types.length - 1 - i} type(s) follow it and can never match`,
          data: { kind: 'subject', of: 'type', id: t.id, count: types.length - 1 - i },
        });
      }
      if (!t.fallback && !t.match) {
        ctx.report({
          at: t.source,
          rule: 'no-match',
          message: `The type \`${t.id}\` has no \`match\`; give it a condition, or mark it \`fallback: true\``,
          data: { kind: 'subject', of: 'type', id: t.id },
        });
      }
      if (catchAll) {
        ctx.report({
          at: t.source,
          rule: 'unreachable',
          message: `The type \`${t.id}\` can never match: the earlier type \`${catchAll.id}\` ${catchAll.why}`,
          data: { kind: 'unreachable', id: t.id, instead: catchAll.id },
        });
      } else if (t.match) {
        const key = conditionKey(t.match);
        const same = seen.get(key);
        if (same)
          ctx.report({
            at: t.source,
            rule: 'unreachable',
            message: `The type \`${t.id}\` can never match: the earlier type \`${same}\` has the same condition`,
            data: { kind: 'unreachable', id: t.id, instead: same },
          });
        else if (alwaysFalse(t.match))
          ctx.report({
            at: t.source,
            rule: 'unreachable',
            message: `The type \`${t.id}\` can never match: its condition never holds`,
            data: { kind: 'unreachable', id: t.id },
          });
        else seen.set(key, t.id);
      }
      if (!catchAll) {
        if (t.fallback) catchAll = { id: t.id, why: 'is the fallback and catches every mention' };
        else if (t.match && alwaysTrue(t.match)) catchAll = { id: t.id, why: 'has a condition that always holds' };
      }
    });
  },
};
