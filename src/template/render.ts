/**
 * Rendering: one isolated Handlebars environment per playbook, each template and partial compiled
 * once, eagerly, so a broken template is known before the first mention. Templates are plain text
 * (`noEscape`), `strict` (a missing variable is an error, not an empty string), may call only
 * replybook's helpers (`knownHelpersOnly`) and the playbook's partials, and cannot reach prototype
 * properties or methods: a customer's name or text is data, never code.
 *
 * Bounded whatever the playbook says, so that `test`, `sim`, `build` and the language server are as
 * safe as `check` (which reports the same refusals, located): a text over the pre-scan's limits is
 * never parsed; a template that includes a partial by anything but its id, defines inline partials,
 * names a prototype property, reaches a partial cycle or expands past `MAX_TEMPLATE_EXPANSION` is
 * never compiled; and a render stops once the reply grows past {@link MAX_RENDERED_LENGTH}.
 */
import Handlebars from 'handlebars';
import type { Playbook } from '../model/playbook.js';
import { analyseTemplate, type TemplateShape } from './analyse.js';
import type { ReplyContext } from './context.js';
import { expansionOf, formatSize, loopBound, MAX_TEMPLATE_EXPANSION, partialGraph } from './expansion.js';
import { HELPER_FUNCTIONS } from './helpers/index.js';
import { compiledSpec, parsedTemplate } from './parsed.js';
import { lineColumnAt, prescanTemplate } from './prescan.js';
import { BUILTIN_HELPERS } from './vocabulary.js';

/** Most characters a rendered reply may have: a render that grows past it stops with an error. */
export const MAX_RENDERED_LENGTH = 1_000_000;
/** Most tags all templates and partials of a playbook may hold together (each costs compile time). */
export const MAX_PLAYBOOK_TAGS = 20_000;

type Env = ReturnType<typeof Handlebars.create>;
type Compiled = (ctx: unknown, options?: Handlebars.RuntimeOptions) => string;

/** The compiled templates of one playbook. */
export interface TemplateRuntime {
  /** Template id → render function. */
  templates: Map<string, Compiled>;
  /** Template or partial id → why it did not compile (such a template renders as that error). */
  errors: Map<string, string>;
}

/** Handlebars' built-in helpers templates may not use (they are not in the vocabulary). */
const DISABLED_BUILTINS = ['lookup', 'log', 'blockHelperMissing'];

const KNOWN_HELPERS: Record<string, boolean> = Object.fromEntries([
  ...Object.keys(HELPER_FUNCTIONS).map((h) => [h, true]),
  ...BUILTIN_HELPERS.map((h) => [h, true]),
  ...DISABLED_BUILTINS.filter((h) => h !== 'blockHelperMissing').map((h) => [h, false]),
]);

const COMPILE_OPTIONS = {
  data: true,
  strict: true,
  noEscape: true,
  knownHelpers: KNOWN_HELPERS,
  knownHelpersOnly: true,
} as const;

/** Handlebars' defaults, spelled out: passing them explicitly also silences its console warning. */
const RUNTIME_OPTIONS: Handlebars.RuntimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

interface Internals {
  parse(input: string, options?: object): hbs.AST.Program;
  Compiler: new () => { compile(ast: unknown, options: object): unknown };
  JavaScriptCompiler: new () => { compile(env: unknown, options: object, context: undefined, asObject: boolean): unknown };
  template(spec: unknown): Compiled;
  VM: Record<string, unknown> & { invokePartial(this: unknown, partial: unknown, context: unknown, options: unknown): unknown };
  helpers: Record<string, (...args: unknown[]) => unknown>;
}

/**
 * A text compiled now rather than on first use (what `Handlebars.compile` does lazily), from the
 * spec compiled once per process (parsed.ts), bound to the playbook's environment.
 */
function compileEagerly(env: Env, text: string): Compiled {
  const hb = env as unknown as Internals;
  const spec = compiledSpec(text, (ast) => {
    const environment = new hb.Compiler().compile(ast, COMPILE_OPTIONS);
    return new hb.JavaScriptCompiler().compile(environment, COMPILE_OPTIONS, undefined, true);
  });
  return hb.template(spec);
}

