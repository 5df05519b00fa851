/** What a template uses (variables, helpers, partials by their id), for the vocabulary check. */
import { partialCallName, PROTOTYPE_NAMES, sourceSlicer } from '../../template/analyse.js';
import { HELPERS } from '../../template/vocabulary.js';

type Node = hbs.AST.Node;
type Expr = hbs.AST.Expression;
type Loc = hbs.AST.SourceLocation;

export interface Use {
  kind: 'variable' | 'helper' | 'partial';
  name: string;
  loc: Loc;
}

/**
 * Collects what a template uses. Paths inside `#each`/`#with` are relative to another context and
 * are skipped; so are paths through a prototype property and partials not named by a literal id,
 * which `template/prototype-access` and `template/dynamic-partial` report. `text` is the source the
 * tree was parsed from (to tell `{{> [x]}}` from `{{> x}}`).
 */
export function collectUses(program: hbs.AST.Program, text: string): Use[] {
  const uses: Use[] = [];
  const scoped: string[][] = [];
  const source = sourceSlicer(text);
  const pathUse = (p: hbs.AST.PathExpression, asHelper: boolean): void => {
    if (p.parts.some((part) => PROTOTYPE_NAMES.has(part))) return;
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
    const isCall =
      n.params.length > 0 ||
      (n.hash?.pairs.length ?? 0) > 0 ||
      (n.path.type === 'PathExpression' && (n.path as hbs.AST.PathExpression).original in HELPERS);
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
        const named = partialCallName(ps.name, source);
        if ('name' in named) uses.push({ kind: 'partial', name: named.name, loc: ps.name.loc });
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
