/**
 * Bundles the command line (dist/cli/main.js, after `tsc`) into one ES module with its
 * dependencies, and the commands it loads on demand (the simulator, the language server, …) as
 * chunks beside it: Node.js 20 spends most of `check`'s start-up resolving and loading some 270
 * separate files, one at a time. The unbundled build stays in dist/ for the library (`exports`) and
 * the worker threads.
 */
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Handlebars' compiler requires `source-map` when it loads (45 KB for V8 to read at every start)
 * and uses it only for source maps of templates (`srcName`), which replybook never asks for; when
 * the require fails it writes the same code with a small stand-in of its own. In the bundle the
 * require fails. (The library build in dist/ keeps the real one: the output is the same.)
 */
const withoutSourceMaps = {
  name: 'without-source-maps',
  setup(b) {
    b.onResolve({ filter: /^source-map$/ }, () => ({ path: 'source-map', namespace: 'without-source-maps' }));
    b.onLoad({ filter: /.*/, namespace: 'without-source-maps' }, () => ({
      contents: "throw new Error('source maps of templates are not bundled')",
      loader: 'js',
    }));
  },
};

/**
 * re2js (190 KB) is required when the first playbook pattern is compiled, not read at every start:
 * src/text/re2.ts, its one accessor, becomes a module that requires it on the first call. A
 * playbook without patterns never loads it. (The library build in dist/ imports it as usual.)
 */
const lazyRe2 = {
  name: 'lazy-re2',
  setup(b) {
    b.onResolve({ filter: /\/re2\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}dist${path.sep}src${path.sep}text${path.sep}`)
        ? { path: 'lazy-re2', namespace: 'lazy-re2' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-re2' }, () => ({
      contents: [
        "import { createRequire } from 'node:module';",
        'let engine = null;',
        "export function re2() { return (engine ??= createRequire(import.meta.url)('re2js').RE2JS); }",
      ].join('\n'),
      loader: 'js',
    }));
  },
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist/cli');
await rm(path.join(out, 'chunks'), { recursive: true, force: true });
await build({
  entryPoints: { main: path.join(root, 'dist/cli/main.js') },
  outdir: out,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  allowOverwrite: true,
  // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
  banner: { js: "import { createRequire as __replybookRequire } from 'node:module'; const require = __replybookRequire(import.meta.url);" },
  legalComments: 'none',
  // Less text for V8 to scan at every start (the bundle is read, not debugged: the sources are in dist/).
  minifyWhitespace: true,
  // Ink imports React's developer tools only when DEV is set; they are not a dependency.
  external: ['react-devtools-core'],
  plugins: [withoutSourceMaps, lazyRe2],
  logLevel: 'warning',
});
