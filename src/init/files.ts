/**
 * The files `replybook init` writes, as data: a small complete playbook (schedule, SLA, the seed's
 * types, templates per channel, escalations, a dozen sample complaints), the editor settings and
 * the GitHub workflow. Pure: options in, paths and contents out; the command writes them through
 * the project's door.
 */
import path from 'node:path';
import type { Seed, SeedValues } from './seed.js';
import { SEED_EN } from './seed-en.js';
import { SEED_RU } from './seed-ru.js';
import { keepChannels, seedChannels, type SeedChannel } from './channels.js';

/** The languages `init` has a seed for. */
export const INIT_LOCALES = ['ru', 'en'] as const;
export type InitLocale = (typeof INIT_LOCALES)[number];

const SEEDS: Record<InitLocale, Seed> = { ru: SEED_RU, en: SEED_EN };

/** The production calendar each locale's seed uses by default (`schedule.calendar`). */
const DEFAULT_CALENDAR: Record<InitLocale, string | null> = { ru: 'ru', en: null };

/** The schema folder modelines point at when replybook is installed as a package. */
export const PACKAGE_SCHEMA_DIR = 'node_modules/replybook/schema';

/** The longest brand name `init` accepts (it becomes `brand:` and the default voice's name). */
export const MAX_BRAND_LENGTH = 100;

export interface InitOptions {
  locale: InitLocale;
  brand: string;
  timezone: string;
  /** A calendar code (`ru`, `us`, …); undefined for the locale's default. */
  calendar?: string;
  /** The seed's channels to keep (see `initChannels`); undefined for all of them. */
  channels?: readonly string[];
  /**
   * The schema folder, relative to the folder `init` writes into (forward slashes): the installed
   * package's (`node_modules/replybook/schema`) or, inside replybook's own repository, `schema`.
   */
  schemaDir: string;
}

/** One file to write: its path relative to the folder `init` writes into (forward slashes), and its text. */
export interface InitFile {
  path: string;
  content: string;
}

/** How to turn on the pre-commit hook `init` writes (git runs a hook only when it is executable). */
export const HOOK_SETUP = 'chmod +x .githooks/pre-commit && git config core.hooksPath .githooks';

/** Why the options cannot make a playbook (a usage error), or null. */
export function initOptionsProblem(o: { locale?: string; brand?: string; timezone?: string; calendar?: string }): string | null {
  if (!o.locale || !(INIT_LOCALES as readonly string[]).includes(o.locale))
    return `--locale must be one of ${INIT_LOCALES.join(', ')}${o.locale ? `, not ${o.locale}` : ''}`;
  const brand = o.brand?.trim() ?? '';
  if (!brand) return '--brand is required: the brand name the playbook answers for';
  if (brand.length > MAX_BRAND_LENGTH) return `--brand is longer than ${MAX_BRAND_LENGTH} characters`;
  // Control characters and line breaks have no place in a brand name (and would break the YAML comment lines).
  if (/[\p{Cc}\u2028\u2029]/u.test(brand)) return '--brand contains a control character or a line break';
  if (!o.timezone) return '--timezone is required: an IANA time zone such as Europe/Moscow or America/New_York';
  if (!isTimeZone(o.timezone)) return `--timezone ${o.timezone} is not an IANA time zone (such as Europe/Moscow)`;
  if (o.calendar !== undefined && !/^[a-z]{2}(?:-[a-z0-9]{1,3})?$/i.test(o.calendar))
    return `--calendar ${o.calendar} is not a country code (such as ru, us, de)`;
  return null;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

// Russian letters in Latin (a simplified GOST 7.79 reading), so «Ромашка» gets the folder `romashka`.
const CYRILLIC: Record<string, string> = Object.fromEntries(
  'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** The longest playbook folder name `init` makes from a brand. */
const MAX_FOLDER_LENGTH = 40;

/** The playbook's folder name, from the brand: lower-case ASCII words joined by `-` (else `main`). */
export function playbookFolder(brand: string): string {
  const words = brand
    .toLowerCase()
    .replace(/[а-яё]/g, (c) => CYRILLIC[c] ?? c)
    .normalize('NFKD')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  // Whole words up to the limit (a first word longer than it is cut), never a trailing `-`.
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w.slice(0, MAX_FOLDER_LENGTH);
    if (next.length > MAX_FOLDER_LENGTH) break;
    slug = next;
  }
  return slug || 'main';
}

/** A YAML scalar for `text`: plain when that is safe, else double-quoted (JSON's quoting is YAML's). */
function yamlScalar(text: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ._/+-]*$/u.test(text) && !/\s$/.test(text) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(text)
    ? text
    : JSON.stringify(text);
}

