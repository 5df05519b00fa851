/**
 * Every template and partial text parsed by Handlebars once per process, and compiled once: `check`
 * (syntax, facts, the length bound, the renders near a channel's limit), the engine, the simulator,
 * the language server and `build` all ask here, by text. A bounded memo: an editing session that
 * makes new texts at every keystroke clears it when it holds too much.
 *
 * The parsed tree is shared and read only. Handlebars' compiler writes into the tree it compiles
 * (`strict` and `falsy` marks, a literal helper name made a path), so it compiles a copy; the
 * compiled template (its "spec", as `Handlebars.precompile` gives it) is then shared by every
 * environment that renders the text — each playbook keeps its own environment and partials.
 */
import Handlebars from 'handlebars';

/** The most texts remembered, and their most characters together, before the memo starts over. */
const MAX_TEXTS = 20_000;
const MAX_CHARS = 16 * 1024 * 1024;

interface Entry {
  ast: hbs.AST.Program;
  spec?: unknown;
}

const memo = new Map<string, Entry>();
let chars = 0;
let parses = 0;
let compilations = 0;

function entry(text: string): Entry {
  let e = memo.get(text);
  if (e === undefined) {
    // A syntax error is thrown, not remembered: Handlebars' parser leaves its place in its lexer.
    const ast = Handlebars.parse(text);
    parses++;
    if (memo.size >= MAX_TEXTS || chars + text.length > MAX_CHARS) {
      memo.clear();
      chars = 0;
    }
    e = { ast };
    memo.set(text, e);
    chars += text.length;
  }
  return e;
}

/** The text's parse tree (do not change it); throws Handlebars' error for a text that does not parse. */
export function parsedTemplate(text: string): hbs.AST.Program {
  return entry(text).ast;
}

/**
 * The text compiled with `options` (always the engine's: they are part of what is remembered only
 * through this one caller), as a spec for `Handlebars.template`.
 */
export function compiledSpec(text: string, compile: (ast: hbs.AST.Program) => unknown): unknown {
  const e = entry(text);
  if (e.spec === undefined) {
    e.spec = compile(structuredClone(e.ast));
    compilations++;
  }
  return e.spec;
}

/** How many texts were parsed and compiled so far in this process (for the tests that keep it once). */
export function templateWork(): { parses: number; compilations: number } {
  return { parses, compilations };
}
