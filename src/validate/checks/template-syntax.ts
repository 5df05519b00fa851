/**
 * Handlebars syntax errors in templates and partials, placed on the bad tag in the YAML file and
 * said in words (src/template/syntax-error.ts): an unclosed `{{#if}}`, a `{{/each}}` that closes
 * another block, a tag without its `}}`, a stray `}}` that Handlebars would keep as text. The
 * message is English, as every message is; a Russian playbook (`locale: ru`) gets the same
 * sentence in Russian as the note.
 */
import type { Locale } from '../../model/playbook.js';
import { strayClose, syntaxProblemSentence, type TemplateSyntaxError } from '../../template/syntax-error.js';
import type { CheckContext, PlaybookCheck } from '../check.js';
import { TextPlacer, type TemplateText } from './handlebars-source.js';
import { templateFacts } from './template-facts.js';
import { EXAMPLE_HEAD } from './util.js';

export const templateSyntax: PlaybookCheck = {
  id: 'template/syntax',
  severity: 'error',
  description:
    'Finds Handlebars syntax errors in template and partial texts and says them in words (an unclosed `{{#if}}`, a `{{/each}}` that closes another block, a tag without `}}`, a stray `}}`), at the line and column of the bad tag.',
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
    {
      title: 'an unclosed `{{#if}}`: the message says which block and where to close it',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}types:\n  any: { fallback: true }\ntemplates:\n  any:\n    when: { type: any }\n    text: |\n      {{greeting}}!\n      {{#if author.name}}{{author.name}}\n`,
      },
      expect: [{ rule: 'template/syntax', at: '14:40' }],
    },
    {
      title: 'a stray `}}`, which Handlebars would send to the customer as text',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}types:\n  any: { fallback: true }\ntemplates:\n  any:\n    when: { type: any }\n    text: 'Thanks, {{author.name}} }}!'\n`,
      },
      expect: [{ rule: 'template/syntax', at: '12:36' }],
    },
  ],
  run(ctx) {
    // A text the pre-scan refused was never parsed: `template/too-deep` and `template/too-many-tags` say why.
    for (const { item, parsed: r } of templateFacts(ctx)) {
      if (!r) continue;
      if (r.ok) {
        // A function of the text alone: memoised on it like the facts (an unchanged text is not scanned again).
        const stray = ctx.memo
          ? ctx.memo.getWith('memo:template-stray-close', item.text, () => strayClose(item.text))
          : strayClose(item.text);
        if (stray) report(ctx, item, stray);
        continue;
      }
      if (r.problem) report(ctx, item, { line: r.line, column: r.column, problem: r.problem });
      else
        ctx.report({
          at: new TextPlacer(ctx, item).at({ line: r.line, column: r.column }),
          message: `Handlebars syntax error in the ${item.kind} \`${item.id}\`: ${r.message}`,
        });
    }
  },
};

const KIND_RU: Record<TemplateText['kind'], string> = { template: 'шаблоне', partial: 'партиале' };

function report(ctx: CheckContext, item: TemplateText, e: TemplateSyntaxError): void {
  const placer = new TextPlacer(ctx, item);
  const p = e.problem;
  const locale: Locale = ctx.playbook.locale;
  const opened = 'opened' in p && p.opened && (p.opened.line !== e.line || p.opened.column !== e.column) ? p.opened : undefined;
  const openedRange = opened ? placer.range(opened) : undefined;
  const line = openedRange?.start.line;
  ctx.report({
    at: placer.at({ line: e.line, column: e.column }),
    message: `Handlebars syntax error in the ${item.kind} \`${item.id}\`: ${syntaxProblemSentence(p, 'en', line)}`,
    ...(locale === 'ru'
      ? { note: `Ошибка Handlebars в ${KIND_RU[item.kind]} \`${item.id}\`: ${syntaxProblemSentence(p, 'ru', line)}` }
      : {}),
    ...(openedRange && 'block' in p
      ? { related: [{ file: item.textSource.file, range: openedRange, message: `\`{{#${p.block}}}\` is opened here` }] }
      : {}),
    data: {
      kind: 'template-syntax',
      problem: p.problem,
      ...('block' in p ? { block: p.block } : {}),
      ...('close' in p && p.problem !== 'brace-mismatch' ? { close: p.close } : {}),
    },
  });
}