/** The modeline that gives the YAML extension the schema of `file` (paths relative to the init folder). */
export function schemaModeline(file: string, schemaDir: string, complaintFile: boolean): string {
  const schema = `${schemaDir}/${complaintFile ? 'complaints' : 'playbook'}.schema.json`;
  let rel = path.posix.relative(path.posix.dirname(file), schema);
  if (!rel.startsWith('.') && !rel.startsWith('/')) rel = `./${rel}`;
  return `# yaml-language-server: $schema=${rel}`;
}

/** Every file `init` writes, in the order it lists them. */
export function initFiles(o: InitOptions): InitFile[] {
  const seed = SEEDS[o.locale];
  const dir = `playbooks/${playbookFolder(o.brand)}`;
  const calendar = o.calendar ?? DEFAULT_CALENDAR[o.locale];
  const values: SeedValues = {
    brand: yamlScalar(o.brand.trim()),
    timezone: yamlScalar(o.timezone),
    calendarLine: calendar
      ? `  calendar: ${yamlScalar(calendar)}`
      : '  # calendar: us          # public holidays of a country (date-holidays code): they are not business days',
  };
  const yaml = (file: string, body: string, complaintFile = false): InitFile => ({
    path: file,
    content: `${schemaModeline(file, o.schemaDir, complaintFile)}\n${body}`,
  });
  const texts = { playbook: seed.playbook(values), templates: seed.templates, complaints: seed.complaints };
  const kept = o.channels ? keepChannels(texts, o.channels) : texts;
  return [
    yaml(`${dir}/playbook.yaml`, kept.playbook),
    yaml(`${dir}/types.yaml`, seed.types),
    yaml(`${dir}/escalations.yaml`, seed.escalations),
    yaml(`${dir}/templates/replies.yaml`, kept.templates),
    yaml(`${dir}/complaints/samples.yaml`, kept.complaints, true),
    { path: '.vscode/settings.json', content: vscodeSettings(o.schemaDir) },
    { path: '.github/workflows/replybook.yml', content: workflow() },
    { path: 'replybook.config.yaml', content: projectConfig(o.schemaDir, o.locale) },
    { path: '.githooks/pre-commit', content: preCommitHook() },
  ];
}

/**
 * The project configuration (docs/configuration.md): what a bare `check` and `test` cover, the
 * language they speak (the playbook's, whatever the machine's LANG: a CI runner's is C.UTF-8), and
 * the place to tune rules.
 */
function projectConfig(schemaDir: string, locale: InitLocale): string {
  return [
    `# yaml-language-server: $schema=${schemaDir}/config.schema.json`,
    "# replybook's project configuration: which folders hold playbooks, the language replybook prints in",
    '# (remove `lang` to follow LANG) and the severity of each rule (`npx replybook rules` lists them;',
    '# off, info, warn or error). See docs/configuration.md.',
    'playbooks:',
    '  - playbooks/*',
    `lang: ${locale}`,
    'rules: {}',
    '',
  ].join('\n');
}

/** The channels a locale's seed has (id and name), for `--channels` and the prompt. */
export function initChannels(locale: InitLocale): SeedChannel[] {
  return seedChannels(SEEDS[locale].playbook({ brand: 'x', timezone: 'UTC', calendarLine: '' }));
}

/** A git pre-commit hook (turned on with HOOK_SETUP): the playbooks checked and their samples run before each commit, as CI will. */
function preCommitHook(): string {
  return `#!/bin/sh
# replybook: check the playbooks and run their sample complaints before each commit, as CI does.
# Turn on once per clone: chmod +x .githooks/pre-commit && git config core.hooksPath .githooks
# Skip once:              git commit --no-verify
set -e
npx --no-install replybook check --quiet
npx --no-install replybook test
`;
}

function vscodeSettings(schemaDir: string): string {
  const dir = schemaDir.startsWith('.') ? schemaDir : `./${schemaDir}`;
  const settings = {
    'yaml.schemas': {
      [`${dir}/playbook.schema.json`]: ['playbooks/**/*.yaml', '!playbooks/**/complaints/**'],
      [`${dir}/complaints.schema.json`]: ['playbooks/**/complaints/**/*.yaml'],
    },
    'yaml.validate': true,
    'files.associations': { '**/__replies__/**/*.txt': 'plaintext' },
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

function workflow(): string {
  return `# Every pull request (and every push to main): the playbooks are checked and their sample
# complaints run. docs/ci.md in the replybook package shows the full workflow (SARIF, the
# "what changes for customers" comment, the build).
name: Playbooks

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  playbooks:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - name: Check the playbooks
        run: npx replybook check playbooks --format github
      - name: Run the sample complaints
        if: \${{ !cancelled() }}
        run: npx replybook test playbooks --reporter github
`;
}
