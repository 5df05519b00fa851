// ESLint's flat config. Beyond the recommended rules, it encodes replybook's architecture
// (README.md, "The code is a pipeline") the way ESLint's own config guards lib/linter and lib/rules:
// the core does no I/O and loads no front end, nothing in src/ reaches into cli/, and a stage
// imports only the stages before it in the flow — with every exception named and explained below.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The core's stages in the order a mention flows through them (the folders of src/). */
const FLOW = [
  'diagnostics', // the one diagnostic type
  'model', // the playbook, mention and outcome types
  'text', // normalising, stemming, trims, patterns: used by every stage that reads text
  'load', // YAML text → documents with positions
  'validate', // schema + semantic checks → the playbook model
  'classify',
  'escalate',
  'deadline',
  'template',
  'check-reply',
  'engine', // respond(): the stages composed
  'test-run',
  'report',
  'build',
  'diff',
  'backtest', // a playbook over a monitoring service's export: the engine, tallied and reported
];

/**
 * Where a stage may import a later one, and why. Validation runs the later stages' own compilers
 * and measurements so that a playbook is known to work before a mention reaches it.
 */
const LATER_ALLOWED = {
  validate: {
    classify: 'checks conditions and signals with the classifier’s own compiler and built-in ids',
    deadline: 'checks schedules and durations with the calendar the engine uses',
    template: 'parses templates and partials once, with the renderer’s own bounds and vocabulary',
    'check-reply': 'measures rendered replies against channel limits and the tone of voice',
  },
};

/** Modules the core may not import: I/O, processes, terminals, front ends. */
const IO_MODULES = [
  'node:*',
  ...['fs', 'fs/promises', 'child_process', 'os', 'path', 'process', 'worker_threads', 'net', 'http', 'https', 'stream', 'readline', 'tty'],
  'ink',
  'ink-*',
  'react',
  'react/*',
  'chokidar',
  'chalk',
  'commander',
  'vscode-languageserver',
  'vscode-languageserver/*',
  'vscode-languageserver-textdocument',
];

const FRONT_ENDS = ['node', 'tui', 'watch', 'lsp'];

/** Modules only src/node may import: the file system and processes. */
const FILE_MODULES = ['fs', 'fs/*', 'node:fs', 'node:fs/*', 'child_process', 'node:child_process'];

/** `no-restricted-imports` for one core stage: no I/O, no front end, no cli/, no later stage. */
function stageRules(stage) {
  const at = FLOW.indexOf(stage);
  const allowed = LATER_ALLOWED[stage] ?? {};
  const later = FLOW.slice(at + 1).filter((s) => !(s in allowed));
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: IO_MODULES,
            message: `src/${stage} is the core: it takes data and returns data, with no I/O and no front end (shared conventions: "The core does no I/O"). Do the I/O in src/node or a front end and pass the data in.`,
          },
          {
            group: FRONT_ENDS.map((f) => `**/${f}/*`).concat(['**/cli/*']),
            message: `src/${stage} is the core: it may not import src/node, the front ends (src/tui, src/watch, src/lsp) or cli/.`,
          },
          ...(later.length
            ? [
                {
                  group: later.map((s) => `../${s}/*`).concat(later.map((s) => `../../${s}/*`)),
                  message: `src/${stage} comes before ${later.join(', ')} in the flow (README.md): a stage imports only the stages before it. If a later stage is needed, say why in eslint.config.js (LATER_ALLOWED).`,
                },
              ]
            : []),
        ],
      },
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'editors/vscode/out/**',
      'editors/vscode/node_modules/**',
      'test/**/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `import('x').T` in a type position is a type import too.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    // The tests feed and look for raw control characters on purpose (escaping, terminals, CI logs).
    files: ['test/**/*.{ts,tsx}'],
    rules: { 'no-control-regex': 'off' },
  },
  ...FLOW.map((stage) => ({ files: [`src/${stage}/**/*.{ts,tsx}`], rules: stageRules(stage) })),
  {
    // The front ends and the command line: files and processes only through src/node (the one door
    // that keeps every access inside the project), and nothing in src/ reaches into cli/.
    files: ['src/**/*.{ts,tsx}', 'cli/**/*.ts'],
    ignores: [...FLOW.map((s) => `src/${s}/**`), 'src/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/*'],
              message: 'Nothing under src/ imports from cli/: the command line calls src/, never the other way round.',
            },
            {
              group: FILE_MODULES,
              message:
                'Project files and processes go through src/node (src/node/project-fs.ts is the one door that keeps every access inside the project; docs/security.md).',
            },
          ],
        },
      ],
    },
  },
);
