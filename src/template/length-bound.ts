/**
 * How long a template can render, read from its syntax tree without compiling or rendering it: an
 * upper bound of the rendered text's length in UTF-16 units, `fixed + values × v`, where `v` bounds
 * the length of every value of the reply context the template may insert (a variable, `{{this}}`'s
 * "[object Object]", a number). Literal text counts as written, both branches of an `{{#if}}` count,
 * and each helper counts its longest output for arguments of the lengths it is given. A template
 * whose output the tree does not bound — a loop, a partial, a block helper other than `if`, `unless`
 * and `with`, a call this vocabulary does not know — has no bound (null), and must be rendered.
 *
 * `channel/too-long` uses it to render only the templates that can come near a channel's limit.
 * Depends on the tree alone; the result is plain data.
 */

/** `fixed + values × v` UTF-16 units, `v` the longest value the reply context may insert. */
export interface LengthBound {
  fixed: number;
  values: number;
}

/** The longest greeting (`greetingFor`): "Good afternoon". */
const GREETING = 14;
/**
 * A usable name is the raw text with decoration dropped and at most its case changed, and one
 * UTF-16 unit changes case into at most three (`person-name.ts`).
 */
const NAME_FACTOR = 3;
/** The longest address `dear` gives without the name: «Уважаемый клиент». */
const DEAR = 16;
/** The longest default fallback of `name`: «уважаемый клиент». */
const NAME_FALLBACK = 16;
/** The longest `formatDate` output: "September 30, -271821 at 12:59 PM" is 33. */
const FORMAT_DATE = 40;
/** The longest number `plural` formats: a double has at most 309 integer digits, grouped, with a sign and two decimals. */
const PLURAL_NUMBER = 450;

const VALUE: LengthBound = { fixed: 0, values: 1 };
const ZERO: LengthBound = { fixed: 0, values: 0 };

const plus = (a: LengthBound, b: LengthBound): LengthBound => ({ fixed: a.fixed + b.fixed, values: a.values + b.values });
/** Componentwise: a bound of the larger of two lengths (both coefficients are non-negative). */
const most = (a: LengthBound, b: LengthBound): LengthBound => ({
  fixed: Math.max(a.fixed, b.fixed),
  values: Math.max(a.values, b.values),
});
const scaled = (a: LengthBound, k: number, add: number): LengthBound => ({ fixed: a.fixed * k + add, values: a.values * k });

type Call = { path: hbs.AST.Expression; params: hbs.AST.Expression[]; hash?: hbs.AST.Hash };

/** The name of a helper a call's path names, or null when it names none of replybook's. */
function helperName(path: hbs.AST.Expression): string | null {
  if (path.type !== 'PathExpression') return null;
  const p = path as hbs.AST.PathExpression;
  if (p.data || p.depth > 0 || p.parts.length !== 1 || p.original !== p.parts[0]) return null;
  return p.original;
}

/** The longest an argument's value is as text; null when unknown. */
function argument(e: hbs.AST.Expression): LengthBound | null {
  switch (e.type) {
    case 'StringLiteral':
      return { fixed: (e as hbs.AST.StringLiteral).value.length, values: 0 };
    case 'NumberLiteral':
    case 'BooleanLiteral':
      return { fixed: String((e as hbs.AST.NumberLiteral).value).length, values: 0 };
    case 'NullLiteral':
    case 'UndefinedLiteral':
      return ZERO;
    case 'PathExpression':
      return VALUE;
    case 'SubExpression':
      return helperCall(e as unknown as Call);
    default:
      return null;
  }
}

/** The longest output of a call of one of replybook's helpers with arguments; null for any other call. */
function helperCall(n: Call): LengthBound | null {
  const name = helperName(n.path);
  const args: LengthBound[] = [];
  for (const p of n.params) {
    const a = argument(p);
    if (a === null) return null;
    args.push(a);
  }
  const hash = new Map<string, LengthBound>();
  for (const pair of n.hash?.pairs ?? []) {
    const a = argument(pair.value);
    if (a === null) return null;
    hash.set(pair.key, a);
  }
  const first = args[0] ?? ZERO;
  switch (name) {
    case 'greeting':
      return { fixed: GREETING, values: 0 };
    case 'salutation':
      // «Добрый день, Виктория!»: the greeting, ", ", the first name, "!".
      return scaled(first, NAME_FACTOR, GREETING + 3);
    case 'name':
      return most(scaled(first, NAME_FACTOR, 0), hash.get('fallback') ?? { fixed: NAME_FALLBACK, values: 0 });
    case 'dear':
      return scaled(first, NAME_FACTOR, DEAR);
    case 'formatDate':
      return { fixed: FORMAT_DATE, values: 0 };
    case 'plural': {
      let form = ZERO;
      for (const a of args.slice(1)) form = most(form, a);
      return plus(form, { fixed: PLURAL_NUMBER + 1, values: 0 });
    }
    default:
      return null;
  }
}

/** The bound of a list of statements: the sum of theirs; null as soon as one has none. */
function statements(body: readonly hbs.AST.Statement[]): LengthBound | null {
  let sum = ZERO;
  for (const node of body) {
    const b = statement(node);
    if (b === null) return null;
    sum = plus(sum, b);
  }
  return sum;
}

function statement(node: hbs.AST.Statement): LengthBound | null {
  switch (node.type) {
    case 'ContentStatement':
      return { fixed: (node as hbs.AST.ContentStatement).value.length, values: 0 };
    case 'CommentStatement':
      return ZERO;
    case 'MustacheStatement': {
      const m = node as hbs.AST.MustacheStatement;
      // Without arguments it is a value or a helper called bare (at most a greeting and "!", shorter
      // than any value bound the caller uses); with arguments, one of replybook's helpers.
      if (m.params.length === 0 && !m.hash?.pairs.length) return VALUE;
      return helperCall(m);
    }
    case 'BlockStatement': {
      const b = node as hbs.AST.BlockStatement;
      const name = helperName(b.path);
      if (name !== 'if' && name !== 'unless' && name !== 'with') return null;
      // One branch renders; counting both keeps the bound simple and safe.
      const program = b.program ? statements(b.program.body) : ZERO;
      const inverse = b.inverse ? statements(b.inverse.body) : ZERO;
      return program && inverse ? plus(program, inverse) : null;
    }
    default:
      // Partials, decorators, raw blocks: what they write is not in this tree.
      return null;
  }
}

/** An upper bound of what a parsed template renders to, or null when its tree does not bound it (see the module's doc). */
export function lengthBound(ast: hbs.AST.Program): LengthBound | null {
  return statements(ast.body);
}

/** The bound in UTF-16 units for values at most `valueLength` long. */
export function boundFor(bound: LengthBound, valueLength: number): number {
  return bound.fixed + bound.values * valueLength;
}
