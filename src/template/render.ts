/**
 * Rendering: one isolated Handlebars environment per playbook, each template and partial compiled
 * once, eagerly, so a broken template is known before the first mention. Templates are plain text
 * (`noEscape`), `strict` (a missing variable is an error, not an empty string), may call only
 * replybook's helpers (`knownHelpersOnly`) and the playbook's partials, and cannot reach prototype
 * properties or methods: a customer's name or text is data, never code.
 */
import Handlebars from 'handlebars';
import type { Playbook } from '../model/playbook.js';
import type { ReplyContext } from './context.js';
import { HELPER_FUNCTIONS } from './helpers/index.js';
import { BUILTIN_HELPERS } from './vocabulary.js';

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

interface CompilerInternals {
  parse(input: string, options?: object): unknown;
  Compiler: new () => { compile(ast: unknown, options: object): unknown };
  JavaScriptCompiler: new () => { compile(env: unknown, options: object, context: undefined, asObject: boolean): unknown };
  template(spec: unknown): Compiled;
}

/** Compiles now rather than on first use (what `Handlebars.compile` does lazily). */
function compileEagerly(env: Env, text: string): Compiled {
  const hb = env as unknown as CompilerInternals;
  const ast = hb.parse(text, COMPILE_OPTIONS);
  const environment = new hb.Compiler().compile(ast, COMPILE_OPTIONS);
  const spec = new hb.JavaScriptCompiler().compile(environment, COMPILE_OPTIONS, undefined, true);
  return hb.template(spec);
}

/** Handlebars' message, said for a person: strict mode's `"x" not defined in [object Object] - 1:2`. */
function errorText(e: unknown): string {
  const raw = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  const strict = /^"(.*)" not defined in .* - (\d+):(\d+)$/.exec(raw);
  if (strict) return `\`${strict[1]}\` is not defined (line ${strict[2]}, column ${Number(strict[3]) + 1} of the template)`;
  return raw;
}

/** Compiles every template and partial of a playbook into an isolated Handlebars environment. */
export function compileTemplates(pb: Playbook): TemplateRuntime {
  const env = Handlebars.create();
  for (const h of [...Object.keys(env.helpers)]) if (!BUILTIN_HELPERS.includes(h) && h !== 'helperMissing' && h !== 'blockHelperMissing') env.unregisterHelper(h);
  for (const [id, fn] of Object.entries(HELPER_FUNCTIONS)) env.registerHelper(id, fn);
  const errors = new Map<string, string>();
  for (const p of pb.partials.values()) {
    try {
      env.registerPartial(p.id, compileEagerly(env, p.text) as unknown as Handlebars.Template);
    } catch (e) {
      errors.set(p.id, `Partial \`${p.id}\` does not compile: ${errorText(e)}`);
    }
  }
  const templates = new Map<string, Compiled>();
  for (const t of pb.templates.values()) {
    try {
      templates.set(t.id, compileEagerly(env, t.text));
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
    return { text: fn(ctx, RUNTIME_OPTIONS) };
  } catch (e) {
    return { error: `Template \`${templateId}\` failed to render: ${errorText(e)}` };
  }
}
