import { describe, expect, it } from 'vitest';
import { chooseTemplate, specificity, type TemplateFacts } from '../../src/template/index.js';
import { playbook, template } from './support.js';

const facts = (over: Partial<TemplateFacts> = {}): TemplateFacts => ({
  type: 'constructive',
  channel: 'vk',
  voice: 'official',
  locale: 'ru',
  signals: new Set(),
  escalations: new Set(),
  holding: false,
  ...over,
});

const pb = playbook({
  templates: [
    template('any', {}),
    template('constructive', { type: ['constructive'] }),
    template('constructive/vk', { type: ['constructive'], channel: ['vk'] }),
    template('constructive/x', { type: ['constructive'], channel: ['x'] }),
    template('constructive/order', { type: ['constructive'], signals: ['order-number'] }),
    template('constructive/unidentified', { type: ['constructive'], missing: ['order-number'], channel: ['otzovik'] }),
    template('constructive/legal', { type: ['constructive', 'non-constructive'], escalation: ['legal'] }),
    template('holding', { holding: true }),
    template('holding/legal', { holding: true, escalation: ['legal'] }),
    template('en', { type: ['constructive'], locale: ['en'], channel: ['vk'], voice: ['official'] }),
  ],
});

describe('chooseTemplate', () => {
  it.each([
    ['type only', facts({ channel: 'telegram' }), 'constructive'],
    ['type + channel beats type', facts(), 'constructive/vk'],
    ['tie (2 keys each): the first defined wins', facts({ signals: new Set(['order-number']) }), 'constructive/vk'],
    ['tie broken by channel not holding', facts({ channel: 'telegram', signals: new Set(['order-number']) }), 'constructive/order'],
    ['missing: holds when the signal is absent', facts({ channel: 'otzovik' }), 'constructive/unidentified'],
    ['missing: does not hold when present', facts({ channel: 'otzovik', signals: new Set(['order-number']) }), 'constructive/order'],
    ['escalation fired', facts({ channel: 'telegram', escalations: new Set(['legal']) }), 'constructive/legal'],
    ['unknown type falls to templates without type', facts({ type: 'positive' }), 'any'],
    ['a listed type', facts({ type: 'non-constructive', channel: 'x', escalations: new Set(['legal']) }), 'constructive/legal'],
    ['locale + voice + channel + type', facts({ locale: 'en' }), 'en'],
    ['holding reply takes only holding templates', facts({ holding: true }), 'holding'],
    ['most specific holding template', facts({ holding: true, escalations: new Set(['legal']) }), 'holding/legal'],
  ])('%s', (_title, f, expected) => {
    const choice = chooseTemplate(pb, f);
    expect(choice.template?.id).toBe(expected);
    expect(choice.trace[0].ok).toBe(true);
    expect(choice.trace[0].message).toContain(`\`${expected}\``);
  });

  it('never chooses a holding template for a normal reply', () => {
    const only = playbook({ templates: [template('holding', { holding: true })] });
    const choice = chooseTemplate(only, facts());
    expect(choice.template).toBeNull();
    expect(choice.error).toContain('the playbook has no template that applies to type `constructive`');
  });

  it('never chooses a normal template for a holding reply', () => {
    const only = playbook({ templates: [template('normal', { type: ['constructive'] })] });
    const choice = chooseTemplate(only, facts({ holding: true }));
    expect(choice.template).toBeNull();
    expect(choice.error).toMatch(/^No holding template/);
  });

  it('names the runners-up and why the winner won', () => {
    const { trace } = chooseTemplate(pb, facts({ signals: new Set(['order-number']) }));
    expect(trace[0].message).toBe(
      'template `constructive/vk`: its `when` holds (2 keys); runners-up: `constructive/order` (2 keys, defined later), `constructive` (1 key), `any` (0 keys)',
    );
    expect(trace[0].source?.path).toEqual(['templates', 'constructive/vk']);
  });

  it('says what was looked for when nothing holds', () => {
    const strict = playbook({
      templates: [
        template('x-only', { type: ['constructive'], channel: ['x'] }),
        template('ord', { type: ['constructive'], signals: ['order-number'] }),
      ],
    });
    const choice = chooseTemplate(strict, facts());
    expect(choice.template).toBeNull();
    expect(choice.error).toBe(
      'No template for type `constructive`, channel `vk`, voice `official`, locale `ru`, signals none, escalations none, normal reply; ' +
        'considered `x-only` (channel `x`, not `vk`), `ord` (signal `order-number` is missing)',
    );
    expect(choice.trace).toMatchObject([{ stage: 'template', message: choice.error, ok: false, say: { id: 'template.none' } }]);
    expect(chooseTemplate(strict, facts(), { trace: false }).trace).toEqual([{ stage: 'template', message: choice.error, ok: false }]);
  });

  it('says so when no template applies to the type at all', () => {
    const choice = chooseTemplate(playbook({ templates: [template('t', { type: ['positive'] })] }), facts());
    expect(choice.error).toContain('the playbook has no template that applies to type `constructive`');
  });

  it('is deterministic and cached per playbook', () => {
    const a = chooseTemplate(pb, facts());
    const b = chooseTemplate(pb, facts());
    expect(b).toEqual(a);
  });

  it.each([
    [{}, 0],
    [{ type: ['a', 'b'] }, 1],
    [{ type: ['a'], channel: ['b'], holding: true }, 3],
  ])('specificity(%j) = %i', (when, n) => {
    expect(specificity(when)).toBe(n);
  });
});
