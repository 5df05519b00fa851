/** Handlebars syntax errors in templates and partials, placed on the bad tag in the YAML file. */
import type { PlaybookCheck } from '../check.js';
import { parseTemplate, templateTexts, TextPlacer } from './handlebars-source.js';
import { EXAMPLE_HEAD } from './util.js';

export const templateSyntax: PlaybookCheck = {
  id: 'template/syntax',
  severity: 'error',
  description: 'Finds Handlebars syntax errors in template and partial texts, at the line and column of the bad tag.',
  examples: [
    {
      title: 'well-formed tags',
      files: { 'playbook.yaml': `${EXAMPLE_HEAD}types:\n  any: { fallback: true }\ntemplates:\n  any:\n    when: { type: any }\n    text: |\n      {{greeting}}!\n      {{#if author.name}}{{author.name}}{{/if}}\n` },
      expect: [],
    },
    {
      title: 'an unclosed tag in a block scalar',
      files: { 'playbook.yaml': `${EXAMPLE_HEAD}types:\n  any: { fallback: true }\ntemplates:\n  any:\n    when: { type: any }\n    text: |\n      {{greeting}}!\n      Hello {{author.name\n` },
      expect: ['template/syntax'],
    },
  ],
  run(ctx) {
    for (const item of templateTexts(ctx)) {
      // Only the error is kept (not the syntax tree): it depends on the text alone.
      const parse = () => {
        const x = parseTemplate(item.text);
        return x.ok ? null : x;
      };
      const r = ctx.memo ? ctx.memo.get(`template/syntax\u0000${item.text}`, parse) : parse();
      if (!r) continue;
      const placer = new TextPlacer(ctx, item);
      ctx.report({ at: placer.at({ line: r.line, column: r.column }), message: `Handlebars syntax error in the ${item.kind} \`${item.id}\`: ${r.message}` });
    }
  },
};
