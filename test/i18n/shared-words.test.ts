/**
 * The words several catalogues share (src/i18n/catalogs/shared-words.ts), as each message reads
 * them: a channel's unit after its limit in the case the number asks for, and a priority in words.
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/index.js';
import { traceMessages } from '../../src/i18n/catalogs/trace.js';
import { simMessages } from '../../src/i18n/catalogs/sim.js';
import { lspMessages } from '../../src/i18n/catalogs/lsp.js';

const trace = translate(traceMessages, 'ru');
const sim = translate(simMessages, 'ru');
const simEn = translate(simMessages, 'en');
const lsp = translate(lspMessages, 'ru');

describe('a unit after a limit', () => {
  it.each([
    [280, 'graphemes', '10 из 280 символов'],
    [281, 'graphemes', '10 из 281 символа'],
    [211, 'graphemes', '10 из 211 символов'],
    [4001, 'twitter', '10 из 4001 знака X'],
    [3000, 'twitter', '10 из 3000 знаков X'],
    [21, 'bytes', '10 из 21 байта'],
    [22, 'bytes', '10 из 22 байт'],
    [1, 'utf16', '10 из 1 единицы UTF-16'],
    [5, 'utf16', '10 из 5 единиц UTF-16'],
  ])('limit %d in %s: «%s»', (limit, unit, words) => {
    expect(trace('check.limit.ok', { count: 10, limit, unit, channel: 'Отзовик' })).toBe(`${words} — в пределах лимита канала Отзовик`);
    expect(trace('render.ok', { template: 't', voice: 'v', count: 10, limit, unit })).toBe(
      `шаблон \`t\` отрисован голосом \`v\`: ${words}`,
    );
    expect(sim('reply.length', { count: 10, limit, unit })).toBe(words.replace(' из ', ' / '));
    expect(lsp('describe.channel', { name: 'X', limit, unit })).toBe(`X: до ${words.slice('10 из '.length)}`);
  });

  it('in English, singular only for a limit of 1', () => {
    expect(simEn('reply.length', { count: 1, limit: 1, unit: 'twitter' })).toBe('1 / 1 X character');
    expect(simEn('reply.length', { count: 10, limit: 281, unit: 'graphemes' })).toBe('10 / 281 characters');
  });
});

describe('a priority in words', () => {
  it.each([
    ['low', 'низкий приоритет'],
    ['normal', 'обычный приоритет'],
    ['high', 'высокий приоритет'],
    ['urgent', 'срочно'],
  ])('%s → «%s» in the simulator, «(%s)» in the trace; English keeps the id', (priority, words) => {
    expect(sim('text.priority', { priority })).toBe(words);
    expect(sim('decision.priority', { priority })).toBe(` · ${words}`);
    expect(trace('escalate.fired', { id: 'e', team: 't', priority, why: 'w' })).toBe(`эскалация \`e\` → \`t\` (${words}): w`);
    expect(simEn('text.priority', { priority })).toBe(priority);
  });
});
