/** Handlebars syntax errors in templates and partials, placed on the bad tag in the YAML file. */
import type { PlaybookCheck } from '../check.js';
import { TextPlacer } from './handlebars-source.js';
import { templateFacts } from './template-facts.js';
import { EXAMPLE_HEAD } from './util.js';

export const templateSyntax: PlaybookCheck = {
  id: 'template/syntax',
  severity: 'error',
  description: 'Finds Handlebars syntax errors in template and partial texts, at the line and column of the bad tag.',
  examples: [
    {
      title: 'well-formed tags',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}types:\n  any: { fallback: true }\ntemplates:\n  any:\n    when: { type: any }\n    text: |\n      {{greeting}}!\n      {{#if author.name}}{{author.name}}{{/if}}\n`,
      },
      expect: [],
    },
    {
      title: 'an unclosed tag in a block scalar',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}types:\n  any: { fallback: true }\ntemplates:\n  any:\n    when: { type: any }\n    text: |\n      {{greeting}}!\n      Hello {{author.name\n`,
      },
      expect: [{ rule: 'template/syntax', at: '14:25' }],
    },
  ],
  run(ctx) {
    // A text the pre-scan refused was never parsed: `template/too-deep` and `template/too-many-tags` say why.
    for (const { item, parsed: r } of templateFacts(ctx)) {
      if (!r || r.ok) continue;
      const placer = new TextPlacer(ctx, item);
      ctx.report({
        at: placer.at({ line: r.line, column: r.column }),
        message: `Handlebars syntax error in the ${item.kind} \`${item.id}\`: ${r.message}`,
      });
    }
  },
};
