import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { compileTemplates, renderReply } from '../../src/template/index.js';
import { boundFor, lengthBound } from '../../src/template/length-bound.js';
import type { ReplyContext } from '../../src/template/context.js';
import { ctx, playbook, template } from './support.js';

/** The longest text any value of `c` is (at least 24, as `channel/too-long` takes it). */
function longestValue(c: ReplyContext): number {
  let n = 24;
  const walk = (v: unknown): void => {
    if (typeof v === 'string') n = Math.max(n, v.length);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(c);
  return n;
}

const bounded = [
  'Hello',
  '{{brand}}',
  '{{salutation author.name}} Спасибо, что написали.',
  '{{salutation author.name style="casual"}}',
  '{{greeting}}, {{name author.name}}! {{dear author.name}}',
  '{{name author.name fallback="дорогой покупатель"}}',
  '{{formatDate due}} {{formatDate due "date"}} {{formatDate at "time"}}',
  '{{plural 3 "день" "дня" "дней"}} {{plural signals.order-number "заказ" "заказа" "заказов"}}',
  '{{#if signals.order-number}}Заказ {{signals.order-number}}{{else}}Номер заказа?{{/if}}',
  '{{#unless author.name}}Здравствуйте{{else}}{{salutation (name author.name)}}{{/unless}}',
  '{{#with channel}}{{name}} {{id}}{{/with}} {{! a comment }}',
  '{{this}} {{author}} {{channel}}',
  '{{~brand~}}   {{channel.name}}',
];

const unbounded = ['{{#each signals}}{{@key}}{{/each}}', '{{> sign-off}}', '{{#salutation}}x{{/salutation}}', '{{lookup author "name"}}'];

describe('lengthBound', () => {
  const people: Array<Partial<ReplyContext>> = [
    {},
    { author: { name: 'ВИКТОРИЯ ПЕТРОВА-ВОДКИНА' } },
    { author: { name: 'x'.repeat(70) } },
    { author: {}, signals: { 'order-number': '123456789012345678901234' } },
    { brand: 'Очень длинное название магазина для проверки', locale: 'en' },
  ];
  it.each(bounded)('bounds what %j renders to, whatever the values', (text) => {
    const bound = lengthBound(Handlebars.parse(text));
    expect(bound).not.toBeNull();
    const rt = compileTemplates(playbook({ templates: [template('t', {}, text)] }));
    let rendered = 0;
    for (const over of people) {
      const c = ctx(over);
      const out = renderReply(rt, 't', c);
      if ('error' in out) continue;
      rendered++;
      expect(out.text.length).toBeLessThanOrEqual(boundFor(bound!, longestValue(c)));
    }
    expect(rendered).toBeGreaterThan(0);
  });

  it.each(unbounded)('gives no bound for %j', (text) => {
    expect(lengthBound(Handlebars.parse(text))).toBeNull();
  });

  it('counts literal text exactly and a value once per tag', () => {
    expect(lengthBound(Handlebars.parse('ab {{brand}} {{brand}}'))).toEqual({ fixed: 4, values: 2 });
  });
});
