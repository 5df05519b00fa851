/**
 * What keeps a template bounded, checked before anything renders it: the pre-scan's limits on
 * nesting and tags (a refused text is never parsed), partials included only by their literal id,
 * no partial including itself, and each template's worst-case expansion through its partials and
 * loops under `MAX_TEMPLATE_EXPANSION`. The renderer refuses the same texts, so `test`, `sim` and
 * `build` never run what `check` reports here.
 */
import { groupDigits } from '../../model/mention-limits.js';
import { MAX_SUBEXPRESSION_NESTING, MAX_TEMPLATE_NESTING, MAX_TEMPLATE_TAGS } from '../../template/prescan.js';
import {
  expansionOf,
  formatSize,
  loopBound,
  MAX_TEMPLATE_EXPANSION,
  partialGraph,
  SIZE_CAP,
  type Expansion,
} from '../../template/expansion.js';
import { MAX_PLAYBOOK_TAGS } from '../../template/render.js';
import type { TemplateShape } from '../../template/analyse.js';
import type { PlaybookCheck } from '../check.js';
import { TextPlacer } from './handlebars-source.js';
import { templateFacts, type TextFacts } from './template-facts.js';
import { EXAMPLE_HEAD } from './util.js';

const n = groupDigits;

const TYPES = 'types:\n  any: { fallback: true }\n';

export const templateBounds: PlaybookCheck = {
  id: 'template',
  severity: 'error',
  description:
    'Refuses templates that could not be parsed, compiled or rendered in bounded time and memory: deep nesting, too many tags, partials not named by their id, partials that include themselves, and templates whose worst-case expansion is over the limit.',
  rules: {
    'too-deep': `Blocks nest deeper than ${MAX_TEMPLATE_NESTING} levels, or sub-expressions \`(…)\` deeper than ${MAX_SUBEXPRESSION_NESTING} in one tag; the text is refused before parsing.`,
    'too-many-tags': `A template or partial has more than ${n(MAX_TEMPLATE_TAGS)} tags, or all of them together more than ${n(MAX_PLAYBOOK_TAGS)}; the text is refused before parsing.`,
    'dynamic-partial':
      'A partial is included by something other than its literal id: a sub-expression `{{> (…)}}`, a path `{{> ../x}}` or `{{> "../x"}}`, an escaped `{{> [x]}}`, `@partial-block`.',
    'inline-partial':
      'A template defines an inline partial or uses a decorator (`{{#*inline}}`, `{{* …}}`); partials are defined in the playbook.',
    'partial-recursion': 'A partial includes itself, directly or through other partials.',
    'too-large': `A template's worst-case expansion (its text with every partial written in and every \`{{#each}}\` body repeated for the most entries it can iterate) is over ${n(MAX_TEMPLATE_EXPANSION)} characters.`,
  },
  examples: [
    {
      title: 'partials within bounds, a loop over signals',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}${TYPES}partials:\n  sign-off: "{{> brand-line}}"\n  brand-line: "Ваш {{brand}}"\ntemplates:\n  any:\n    when: { type: any }\n    text: "{{greeting}}! {{#each signals}}{{@key}} {{/each}}{{> sign-off}} {{> sign-off}}"\n`,
      },
      expect: [],
    },
    {
      title: 'nesting, dynamic and recursive partials, and a partial that doubles ten times',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}${TYPES}partials:
  loop: "{{> loop}}"
${Array.from({ length: 14 }, (_, i) => `  p${i + 1}: "${i === 0 ? 'x'.repeat(20) : `{{> p${i}}}{{> p${i}}}`}"`).join('\n')}
templates:
  any:
    when: { type: any }
    text: "${'{{#if author.name}}'.repeat(MAX_TEMPLATE_NESTING + 1)}x${'{{/if}}'.repeat(MAX_TEMPLATE_NESTING + 1)}"
  paths:
    when: { type: any, channel: vk }
    text: "{{> (greeting)}} {{> \\"../x\\"}} {{#*inline \\"y\\"}}y{{/inline}}"
  big:
    when: { type: any, voice: official }
    text: "{{> p14}}"
`,
      },
      expect: [
        { rule: 'template/partial-recursion', at: '10:14' },
        { rule: 'template/too-large', at: '24:13' },
        { rule: 'template/too-deep', at: '28:620' },
        { rule: 'template/dynamic-partial', at: '31:16' },
        { rule: 'template/dynamic-partial', at: '31:33' },
        { rule: 'template/inline-partial', at: '31:44' },
        { rule: 'template/too-large', at: '34:16' },
      ],
    },
  ],
  run(ctx) {
    const facts = templateFacts(ctx);
    const partialFacts = new Map<string, TextFacts>();
    const shapes = new Map<string, TemplateShape | null>();
    for (const f of facts) {
      if (f.item.kind !== 'partial') continue;
      partialFacts.set(f.item.id, f);
      shapes.set(f.item.id, f.parsed?.ok ? f.parsed.shape : null);
    }
    const graph = partialGraph(shapes, loopBound(ctx.playbook));
    const placers = new Map<TextFacts, TextPlacer>();
    const placer = (f: TextFacts): TextPlacer => {
      let p = placers.get(f);
      if (!p) placers.set(f, (p = new TextPlacer(ctx, f.item)));
      return p;
    };
    const name = (f: TextFacts): string => `${f.item.kind} \`${f.item.id}\``;

    for (const f of facts) {
      const refused = f.scan.problem;
      if (refused) {
        const at = { file: f.item.textSource.file, range: placer(f).offsets(refused.start, refused.end), path: f.item.textSource.path };
        ctx.report({
          at,
          rule: refused.rule,
          message: `The ${name(f)} is refused before parsing: ${refused.message}`,
          data: { kind: 'template-problem', code: refused.code, values: { of: f.item.kind, id: f.item.id, ...refused.values } },
        });
        continue;
      }
      if (f.overTotal) {
        ctx.report({
          at: placer(f).at({ line: 1, column: 0 }),
          rule: 'too-many-tags',
          message: `The playbook's templates and partials hold more than ${n(MAX_PLAYBOOK_TAGS)} tags together (the limit is ${n(MAX_PLAYBOOK_TAGS)}); the ${name(f)} and the texts after it are not parsed`,
          data: { kind: 'template-problem', code: 'playbook-tags', values: { of: f.item.kind, id: f.item.id, limit: MAX_PLAYBOOK_TAGS } },
        });
        continue;
      }
      if (!f.parsed?.ok) continue;
      for (const p of f.parsed.shape.problems) {
        if (p.rule !== 'dynamic-partial' && p.rule !== 'inline-partial') continue;
        ctx.report({
          at: placer(f).at(p.loc.start, p.loc.end),
          rule: p.rule,
          message: `In the ${name(f)}: ${p.message}`,
          data: { kind: 'template-problem', code: p.code, values: { ...p.values, of: f.item.kind, id: f.item.id } },
        });
      }
    }

    for (const c of graph.cycles) {
      const f = partialFacts.get(c.in)!;
      const path = c.cycle.map((id) => `\`${id}\``).join(' → ');
      ctx.report({
        at: placer(f).at(c.call.loc.start, c.call.loc.end),
        rule: 'partial-recursion',
        message:
          c.cycle.length === 2
            ? `The partial \`${c.in}\` includes itself; a partial cannot include itself, directly or through others`
            : `The partial \`${c.call.name}\` includes itself through ${path}; a partial cannot include itself, directly or through others`,
        data:
          c.cycle.length === 2
            ? { kind: 'subject', of: 'partial', id: c.in }
            : { kind: 'subject', of: 'partial', id: c.call.name, cycle: c.cycle },
      });
    }

    for (const f of facts) {
      if (!f.parsed?.ok) continue;
      const shape = f.parsed.shape;
      const x = expansionOf(shape, graph);
      const atLeast = x.recursive ? 'at least ' : '';
      // With a cycle the size leaves the cycle out: still a lower bound, worth reporting when over.
      if (x.size <= MAX_TEMPLATE_EXPANSION) continue;
      if (f.item.kind === 'partial') {
        if (graph.recursive.has(f.item.id)) continue;
        // A partial is reported where the size starts: when none of the partials it includes is over the limit.
        if (shape.calls.some((call) => (graph.size.get(call.name) ?? 0) > MAX_TEMPLATE_EXPANSION)) continue;
      }
      const why = reason(x, shape, graph.loops);
      const loc = why.at ?? { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };
      ctx.report({
        at: placer(f).at(loc.start, loc.end),
        rule: 'too-large',
        message: `The ${name(f)} expands to ${atLeast}${formatSize(x.size)} characters in the worst case, over the limit of ${n(MAX_TEMPLATE_EXPANSION)}: ${why.text}`,
        data: {
          kind: 'template-problem',
          code: 'expansion',
          values: {
            of: f.item.kind,
            id: f.item.id,
            size: x.size,
            recursive: x.recursive ? 1 : 0,
            limit: MAX_TEMPLATE_EXPANSION,
            ...why.values,
          },
        },
      });
    }
  },
};

