/**
 * The pieces of the agent handbook: examples chosen from the sample complaints that select each
 * template (at most five, one per channel first), the fixed example when none does, durations and
 * deadlines in words in both languages, and the handbook's catalogue.
 */
import { describe, expect, it } from 'vitest';
import {
  dueWords,
  EXAMPLES_PER_TEMPLATE,
  handbookDocument,
  humanName,
  sampleExamples,
  templateExampleRenderer,
  withinWords,
  wordsFor,
  type Block,
} from '../../src/build/index.js';
import { translate } from '../../src/i18n/index.js';
import { handbookMessages } from '../../src/i18n/catalogs/handbook.js';
import type { Complaint } from '../../src/model/outcome.js';
import type { ComplaintResult } from '../../src/model/test-result.js';
import { miniPlaybook, miniSamples, outcome } from './support/mini-playbook.js';

const R = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/** `n` complaints on the channels given in turn, all selecting `template`. */
function selecting(template: string, n: number, channels: string[]): { complaints: Complaint[]; results: ComplaintResult[] } {
  const complaints: Complaint[] = [];
  const results: ComplaintResult[] = [];
  for (let i = 0; i < n; i++) {
    const id = `c-${i}`;
    const channel = channels[i % channels.length]!;
    complaints.push({
      id,
      text: `Жалоба номер ${i}`,
      channel,
      author: { name: `Клиент ${i}` },
      at: '2026-03-02T10:15:00+03:00',
      file: 'complaints.yaml',
      source: { file: 'complaints.yaml', range: R, path: [] },
      expect: {},
    });
    const o = outcome({ type: 'constructive', due: '2026-03-03T14:10:00+03:00', template, reply: `Ответ клиенту ${i}` });
    results.push({ playbook: 'mini', id, channel, file: 'complaints.yaml', range: R, outcome: o, failures: [], passed: true });
  }
  return { complaints, results };
}

const replies = (blocks: Block[]): Array<Extract<Block, { kind: 'reply' }>> =>
  blocks.flatMap((b) => (b.kind === 'group' ? replies(b.blocks) : b.kind === 'reply' ? [b] : []));

describe('examples from the sample complaints', () => {
  it('takes at most five per template however many samples select it, one per channel first', () => {
    const { complaints, results } = selecting('constructive/default', 40, ['vk', 'vk', 'vk', 'x', 'otzovik']);
    const chosen = sampleExamples(complaints, results).get('constructive/default')!;
    expect(EXAMPLES_PER_TEMPLATE).toBe(5);
    expect(chosen).toHaveLength(5);
    // every channel first (c-0 vk, c-3 x, c-4 otzovik), then the next ones in file order
    expect(chosen.map((e) => e.complaint.id)).toEqual(['c-0', 'c-1', 'c-2', 'c-3', 'c-4']);
    expect(new Set(chosen.map((e) => e.complaint.channel))).toEqual(new Set(['vk', 'x', 'otzovik']));
    const spread = selecting('t', 40, ['vk', 'vk', 'vk', 'vk', 'vk', 'vk', 'x']);
    expect(
      sampleExamples(spread.complaints, spread.results)
        .get('t')!
        .map((e) => e.complaint.channel),
    ).toContain('x');
  });

  it('skips samples without a finished reply', () => {
    const { complaints, results } = selecting('t', 3, ['vk']);
    results[0]!.outcome.reply = null;
    results[1]!.outcome.errors = ['no template matched'];
    expect(
      sampleExamples(complaints, results)
        .get('t')!
        .map((e) => e.complaint.id),
    ).toEqual(['c-2']);
  });

  it('renders each template’s replies from its own samples — customer, text, deadline — and falls back to the fixed example', () => {
    const playbook = miniPlaybook();
    const many = selecting('constructive/default', 12, ['vk', 'x', 'otzovik']);
    const doc = handbookDocument({ playbook, ...many, render: templateExampleRenderer(playbook) });
    const all = replies(doc);
    const mine = all.filter((r) => r.id.startsWith('reply-'));
    expect(mine).toHaveLength(5);
    expect(mine[0]).toMatchObject({
      label: 'Пример — ВКонтакте, пишет Клиент 0',
      quote: 'Жалоба номер 0',
      text: 'Ответ клиенту 0',
      tags: { type: ['constructive'], channel: ['vk'], team: [] },
    });
    expect(mine[0]!.meta).toContainEqual({ strong: 'ответить до 3 марта, 14:10 МСК' });
    // the other templates: no sample selects them, so the fixed example, marked
    const fixed = all.filter((r) => r.id.startsWith('example-'));
    expect(fixed.length).toBeGreaterThan(0);
    for (const r of fixed) expect(r.label).toMatch(/^Условный пример — .*\(ни одна тестовая жалоба не выбирает этот шаблон\)$/);
    expect(fixed.some((r) => r.text.includes('Виктория'))).toBe(true);
  });

  it('tags the replies with the teams of their escalations, for the team view', () => {
    const playbook = miniPlaybook();
    const doc = handbookDocument({ playbook, ...miniSamples(playbook), render: templateExampleRenderer(playbook) });
    const legal = replies(doc).filter((r) => r.tags.team.includes('legal'));
    expect(legal.map((r) => r.id)).toEqual(['reply-viktoria-late']);
  });

  it.each([
    ['ru', 'Время указано по МСК (Europe/Moscow).'],
    ['en', 'Times are in MSK (Europe/Moscow).'],
  ] as const)('names the time zone as a %s reader knows it, the IANA name beside it', (locale, sentence) => {
    const playbook = miniPlaybook({ locale });
    const doc = handbookDocument({ playbook, ...miniSamples(playbook), render: templateExampleRenderer(playbook) });
    const intro = doc.find((b) => b.kind === 'paragraph');
    expect(intro?.kind === 'paragraph' && String(intro.content[0])).toContain(sentence);
  });
});

