/** Every rule has a Russian description (src/i18n/rule-descriptions.ts), and each keeps its English's quoted code. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/validate/index.js';
import { RUSSIAN_RULE_DESCRIPTIONS, ruleDescription } from '../../src/i18n/rule-descriptions.js';

const code = (s: string): string[] => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();

describe('the rules’ Russian descriptions', () => {
  it('cover exactly the rules there are', () => {
    expect([...RUSSIAN_RULE_DESCRIPTIONS.keys()].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it.each(RULES.map((r) => [r.id, r.description] as const))('%s: Russian words, the same `code` as the English', (id, english) => {
    const ru = ruleDescription(id, english, 'ru');
    expect(ru).not.toBe(english);
    expect(ru).toMatch(/[а-яё]{3}/i);
    expect(code(ru)).toEqual(code(english));
    expect(ruleDescription(id, english, 'en')).toBe(english);
  });

  it('a rule without one (a test run’s) keeps its English', () => {
    expect(ruleDescription('test/type-mismatch', 'A sample complaint was classified as another type.', 'ru')).toBe(
      'A sample complaint was classified as another type.',
    );
  });
});
