/**
 * What a template's syntax tree says about the template before it is ever rendered: its size and
 * the partials it includes (the input of the worst-case expansion, `expansion.ts`), and what it may
 * not do — include a partial by anything but its literal id, define inline partials, walk into
 * JavaScript's object internals (`this.constructor`), pass a helper a literal it cannot use. Both
 * `check` (on the tree it parses once per text) and the renderer (on the tree it compiles) use it,
 * so they refuse the same texts. Depends on the text alone; the result is plain data.
 *
 * Call it only on a tree whose text passed `prescanTemplate`: the walk recurses once per block and
 * sub-expression, which the pre-scan bounds.
 */
import { HELPER_ARGUMENTS, UNKNOWN } from './helpers/index.js';

type Node = hbs.AST.Node;
type Expr = hbs.AST.Expression;

/** A span of the text as Handlebars counts: 1-based lines, 0-based columns. */
export interface TextSpan {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** An include of a playbook partial by its id. */
export interface PartialCall {
  name: string;
  /** How many `{{#each}}` blocks are around it. */
  loops: number;
  loc: TextSpan;
}

export type TemplateProblemRule = 'dynamic-partial' | 'inline-partial' | 'prototype-access' | 'helper-argument';

/**
 * Something a template may not do, where; beside the English `message`, its `code` and the values
 * it says: `subexpression`, `not-id` and `literal-not-id` (`written`), `data-name` (`written`),
 * `escaped` (`written`, `partial`) for `dynamic-partial`; `inline` for `inline-partial`;
 * `prototype` (`path`, `name`) for `prototype-access`; the helpers' codes (`ArgumentProblem`)
 * for `helper-argument`.
 */
export interface TemplateProblem {
  rule: TemplateProblemRule;
  loc: TextSpan;
  message: string;
  code: string;
  values: Record<string, string | number>;
}

/** Why a partial call names no partial: the English sentence, its code and values. */
export interface PartialNameProblem {
  problem: string;
  code: string;
  values: Record<string, string>;
}

/** What a template or partial text holds, for the expansion and the checks. */
export interface TemplateShape {
  /**
   * Characters of literal text by the number of `{{#each}}` blocks around them (index 0: outside
   * every loop); each tag counts as one character, a partial's tag included.
   */
  chars: number[];
  /** The partials it includes by a literal id, in reading order. */
  calls: PartialCall[];
  /** The first `{{#each}}`, where a size driven by loops is reported. */
  firstLoop: TextSpan | null;
  problems: TemplateProblem[];
}

/** A partial id, exactly as the playbook schema's `partials` keys have it. */
export const PARTIAL_ID = /^[a-z0-9][a-z0-9_.-]*(?:\/[a-z0-9][a-z0-9_.-]*)*$/;

/**
 * Property names every JavaScript object inherits (`constructor`, `__proto__`, `toString`, …) and
 * `prototype`: no reply variable has these names, and a path through one reaches the runtime's
 * internals. Handlebars' runtime already refuses them (they render as nothing); a template that
 * names one is refused so the author learns it from `check`.
 */
export const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

const span = (loc: hbs.AST.SourceLocation): TextSpan => ({
  start: { line: loc.start.line, column: loc.start.column },
  end: { line: loc.end.line, column: loc.end.column },
});

/** A function giving the source a node of `text`'s tree was written as (line starts found on first use). */
export function sourceSlicer(text: string): (loc: hbs.AST.SourceLocation) => string {
  let starts: number[] | null = null;
  return (loc) => {
    if (starts === null) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    const at = (p: { line: number; column: number }) => (starts![p.line - 1] ?? text.length) + p.column;
    return text.slice(at(loc.start), at(loc.end));
  };
}

/** The literal id a partial call names, or why it names none. `source` gives the text a node was written as. */
export function partialCallName(name: Expr, source: (loc: hbs.AST.SourceLocation) => string): { name: string } | PartialNameProblem {
  const ids = 'a partial id is lowercase letters, digits, `-`, `_` and `.`, in parts separated by `/`';
  switch (name.type) {
    case 'SubExpression':
      return {
        problem:
          'A partial named by a sub-expression (`{{> (…)}}`) is chosen only when the reply is rendered; include a playbook partial by its id: `{{> sign-off}}`',
        code: 'subexpression',
        values: {},
      };
    case 'StringLiteral': {
      const value = (name as hbs.AST.StringLiteral).value;
      if (PARTIAL_ID.test(value)) return { name: value };
      const written = JSON.stringify(value);
      return {
        problem: `\`${written}\` is not a partial id (${ids}); partials come from the playbook, never from files`,
        code: 'not-id',
        values: { written },
      };
    }
    case 'PathExpression': {
      const p = name as hbs.AST.PathExpression;
      if (p.data)
        return {
          problem: `\`${p.original}\` is not a partial id: include a playbook partial by its id (\`{{> sign-off}}\`); \`@partial-block\` and other \`@\` names are not supported`,
          code: 'data-name',
          values: { written: p.original },
        };
      if (!PARTIAL_ID.test(p.original) || p.depth > 0)
        return {
          problem: `\`${p.original}\` is not a partial id (${ids}); partials come from the playbook, never from files`,
          code: 'not-id',
          values: { written: p.original },
        };
      const written = source(name.loc).trim();
      if (written !== p.original)
        return {
          problem: `\`${written}\` writes the partial's id with escapes; write it as it is: \`{{> ${p.original}}}\``,
          code: 'escaped',
          values: { written, partial: p.original },
        };
      return { name: p.original };
    }
    default: {
      const written = String((name as hbs.AST.Literal & { original?: unknown }).original);
      return { problem: `\`${written}\` is not a partial id (${ids})`, code: 'literal-not-id', values: { written } };
    }
  }
}

/** The value of a literal argument, or `UNKNOWN` for a variable or a sub-expression. */
function literalValue(e: Expr): unknown {
  switch (e.type) {
    case 'StringLiteral':
      return (e as hbs.AST.StringLiteral).value;
    case 'NumberLiteral':
      return (e as hbs.AST.NumberLiteral).value;
    case 'BooleanLiteral':
      return (e as hbs.AST.BooleanLiteral).value;
    case 'NullLiteral':
      return null;
    case 'UndefinedLiteral':
      return undefined;
    default:
      return UNKNOWN;
  }
}

type Call = { path: Expr; params: Expr[]; hash?: hbs.AST.Hash; loc: hbs.AST.SourceLocation };

/** Walks a parsed template once. */
export function analyseTemplate(ast: hbs.AST.Program, text: string): TemplateShape {
  const shape: TemplateShape = { chars: [0], calls: [], firstLoop: null, problems: [] };
  const source = sourceSlicer(text);
  const add = (loops: number, n: number): void => {
    while (shape.chars.length <= loops) shape.chars.push(0);
    shape.chars[loops] += n;
  };
  const problem = (
    rule: TemplateProblemRule,
    loc: hbs.AST.SourceLocation,
    message: string,
    code: string,
    values: Record<string, string | number> = {},
  ): void => {
    shape.problems.push({ rule, loc: span(loc), message, code, values });
  };

  const path = (p: hbs.AST.PathExpression): void => {
    const bad = p.parts.find((part) => PROTOTYPE_NAMES.has(part));
    if (bad === undefined) return;
    const what = p.original === bad ? `\`${bad}\` is` : `\`${p.original}\` names \`${bad}\`,`;
    problem(
      'prototype-access',
      p.loc,
      `${what} a property every JavaScript object inherits, not reply data (Handlebars renders nothing for it); use the reply's variables: \`author.name\`, \`brand\`, \`signals.<id>\`, …`,
      'prototype',
      { path: p.original, name: bad },
    );
  };
  const expr = (e: Expr | undefined): void => {
    if (!e) return;
    if (e.type === 'PathExpression') path(e as hbs.AST.PathExpression);
    else if (e.type === 'SubExpression') call(e as unknown as Call);
  };
  const call = (n: Call): void => {
    if (n.path.type === 'PathExpression') path(n.path as hbs.AST.PathExpression);
    else expr(n.path);
    n.params.forEach(expr);
    n.hash?.pairs.forEach((pair) => expr(pair.value));
    helperArguments(n);
  };
  const helperArguments = (n: Call): void => {
    if (n.path.type !== 'PathExpression') return;
    const p = n.path as hbs.AST.PathExpression;
    if (p.data || p.depth > 0 || p.parts.length !== 1) return;
    const check = Object.hasOwn(HELPER_ARGUMENTS, p.original) ? HELPER_ARGUMENTS[p.original] : undefined;
    if (!check) return;
    const hash: Record<string, unknown> = {};
    for (const pair of n.hash?.pairs ?? []) hash[pair.key] = literalValue(pair.value);
    const found = check(n.params.map(literalValue), hash);
    if (!found) return;
    const at =
      typeof found.at === 'number'
        ? n.params[found.at]?.loc
        : typeof found.at === 'string'
          ? n.hash?.pairs.find((pair) => pair.key === found.at)?.loc
          : undefined;
    problem('helper-argument', at ?? n.loc, found.message, found.code ?? '', found.values ?? {});
  };
  const partial = (ps: hbs.AST.PartialStatement, loops: number): void => {
    add(loops, 1);
    const named = partialCallName(ps.name, source);
    if ('name' in named) shape.calls.push({ name: named.name, loops, loc: span(ps.name.loc) });
    else problem('dynamic-partial', ps.name.loc, named.problem, named.code, named.values);
    ps.params.forEach(expr);
    ps.hash?.pairs.forEach((pair) => expr(pair.value));
  };

  const visit = (node: Node | undefined, loops: number): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        for (const child of (node as hbs.AST.Program).body) visit(child, loops);
        break;
      case 'ContentStatement':
        add(loops, (node as hbs.AST.ContentStatement).value.length);
        break;
      case 'MustacheStatement':
        add(loops, 1);
        call(node as hbs.AST.MustacheStatement);
        break;
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        add(loops, 1);
        call(b);
        const each = b.path.type === 'PathExpression' && (b.path as hbs.AST.PathExpression).original === 'each';
        if (each && shape.firstLoop === null) shape.firstLoop = span(b.loc);
        visit(b.program, each ? loops + 1 : loops);
        visit(b.inverse, loops);
        break;
      }
      case 'PartialStatement':
        partial(node as hbs.AST.PartialStatement, loops);
        break;
      case 'PartialBlockStatement': {
        const pb = node as unknown as hbs.AST.PartialStatement & { program: hbs.AST.Program };
        partial(pb, loops);
        visit(pb.program, loops);
        break;
      }
      case 'DecoratorBlock':
      case 'Decorator':
        problem(
          'inline-partial',
          node.loc,
          'Inline partials and decorators (`{{#*inline …}}`, `{{* …}}`) are not supported: define the partial under `partials:` in the playbook',
          'inline',
        );
        break;
      default:
        break;
    }
  };
  visit(ast, 0);
  return shape;
}
