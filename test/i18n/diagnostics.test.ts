/**
 * Diagnostics in the reader's language: the message rendered from the catalogue by rule id, from the
 * diagnostic's data, expected, actual and path — never from its English message — and the English
 * diagnostic untouched.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { FILE_START } from '../../src/diagnostics/diagnostic.js';
import { localDiagnostic } from '../../src/report/diagnostic-message.js';
import { stylishSummary } from '../../src/report/stylish.js';

const at = { file: 'pb/playbook.yaml', range: FILE_START, severity: 'error' as const };

/** A diagnostic whose English message is a placeholder: the Russian one must not depend on it. */
function diag(d: Omit<Diagnostic, 'file' | 'range' | 'severity' | 'message'>): Diagnostic {
  return { ...at, message: 'ENGLISH', ...d };
}

describe('localDiagnostic (ru)', () => {
  it.each<[string, Diagnostic, string]>([
    [
      'ref/unknown-type with a suggestion',
      diag({
        ruleId: 'ref/unknown-type',
        expected: ['constructive', 'positive'],
        actual: 'constructiv',
        data: { kind: 'unknown-name', of: 'type', name: 'constructiv', suggestion: 'constructive' },
      }),
      'Неизвестный тип `constructiv`, допустимы: `constructive`, `positive` — может быть, `constructive`?',
    ],
    [
      'ref/unknown-team, feminine',
      diag({ ruleId: 'ref/unknown-team', expected: [], data: { kind: 'unknown-name', of: 'team', name: 'legal' } }),
      'Неизвестная команда `legal`, допустимы: (ничего не определено)',
    ],
    [
      'schema/unknown-property at the top level',
      diag({
        ruleId: 'schema/unknown-property',
        path: ['extra'],
        expected: ['brand', 'locale'],
        data: { kind: 'unknown-name', of: 'property', name: 'extra' },
      }),
      'Неизвестное свойство `extra` в корне файла, допустимы: `brand`, `locale`',
    ],
    [
      'schema/unknown-property deeper, with more names than are listed',
      diag({
        ruleId: 'schema/unknown-property',
        path: ['templates', 'a/b', 'when', 'chanel'],
        expected: Array.from({ length: 22 }, (_, i) => `k${i}`),
        data: { kind: 'unknown-name', of: 'property', name: 'chanel' },
      }),
      `Неизвестное свойство \`chanel\` в templates.a/b.when, допустимы: ${Array.from({ length: 20 }, (_, i) => `\`k${i}\``).join(', ')} и ещё 2`,
    ],
    [
      'schema/required',
      diag({ ruleId: 'schema/required', path: ['channels', 'vk'], expected: ['limit'] }),
      'Не хватает обязательного свойства `limit` в channels.vk',
    ],
    [
      'schema/type',
      diag({ ruleId: 'schema/type', path: ['channels', 'vk', 'limit'], expected: ['a whole number'], actual: '`many`' }),
      'Для channels.vk.limit ожидается целое число, а указано `many`',
    ],
    [
      'tone/avoid, inflected, with a preferred phrase',
      diag({
        ruleId: 'tone/avoid',
        path: ['templates', 'sorry/late', 'text'],
        data: { kind: 'avoided-phrase', phrase: 'проблема', found: 'проблемы', inflected: true, prefer: 'ситуация' },
      }),
      'В шаблоне `sorry/late` есть «проблема» (в форме «проблемы») — тон голоса этого избегает; лучше «ситуация»',
    ],
    [
      'tone/emoji: none allowed',
      diag({ ruleId: 'tone/emoji', path: ['templates', 't', 'text'], data: { kind: 'over-limit', unit: 'emoji', count: 2, limit: 0 } }),
      'В шаблоне `t` эмодзи: 2; тон голоса не допускает эмодзи',
    ],
    [
      'tone/exclamations: Russian plural of the count',
      diag({
        ruleId: 'tone/exclamations',
        path: ['templates', 't', 'text'],
        data: { kind: 'over-limit', unit: 'exclamation marks', count: 5, limit: 1 },
      }),
      'В шаблоне `t` 5 восклицательных знаков; тон голоса допускает не больше 1',
    ],
    [
      'channel/too-long',
      diag({
        ruleId: 'channel/too-long',
        path: ['templates', 't', 'text'],
        data: { kind: 'over-limit', unit: 'characters', count: 301, limit: 280, channel: 'x' },
      }),
      'Шаблон `t` с подписью занимает не меньше 301 символа даже с самыми короткими значениями — больше лимита 280 канала `x` на 21',
    ],
    [
      'template/syntax from its data',
      diag({
        ruleId: 'template/syntax',
        path: ['templates', 't', 'text'],
        data: { kind: 'template-syntax', problem: 'close-without-open', close: 'if' },
      }),
      'Ошибка Handlebars в шаблоне `t`: `{{/if}}` закрывает блок, который не был открыт: добавьте перед ним `{{#if …}}` или удалите его',
    ],
    [
      'a failing sample complaint',
      diag({
        ruleId: 'test/type-mismatch',
        expected: ['positive'],
        actual: 'constructive',
        data: { kind: 'expectation', complaint: 'anna', playbook: 'pb', field: 'type' },
      }),
      'Пример жалобы `anna` (type) получает не то, что ожидает',
    ],
  ])('%s', (_, d, message) => {
    expect(localDiagnostic(d, 'ru').message).toBe(message);
  });

  it('keeps the English message of a rule without a translation, or when the data is missing', () => {
    const noEntry = diag({ ruleId: 'schedule/timezone' });
    expect(localDiagnostic(noEntry, 'ru')).toBe(noEntry);
    const noData = diag({ ruleId: 'tone/avoid', path: ['templates', 't', 'text'] });
    expect(localDiagnostic(noData, 'ru').message).toBe('ENGLISH');
  });

  it('replaces the note and the related messages it has words for, and nothing else', () => {
    const first = {
      file: 'pb/types.yaml',
      range: { ...FILE_START, start: { line: 3, column: 1, offset: 9 } },
      message: 'first defined here',
    };
    const d = diag({ ruleId: 'ref/duplicate-id', related: [first], data: { kind: 'duplicate', of: 'type', id: 'a', first: 'a' } });
    const ru = localDiagnostic(d, 'ru');
    expect(ru.message).toBe('Тип `a` уже определён в pb/types.yaml:3; id должны быть уникальны во всех файлах playbook');
    expect(ru.related).toEqual([{ ...first, message: 'первое определение' }]);
    expect(d.related?.[0].message).toBe('first defined here');
    const syntax = diag({
      ruleId: 'template/syntax',
      path: ['templates', 't', 'text'],
      note: 'Ошибка Handlebars в шаблоне `t`: …',
      data: { kind: 'template-syntax', problem: 'unclosed-comment' },
    });
    // A Russian playbook's syntax error carries the Russian sentence as its note: not said twice.
    expect(localDiagnostic(syntax, 'ru').note).toBeUndefined();
  });

  it('returns the diagnostic itself in English', () => {
    const d = diag({ ruleId: 'ref/unknown-type', data: { kind: 'unknown-name', of: 'type', name: 'x' } });
    expect(localDiagnostic(d, 'en')).toBe(d);
  });
});