/**
 * What makes an expansion large, where to point, and the values of its sentence: `reason` is
 * `partial` (`partial`, `partialSize`, `includes`, `repeat` — 0 outside loops), `loops` (`loops`,
 * `depth`) or `own`.
 */
function reason(
  x: Expansion,
  shape: TemplateShape,
  loops: number,
): { text: string; at: TemplateShape['firstLoop']; values: Record<string, string | number> } {
  if (x.largest && x.largest.size * 2 >= x.size) {
    const { name, size, includes, call } = x.largest;
    const times = includes === 1 ? 'included here' : `included ${includes} times (first here)`;
    const repeated =
      call.loops > 0 ? `, repeated up to ${formatSize(loops ** call.loops)} times by the \`{{#each}}\` blocks around it` : '';
    return {
      text: `the partial \`${name}\`, ${times}${repeated}, makes ${formatSize(size)} of them`,
      at: call.loc,
      values: {
        reason: 'partial',
        partial: name,
        partialSize: size,
        includes,
        repeat: call.loops > 0 ? Math.min(loops ** call.loops, SIZE_CAP) : 0,
      },
    };
  }
  if (shape.firstLoop) {
    const depth = shape.chars.length - 1;
    return {
      text: `each \`{{#each}}\` repeats its body up to ${loops} times (the most entries a value of the reply context has), and loops nest ${depth} deep`,
      at: shape.firstLoop,
      values: { reason: 'loops', loops, depth },
    };
  }
  return { text: 'its own text and the partials it includes add up to that', at: x.largest?.call.loc ?? null, values: { reason: 'own' } };
}
