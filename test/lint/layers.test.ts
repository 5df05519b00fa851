/** The architecture rules in eslint.config.js fail on a violation (and only on one). */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['src/classify/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", /the core/],
    ['src/classify/x.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n", /the core/],
    ['src/template/x.ts', "import chalk from 'chalk';\nexport const x = chalk;\n", /the core/],
    ['src/report/x.ts', "import { render } from 'ink';\nexport const x = render;\n", /the core/],
    [
      'src/engine/x.ts',
      "import { openProject } from '../node/project-fs.js';\nexport const x = openProject;\n",
      /may not import src\/node/,
    ],
    ['src/validate/checks/x.ts', "import { main } from '../../../cli/program.js';\nexport const x = main;\n", /cli/],
    ['src/tui/x.ts', "import { main } from '../../cli/program.js';\nexport const x = main;\n", /Nothing under src\/ imports from cli\//],
    ['src/lsp/x.ts', "import { main } from '../../cli/program.js';\nexport const x = main;\n", /Nothing under src\/ imports from cli\//],
    ['src/tui/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", /one door/],
    ['src/watch/x.ts', "import { stat } from 'fs/promises';\nexport const x = stat;\n", /one door/],
    ['cli/commands/x.ts', "import { execFileSync } from 'node:child_process';\nexport const x = execFileSync;\n", /one door/],
    ['src/classify/x.ts', "import { respond } from '../engine/index.js';\nexport const x = respond;\n", /comes before .*engine/],
    ['src/test-run/x.ts', "import { visible } from '../report/visible.js';\nexport const x = visible;\n", /comes before report/],
    ['src/load/x.ts', "import { checkProject } from '../validate/index.js';\nexport const x = checkProject;\n", /comes before .*validate/],
  ])('%s: %s fails', async (file, code, message) => {
    const found = await restricted(file, code);
    expect(found.length).toBe(1);
    expect(found[0]).toMatch(message);
  });

  it.each([
    ['src/escalate/x.ts', "import { classify } from '../classify/index.js';\nexport const x = classify;\n"],
    ['src/validate/x.ts', "import { measureLength } from '../check-reply/index.js';\nexport const x = measureLength;\n"],
    ['src/node/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['cli/x.ts', "import { main } from './program.js';\nexport const x = main;\n"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});