/**
 * A top-level template whose runtime is set up once. On every call Handlebars' `_setup` wraps each
 * helper of the environment anew, merges the decorators and builds the prototype-access rules: the
 * same objects each time, since the helpers and partials are registered before any template is
 * compiled and every render passes RUNTIME_OPTIONS. That was a third of a render (1.3 µs of 4 on the
 * example playbooks). Set up once here, the template keeps them in its closure and skips the step.
 * If a later Handlebars has no `_setup`, the template is left as it is.
 */
function setUpOnce(fn: Compiled): Compiled {
  const f = fn as Compiled & { _setup?: unknown };
  if (typeof f._setup !== 'function') return fn;
  (f._setup as (o: Handlebars.RuntimeOptions) => void)(RUNTIME_OPTIONS);
  f._setup = () => {};
  return fn;
}

/** A render that grew past {@link MAX_RENDERED_LENGTH}. */
class RenderLimitError extends Error {
  constructor() {
    super(`the reply grew past ${MAX_RENDERED_LENGTH.toLocaleString('en-US')} characters, the most a rendered reply may have`);
  }
}

function bounded<T>(out: T): T {
  if (typeof out === 'string' && out.length > MAX_RENDERED_LENGTH) throw new RenderLimitError();
  return out;
}

/**
 * The environment's `each` with a running total of what its iterations produced, so a loop stops
 * at the limit instead of building the whole string: only loops and partials repeat output.
 */
function boundedEach(each: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return function (this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as { fn?: unknown } | undefined;
    const fn = options?.fn;
    if (typeof fn === 'function') {
      let total = 0;
      const counted = function (this: unknown, ...a: unknown[]) {
        const out = fn.apply(this, a) as string;
        total += out.length;
        if (total > MAX_RENDERED_LENGTH) throw new RenderLimitError();
        return out;
      };
      options!.fn = Object.assign(counted, fn);
    }
    return bounded(each.apply(this, args));
  };
}

/** Handlebars' message, said for a person: strict mode's `"x" not defined in [object Object] - 1:2`. */
function errorText(e: unknown): string {
  const raw = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  const strict = /^"(.*)" not defined in .* - (\d+):(\d+)$/.exec(raw);
  if (strict) return `\`${strict[1]}\` is not defined (line ${strict[2]}, column ${Number(strict[3]) + 1} of the template)`;
  return raw;
}

/** An isolated environment with replybook's helpers and output bounds. */
function createEnv(): Env {
  const env = Handlebars.create();
  const hb = env as unknown as Internals;
  for (const h of [...Object.keys(env.helpers)])
    if (!BUILTIN_HELPERS.includes(h) && h !== 'helperMissing' && h !== 'blockHelperMissing') env.unregisterHelper(h);
  for (const [id, fn] of Object.entries(HELPER_FUNCTIONS)) env.registerHelper(id, fn);
  env.registerHelper('each', boundedEach(hb.helpers.each));
  // `env.VM` is the runtime shared by every environment: this one gets its own copy, whose partial
  // invocation checks each partial's output.
  const vm = hb.VM;
  const invokePartial = vm.invokePartial;
  hb.VM = {
    ...vm,
    invokePartial(this: unknown, partial: unknown, context: unknown, options: unknown) {
      return bounded(invokePartial.call(this, partial, context, options));
    },
  };
  return env;
}

/** A text ready to compile, or why it is not compiled. */
type Prepared = { ast: hbs.AST.Program; shape: TemplateShape } | { refused: string };