describe('stylishSummary', () => {
  const many = (errors: number, warnings: number): Diagnostic[] => [
    ...Array.from({ length: errors }, () => diag({ ruleId: 'x/y' })),
    ...Array.from({ length: warnings }, () => ({ ...diag({ ruleId: 'x/y' }), severity: 'warning' as const })),
  ];
  it.each([
    [1, 0, '✖ 1 проблема (1 ошибка, 0 предупреждений)'],
    [2, 3, '✖ 5 проблем (2 ошибки, 3 предупреждения)'],
    [0, 21, '⚠ 21 проблема (0 ошибок, 21 предупреждение)'],
    [5, 0, '✖ 5 проблем (5 ошибок, 0 предупреждений)'],
  ])('%i errors and %i warnings in Russian: %s', (errors, warnings, line) => {
    expect(stylishSummary(many(errors, warnings), { lang: 'ru' })).toBe(line);
  });

  it('English stays as it was, numbers unformatted', () => {
    expect(stylishSummary(many(1000, 1))).toBe('✖ 1001 problems (1000 errors, 1 warning)');
    expect(stylishSummary([], { files: ['a', 'b'] })).toBe('✔ No problems found in 2 files');
    expect(stylishSummary([], { files: ['a', 'b'], lang: 'ru' })).toBe('✔ Проблем не найдено в 2 файлах');
  });
});
