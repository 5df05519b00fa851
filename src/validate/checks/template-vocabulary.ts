/** Variables, helpers and partials a template uses that replybook does not provide. */
import { BUILTIN_HELPERS, HELPERS, VARIABLES } from '../../template/vocabulary.js';
import type { PlaybookCheck } from '../check.js';
import { BUILTIN_SIGNALS } from '../builtins.js';
import { didYouMean, listIds } from '../suggest.js';
import { parseTemplate, templateTexts, TextPlacer } from './handlebars-source.js';
import { EXAMPLE_HEAD } from './util.js';

type Node = hbs.AST.Node;
type Expr = hbs.AST.Expression;
type Loc = hbs.AST.SourceLocation;

interface Use {
  kind: 'variable' | 'helper' | 'partial';
  name: string;
  loc: Loc;
}

/** Collects what a template uses. Paths inside `#each`/`#with` are relative to another context and are skipped. */
function collectUses(program: hbs.AST.Program): Use[] {
  const uses: Use[] = [];
  const scoped: string[][] = [];
  const pathUse = (p: hbs.AST.PathExpression, asHelper: boolean): void => {
    if (p.data) {
      // @root.x names a context variable; other @data (@index, @key) are Handlebars' own.
      if (p.parts[0] === 'root' && p.parts.length > 1) uses.push({ kind: 'variable', name: p.parts.slice(1).join('.'), loc: p.loc });
      return;
    }
    if (p.depth > 0 || p.original.startsWith('this') || p.original === '.') return;
    if (scoped.some((names) => names.includes(p.parts[0]))) return;
    if (scoped.length && !asHelper) return;
    uses.push({ kind: asHelper ? 'helper' : 'variable', name: p.original, loc: p.loc });
  };
  const expr = (e: Expr | undefined): void => {
    if (!e) return;
    if (e.type === 'PathExpression') pathUse(e as hbs.AST.PathExpression, false);
    else if (e.type === 'SubExpression') call(e as hbs.AST.SubExpression);
  };
  const call = (n: { path: Expr; params: Expr[]; hash?: hbs.AST.Hash }): void => {
    const isCall = n.params.length > 0 || (n.hash?.pairs.length ?? 0) > 0 || n.path.type === 'PathExpression' && (n.path as hbs.AST.PathExpression).original in HELPERS;
    if (n.path.type === 'PathExpression') pathUse(n.path as hbs.AST.PathExpression, isCall);
    n.params.forEach(expr);
    n.hash?.pairs.forEach((pair) => expr(pair.value));
  };
  const visit = (node: Node | undefined): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        (node as hbs.AST.Program).body.forEach(visit);
        break;
      case 'MustacheStatement':
        call(node as hbs.AST.MustacheStatement);
        break;
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        const p = b.path as hbs.AST.PathExpression;
        if (p.type === 'PathExpression') pathUse(p, true);
        b.params.forEach(expr);
        b.hash?.pairs.forEach((pair) => expr(pair.value));
        const changesContext = p.original === 'each' || p.original === 'with';
        if (changesContext) scoped.push(b.program.blockParams ?? []);
        visit(b.program);
        if (changesContext) scoped.pop();
        visit(b.inverse);
        break;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const ps = node as hbs.AST.PartialStatement;
        if (ps.name.type === 'PathExpression') uses.push({ kind: 'partial', name: (ps.name as hbs.AST.PathExpression).original, loc: ps.name.loc });
        ps.params.forEach(expr);
        if (node.type === 'PartialBlockStatement') visit((node as unknown as hbs.AST.BlockStatement).program);
        break;
      }
      default:
        break;
    }
  };
  visit(program);
  return uses;
}

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
      files: { 'playbook.yaml': `${EXAMPLE_HEAD}types:\n  any: { fallback: true }\npartials:\n  sign-off: "Ваш {{brand}}"\ntemplates:\n  any:\n    when: { type: any }\n    text: "{{greeting}}, {{name author.name}}! {{signals.order-number}} {{> sign-off}}"\n` },
      expect: [],
    },
    {
      title: 'a misspelt variable, an unknown helper and partial',
      files: { 'playbook.yaml': `${EXAMPLE_HEAD}types:\n  any: { fallback: true }\ntemplates:\n  any:\n    when: { type: any }\n    text: "{{greting}}, {{author.nmae}}! {{upper brand}} {{> footer}}"\n` },
      expect: ['template/unknown-variable', 'template/unknown-variable', 'template/unknown-helper', 'template/unknown-partial'],
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
    for (const item of templateTexts(ctx)) {
      // What a text uses depends on the text alone; null when it does not parse (template/syntax reports it).
      const usesOf = (): Use[] | null => {
        const r = parseTemplate(item.text);
        return r.ok ? collectUses(r.ast) : null;
      };
      const uses = ctx.memo ? ctx.memo.get(`template/uses\u0000${item.text}`, usesOf) : usesOf();
      if (!uses) continue;
      let placer: TextPlacer | null = null;
      for (const u of uses) {
        if (u.kind === 'partial' ? partials.includes(u.name) : u.kind === 'helper' ? helpers.includes(u.name) : prefixes.has(u.name) || helpers.includes(u.name)) continue;
        placer ??= new TextPlacer(ctx, item);
        const at = placer.at(u.loc.start, u.loc.end);
        if (u.kind === 'partial' && !partials.includes(u.name)) {
          ctx.report({ at, rule: 'unknown-partial', message: `Unknown partial \`${u.name}\` in the ${item.kind} \`${item.id}\`, expected one of ${listIds(partials)}${didYouMean(u.name, partials)}` });
        } else if (u.kind === 'helper' && !helpers.includes(u.name)) {
          ctx.report({ at, rule: 'unknown-helper', message: `Unknown helper \`${u.name}\` in the ${item.kind} \`${item.id}\`, expected one of ${listIds(helpers)}${didYouMean(u.name, helpers)}` });
        } else if (u.kind === 'variable' && !prefixes.has(u.name) && !helpers.includes(u.name)) {
          const all = [...variables, ...Object.keys(HELPERS)];
          ctx.report({ at, rule: 'unknown-variable', message: `Unknown variable \`${u.name}\` in the ${item.kind} \`${item.id}\`, expected one of ${listIds(variables, 20)}${didYouMean(u.name, all)}` });
        }
      }
    }
  },
};