describe('human names', () => {
  it('is the description’s first sentence, the rest kept; the id without a description', () => {
    expect(humanName('profanity', 'Мат и оскорбления. Скрываем.')).toEqual({ name: 'Мат и оскорбления', more: 'Скрываем.' });
    expect(humanName('x', 'X — коротко')).toEqual({ name: 'X — коротко' });
    expect(humanName('x', 'Одно предложение.')).toEqual({ name: 'Одно предложение' });
    expect(humanName('x/y', undefined)).toEqual({ name: 'x/y' });
  });
});

describe('durations and deadlines in words', () => {
  const ru = wordsFor('ru');
  const en = wordsFor('en');
  it.each([
    [{ kind: 'business-days', days: 1, text: '' }, 'в течение 1 рабочего дня', 'within 1 business day'],
    [{ kind: 'business-days', days: 3, text: '' }, 'в течение 3 рабочих дней', 'within 3 business days'],
    [{ kind: 'business-days', days: 21, text: '' }, 'в течение 21 рабочего дня', 'within 21 business days'],
    [{ kind: 'business-minutes', minutes: 120, text: '' }, 'в течение 2 рабочих часов', 'within 2 business hours'],
    [{ kind: 'business-minutes', minutes: 30, text: '' }, 'в течение 30 рабочих минут', 'within 30 business minutes'],
    [{ kind: 'calendar', minutes: 60, text: '' }, 'в течение 1 часа', 'within 1 hour'],
    [{ kind: 'calendar', minutes: 2880, text: '' }, 'в течение 2 дней', 'within 2 days'],
    [{ kind: 'calendar', minutes: 1, text: '' }, 'в течение 1 минуты', 'within 1 minute'],
    [{ kind: 'end-of-business-day', offset: 0, text: '' }, 'до конца рабочего дня', 'by the end of the business day'],
    [{ kind: 'end-of-business-day', offset: 1, text: '' }, 'до конца следующего рабочего дня', 'by the end of the next business day'],
  ] as const)('%j → «%s» / "%s"', (d, inRussian, inEnglish) => {
    expect(withinWords(d, ru)).toBe(inRussian);
    expect(withinWords(d, en)).toBe(inEnglish);
  });

  it('says a deadline in the playbook’s zone with its name', () => {
    expect(dueWords('2026-03-03T14:10:00+03:00', 'ru', 'Europe/Moscow', ru)).toBe('ответить до 3 марта, 14:10 МСК');
    expect(dueWords('2026-03-03T14:10:00+03:00', 'en', 'Europe/Moscow', en)).toBe('reply by 3 March, 14:10 MSK');
    expect(dueWords('2026-03-03T14:10:00+03:00', 'ru', 'Asia/Yekaterinburg', ru)).toBe('ответить до 3 марта, 16:10 МСК+2');
  });
});

describe('the handbook catalogue', () => {
  it('has Russian plurals', () => {
    const t = translate(handbookMessages, 'ru');
    expect([0, 1, 2, 5].map((n) => t('maxExclamations', { n }))).toEqual([
      'Без восклицательных знаков.',
      'Не больше 1 восклицательного знака в ответе.',
      'Не больше 2 восклицательных знаков в ответе.',
      'Не больше 5 восклицательных знаков в ответе.',
    ]);
  });

  it('leaves {n} in the page’s own messages for the script to fill', () => {
    expect(wordsFor('ru')('showing', { n: '{n}' })).toBe('Показано ответов: {n}');
    expect(wordsFor('en')('searchFound', { n: '{n}' })).toBe('Replies found: {n}');
  });
});
