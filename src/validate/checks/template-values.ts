/**
 * What a template passes and reads that can only be wrong: a path through a property every
 * JavaScript object inherits (`{{this.constructor}}`, `{{@root.__proto__}}` — Handlebars renders
 * nothing for it, and the renderer refuses the template), and a literal argument a helper cannot
 * use (`{{formatDate "not a date"}}`, a style it does not know, an option it does not take — the
 * same check the helper makes on the values it receives when the reply is rendered).
 */
import type { PlaybookCheck } from '../check.js';
import { TextPlacer } from './handlebars-source.js';
import { templateFacts } from './template-facts.js';
import { EXAMPLE_HEAD } from './util.js';

const TYPES = 'types:\n  any: { fallback: true }\n';

export const templateValues: PlaybookCheck = {
  id: 'template',
  severity: 'error',
  description: 'Finds paths into JavaScript object internals and literal helper arguments that the helper cannot use.',
  rules: {
    'prototype-access':
      'A path names a property every JavaScript object inherits (`constructor`, `__proto__`, `prototype`, `toString`, …) in any segment: `{{this.constructor}}`, `{{@root.__proto__}}`, `{{../constructor}}`.',
    'helper-argument':
      'A helper is given a literal it cannot use (`{{formatDate "not a date"}}`, `{{formatDate due "YYYY"}}`, `{{plural "many" "день"}}`, `style="loud"`), more arguments than it takes, or an option it does not have.',
  },
  examples: [
    {
      title: 'variables of the reply and literals the helpers take',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}${TYPES}templates:\n  any:\n    when: { type: any }\n    text: "{{salutation author.name style=\\"casual\\"}} {{formatDate due \\"date\\"}}, {{formatDate \\"2026-03-03T10:15:00+03:00\\" \\"time\\"}}, {{plural 2 \\"день\\" \\"дня\\" \\"дней\\"}}"\n`,
      },
      expect: [],
    },
    {
      title: 'prototype properties and literals a helper cannot use',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}${TYPES}templates:\n  any:\n    when: { type: any }\n    text: "{{this.constructor}} {{@root.__proto__}} {{formatDate \\"not a date\\"}} {{formatDate due \\"YYYY\\"}} {{greeting style=\\"loud\\"}}"\n`,
      },
      expect: [
        { rule: 'template/prototype-access', at: '12:14' },
        { rule: 'template/prototype-access', at: '12:35' },
        { rule: 'template/helper-argument', at: '12:66' },
        { rule: 'template/helper-argument', at: '12:100' },
        { rule: 'template/helper-argument', at: '12:122' },
      ],
    },
  ],
  run(ctx) {
    for (const { item, parsed } of templateFacts(ctx)) {
      if (!parsed?.ok) continue;
      let placer: TextPlacer | null = null;
      for (const p of parsed.shape.problems) {
        if (p.rule !== 'prototype-access' && p.rule !== 'helper-argument') continue;
        placer ??= new TextPlacer(ctx, item);
        ctx.report({
          at: placer.at(p.loc.start, p.loc.end),
          rule: p.rule,
          message: `In the ${item.kind} \`${item.id}\`: ${p.message}`,
          ...(p.code
            ? { data: { kind: 'template-problem' as const, code: p.code, values: { ...p.values, of: item.kind, id: item.id } } }
            : {}),
        });
      }
    }
  },
};