/** Compiles every template and partial of a playbook into an isolated Handlebars environment. */
export function compileTemplates(pb: Playbook): TemplateRuntime {
  const env = createEnv();
  const errors = new Map<string, string>();
  // The pre-scan first, in the order `check` reads the texts (templates, then partials), so both
  // refuse the same texts when the playbook holds too many tags.
  const scans = new Map<string, Prepared | null>();
  let tags = 0;
  const scan = (key: string, text: string): void => {
    const r = prescanTemplate(text);
    if (r.problem) {
      const at = lineColumnAt(text, r.problem.start);
      scans.set(key, { refused: `${r.problem.message} (line ${at.line}, column ${at.column + 1} of the text)` });
      return;
    }
    tags += r.tags;
    scans.set(
      key,
      tags > MAX_PLAYBOOK_TAGS
        ? {
            refused: `the playbook's templates and partials hold more than ${MAX_PLAYBOOK_TAGS.toLocaleString('en-US')} tags together (the limit)`,
          }
        : null,
    );
  };
  for (const t of pb.templates.values()) scan(`t\u0000${t.id}`, t.text);
  for (const p of pb.partials.values()) scan(`p\u0000${p.id}`, p.text);
  const prepare = (key: string, text: string): Prepared | { failed: string } => {
    const refused = scans.get(key);
    if (refused) return refused;
    try {
      const ast = parsedTemplate(text);
      return { ast, shape: analyseTemplate(ast, text) };
    } catch (e) {
      return { failed: errorText(e) };
    }
  };
  const refusal = (shape: TemplateShape): string | null => {
    const p = shape.problems.find((x) => x.rule !== 'helper-argument');
    return p ? `${p.message} (line ${p.loc.start.line}, column ${p.loc.start.column + 1} of the text)` : null;
  };

  const partials = new Map<string, ReturnType<typeof prepare>>();
  const shapes = new Map<string, TemplateShape | null>();
  for (const p of pb.partials.values()) {
    const r = prepare(`p\u0000${p.id}`, p.text);
    partials.set(p.id, r);
    shapes.set(p.id, 'shape' in r ? r.shape : null);
  }
  const graph = partialGraph(shapes, loopBound(pb));
  /** Why a text is not compiled, from its shape and the graph; null when it may be. */
  const refuse = (shape: TemplateShape): string | null => {
    const own = refusal(shape);
    if (own) return own;
    const x = expansionOf(shape, graph);
    if (x.recursive) return `it includes the partial \`${x.recursive.name}\`, which includes itself (directly or through other partials)`;
    if (x.size > MAX_TEMPLATE_EXPANSION)
      return `it expands to ${formatSize(x.size)} characters in the worst case, over the limit of ${MAX_TEMPLATE_EXPANSION.toLocaleString('en-US')}`;
    return null;
  };

  for (const p of pb.partials.values()) {
    const r = partials.get(p.id)!;
    const why =
      'failed' in r
        ? r.failed
        : 'refused' in r
          ? r.refused
          : graph.recursive.has(p.id)
            ? 'it includes itself (directly or through other partials)'
            : refuse(r.shape);
    if (why !== null) {
      errors.set(p.id, `Partial \`${p.id}\` ${'failed' in r ? 'does not compile' : 'is not compiled'}: ${why}`);
      continue;
    }
    try {
      env.registerPartial(p.id, compileEagerly(env, p.text) as unknown as Handlebars.Template);
    } catch (e) {
      errors.set(p.id, `Partial \`${p.id}\` does not compile: ${errorText(e)}`);
    }
  }
  const templates = new Map<string, Compiled>();
  for (const t of pb.templates.values()) {
    const r = prepare(`t\u0000${t.id}`, t.text);
    const why = 'failed' in r ? r.failed : 'refused' in r ? r.refused : refuse(r.shape);
    if (why !== null) {
      errors.set(t.id, `Template \`${t.id}\` ${'failed' in r ? 'does not compile' : 'is not compiled'}: ${why}`);
      continue;
    }
    try {
      templates.set(t.id, setUpOnce(compileEagerly(env, t.text)));
    } catch (e) {
      errors.set(t.id, `Template \`${t.id}\` does not compile: ${errorText(e)}`);
    }
  }
  return { templates, errors };
}

/** Renders a template with a reply context; a render error is returned, never thrown. */
export function renderReply(rt: TemplateRuntime, templateId: string, ctx: ReplyContext): { text: string } | { error: string } {
  const fn = rt.templates.get(templateId);
  if (!fn) return { error: rt.errors.get(templateId) ?? `Unknown template \`${templateId}\`` };
  try {
    return { text: bounded(fn(ctx, RUNTIME_OPTIONS)) };
  } catch (e) {
    return { error: `Template \`${templateId}\` failed to render: ${errorText(e)}` };
  }
}
