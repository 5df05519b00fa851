/**
 * The two files replybook touches that are not the project's, so the project's door
 * (`project-fs.ts`) does not apply: replybook's own package.json (its version) and the step
 * summary file the CI runner names in `GITHUB_STEP_SUMMARY`. Neither path comes from a playbook.
 */
import { readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The version in replybook's package.json, found from the module at `moduleUrl` upward (sources or dist/). */
export function ownVersion(moduleUrl: string): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'replybook' && pkg.version) return pkg.version;
    } catch {
      /* not here: look one folder up */
    }
    dir = path.dirname(dir);
  }
  return '0.0.0';
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
