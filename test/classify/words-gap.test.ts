import { describe, expect, it } from 'vitest';
import { analyseMention, classify, compileClassifier } from '../../src/classify/index.js';
import { checkPlaybook } from '../../src/validate/index.js';
import { filesOf } from '../validate/helpers.js';
import { mention } from './helpers.js';

const HEAD = `replybook: 1
brand: Acme
locale: en
timezone: Europe/London
channels:
  x: { name: X, limit: 280 }
`;

/** The type each text gets from a playbook whose types.yaml is `types` (the playbook must check clean). */
function typesOf(types: string, texts: readonly string[]): string[] {
  const r = checkPlaybook('pb', filesOf({ 'playbook.yaml': HEAD, 'types.yaml': types }));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const c = compileClassifier(r.playbook!);
  return texts.map((text) => classify(c, analyseMention(c, mention(text, { channel: 'x' }))).type);
}

const texts = ['It never arrived', 'It never actually arrived', 'It never really truly actually arrived', 'It arrived, never again'];

describe('a word list’s gap in the playbook', () => {
  it.each([
    ['the default (2)', `{ words: ["never arrived"] }`, ['late', 'late', 'other', 'other']],
    ['gap: 0', `{ words: { phrases: ["never arrived"], gap: 0 } }`, ['late', 'other', 'other', 'other']],
    ['gap: 3', `{ words: { phrases: ["never arrived"], gap: 3 } }`, ['late', 'late', 'late', 'other']],
  ])('%s', (_name, match, expected) => {
    const types = `types:\n  late:\n    match: ${match}\n    reply: none\n  other:\n    fallback: true\n    reply: none\n`;
    expect(typesOf(types, texts)).toEqual(expected);
  });

  it('is set on a lexicon, for its words', () => {
    const types = `lexicons:
  lost: { words: ["never arrived"], gap: 0 }
  lost-loose: { words: ["never arrived"], gap: 3 }
types:
  strict:
    match: { lexicon: lost }
    reply: none
  loose:
    match: { lexicon: lost-loose }
    reply: none
  other:
    fallback: true
    reply: none
`;
    expect(typesOf(types, texts)).toEqual(['strict', 'loose', 'loose', 'other']);
  });

  it.each([
    ['a gap above 5', `{ words: { phrases: ["never arrived"], gap: 6 } }`],
    ['a negative gap', `{ words: { phrases: ["never arrived"], gap: -1 } }`],
    ['no phrases', `{ words: { gap: 1 } }`],
    ['an unknown key', `{ words: { phrases: ["never arrived"], slop: 1 } }`],
  ])('%s is a schema error', (_name, match) => {
    const types = `types:\n  late:\n    match: ${match}\n    reply: none\n  other:\n    fallback: true\n    reply: none\n`;
    const r = checkPlaybook('pb', filesOf({ 'playbook.yaml': HEAD, 'types.yaml': types }));
    expect(r.playbook).toBeNull();
    expect(r.diagnostics.some((d) => d.severity === 'error' && d.ruleId.startsWith('schema'))).toBe(true);
  });
});
