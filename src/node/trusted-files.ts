/**
 * The files replybook touches that are not the project's, so the project's door
 * (`project-fs.ts`) does not apply: replybook's own package.json (its version and folder), its own
 * schema files and its holiday library's package.json (what `--cache` records besides the
 * project), the search library's browser code the HTML handbook inlines, and the step summary file
 * the CI runner names in `GITHUB_STEP_SUMMARY`. No path comes from a playbook.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** replybook's own package.json and its folder, found from the module at `moduleUrl` upward (sources or dist/). */
function ownPackage(moduleUrl: string): { dir: string; version: string } | null {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'replybook' && pkg.version) return { dir, version: pkg.version };
    } catch {
      /* not here: look one folder up */
    }
    dir = path.dirname(dir);
  }
  return null;
}

/**
 * replybook's package folder, found from the module at `moduleUrl` upward: the same from the
 * sources, dist/ and the bundled command line's chunks. Undefined if not found.
 */
export function ownPackageDir(moduleUrl: string): string | undefined {
  return ownPackage(moduleUrl)?.dir;
}

/** The version in replybook's package.json, found from the module at `moduleUrl` upward (sources or dist/). */
export function ownVersion(moduleUrl: string): string {
  return ownPackage(moduleUrl)?.version ?? '0.0.0';
}

/**
 * The file URL of replybook's package folder (ending in `/`), which holds `docs/rules.md` in the
 * repository and in the npm package alike: the base that makes a rule's documentation link
 * absolute (SARIF `helpUri`, the language server's `codeDescription.href`). Undefined if not found.
 */
export function ownDocsBase(moduleUrl: string): string | undefined {
  const pkg = ownPackage(moduleUrl);
  return pkg ? pathToFileURL(`${pkg.dir}${path.sep}`).href : undefined;
}

/** The schema files replybook validates playbooks and complaints with. */
const SCHEMA_FILES = ['playbook.schema.json', 'complaints.schema.json', 'reply-library.schema.json'];

/**
 * What replybook's own answers depend on besides its version, for `--cache`: the text of its schema
 * files and the version of the holiday library (`date-holidays`) that country calendars come from.
 * A file that cannot be read counts as its absence, never a throw.
 */
export function ownInputs(moduleUrl: string): string[] {
  const pkg = ownPackage(moduleUrl);
  const out: string[] = [];
  for (const name of SCHEMA_FILES) {
    try {
      out.push(pkg ? readFileSync(path.join(pkg.dir, 'schema', name), 'utf8') : '');
    } catch {
      out.push('');
    }
  }
  out.push(dependencyVersion('date-holidays', moduleUrl));
  return out;
}

/**
 * The version of the package `name` as Node.js would find it from the module at `moduleUrl` (the
 * nearest `node_modules/<name>` above it), or '' when there is none. Looked up by hand: the
 * resolver (`require.resolve`) costs several milliseconds that a cached run cannot spare.
 */
function dependencyVersion(name: string, moduleUrl: string): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version?: unknown };
      return typeof pkg.version === 'string' ? pkg.version : '';
    } catch {
      /* not here: look one folder up */
    }
    const up = path.dirname(dir);
    if (up === dir) return '';
    dir = up;
  }
}

/** Appends to the step summary file the CI runner gave; false when it could not be written. */
export async function appendStepSummary(file: string, text: string): Promise<boolean> {
  try {
    await appendFile(file, text);
    return true;
  } catch {
    return false;
  }
}

/**
 * MiniSearch's browser build (its UMD file, which defines `MiniSearch` in a page), found through
 * Node's module resolution from the module at `moduleUrl` — the installed dependency, never the
 * network — for the HTML handbook to inline. Undefined when it cannot be found or read.
 */
export function searchLibraryScript(moduleUrl: string): string | undefined {
  try {
    const entry = createRequire(moduleUrl).resolve('minisearch');
    // `require` resolves to dist/cjs/index.cjs; the browser build is its sibling dist/umd/index.js.
    return readFileSync(path.join(path.dirname(entry), '..', 'umd', 'index.js'), 'utf8');
  } catch {
    return undefined;
  }
}
