/** Variables, helpers and partials a template uses that replybook does not provide. */
import { BUILTIN_HELPERS, HELPERS, VARIABLES } from '../../template/vocabulary.js';
import type { PlaybookCheck } from '../check.js';
import { BUILTIN_SIGNALS } from '../builtins.js';
import { didYouMean, listIds, unknownName } from '../suggest.js';
import { TextPlacer } from './handlebars-source.js';
import { templateFacts } from './template-facts.js';
import { EXAMPLE_HEAD } from './util.js';

export const templateVocabulary: PlaybookCheck = {
  id: 'template',
  severity: 'error',
  description: 'Finds variables, helpers and partials used in templates that replybook and the playbook do not provide.',
  rules: {
    'unknown-variable': 'A template uses a variable that is not in the reply context.',
    'unknown-helper': 'A template calls a helper replybook does not provide.',
    'unknown-partial': 'A template includes a partial the playbook does not define.',
  },
  examples: [
    {
      title: 'known variables, helpers, signals and partials',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}types:\n  any: { fallback: true }\npartials:\n  sign-off: "Ваш {{brand}}"\ntemplates:\n  any:\n    when: { type: any }\n    text: "{{greeting}}, {{name author.name}}! {{signals.order-number}} {{> sign-off}}"\n`,
      },
      expect: [],
    },
    {
      title: 'a misspelt variable, an unknown helper and partial',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}types:\n  any: { fallback: true }\ntemplates:\n  any:\n    when: { type: any }\n    text: "{{greting}}, {{author.nmae}}! {{upper brand}} {{> footer}}"\n`,
      },
      expect: [
        { rule: 'template/unknown-variable', at: '12:14' },
        { rule: 'template/unknown-variable', at: '12:27' },
        { rule: 'template/unknown-helper', at: '12:44' },
        { rule: 'template/unknown-partial', at: '12:62' },
      ],
    },
  ],
  run(ctx) {
    const p = ctx.playbook;
    const signals = [...new Set([...BUILTIN_SIGNALS, ...p.signals.keys()])];
    const variables = [...Object.keys(VARIABLES).filter((v) => v !== 'signals.*'), ...signals.map((s) => `signals.${s}`)];
    const helpers = [...Object.keys(HELPERS), ...BUILTIN_HELPERS];
    const partials = [...p.partials.keys()];
    // A variable may also be an object whose fields are used (`author`), or a helper used bare (`{{greeting}}`).
    const prefixes = new Set(variables.flatMap((v) => v.split('.').map((_, i, a) => a.slice(0, i + 1).join('.'))));
    for (const { item, parsed } of templateFacts(ctx)) {
      // Nothing is known of a text that does not parse or was refused (other checks report why).
      if (!parsed?.ok) continue;
      const uses = parsed.uses;
      let placer: TextPlacer | null = null;
      for (const u of uses) {
        if (
          u.kind === 'partial'
            ? partials.includes(u.name)
            : u.kind === 'helper'
              ? helpers.includes(u.name)
              : prefixes.has(u.name) || helpers.includes(u.name)
        )
          continue;
        placer ??= new TextPlacer(ctx, item);
        const at = placer.at(u.loc.start, u.loc.end);
        if (u.kind === 'partial' && !partials.includes(u.name)) {
          ctx.report({
            at,
            rule: 'unknown-partial',
            message: `Unknown partial \`${u.name}\` in the ${item.kind} \`${item.id}\`, expected one of ${listIds(partials)}${didYouMean(u.name, partials)}`,
            ...unknownName('partial', u.name, partials),
          });
        } else if (u.kind === 'helper' && !helpers.includes(u.name)) {
          ctx.report({
            at,
            rule: 'unknown-helper',
            message: `Unknown helper \`${u.name}\` in the ${item.kind} \`${item.id}\`, expected one of ${listIds(helpers)}${didYouMean(u.name, helpers)}`,
            ...unknownName('helper', u.name, helpers),
          });
        } else if (u.kind === 'variable' && !prefixes.has(u.name) && !helpers.includes(u.name)) {
          const all = [...variables, ...Object.keys(HELPERS)];
          ctx.report({
            at,
            rule: 'unknown-variable',
            message: `Unknown variable \`${u.name}\` in the ${item.kind} \`${item.id}\`, expected one of ${listIds(variables, 20)}${didYouMean(u.name, all)}`,
            // The variables are expected; the suggestion may also be a helper used bare.
            ...unknownName('variable', u.name, all),
            expected: variables,
          });
        }
      }
    }
  },
};
