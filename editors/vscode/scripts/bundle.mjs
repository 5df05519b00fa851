/**
 * Builds what the .vsix ships, with esbuild (replybook's own devDependency): out/extension.js (the
 * client, with vscode-languageclient inside; `vscode` is the editor's), out/server.mjs (replybook's
 * language server with the libraries it uses) and out/holidays.cjs (the holiday library, which the
 * server requires only for a country calendar), and copies the schemas. The package then needs no
 * node_modules (`vsce package --no-dependencies`) and stays small.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [path.join(here, 'scripts/copy-schemas.mjs')], { stdio: 'inherit' });
const common = { bundle: true, platform: 'node', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning' };
await build({
  ...common,
  entryPoints: [path.join(here, 'src/extension.ts')],
  outfile: path.join(here, 'out/extension.js'),
  format: 'cjs',
  external: ['vscode'],
});
await build({
  ...common,
  entryPoints: [path.join(here, 'src/server.ts')],
  outfile: path.join(here, 'out/server.mjs'),
  format: 'esm',
  // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
  banner: { js: "import { createRequire as __replybookRequire } from 'node:module'; const require = __replybookRequire(import.meta.url);" },
  // Ink imports React's developer tools only when DEV is set; they are not a dependency.
  external: ['react-devtools-core'],
});
await build({
  ...common,
  entryPoints: [path.join(here, 'src/holidays.ts')],
  outfile: path.join(here, 'out/holidays.cjs'),
  format: 'cjs',
});
process.stdout.write('out/extension.js, out/server.mjs, out/holidays.cjs\n');
