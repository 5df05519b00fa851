/**
 * The configuration's rule settings applied to a list of diagnostics: a rule turned `off` drops
 * its diagnostics, another level sets their severity; an `overrides` entry whose `files` globs
 * match the diagnostic's file (relative to the project root) wins over `rules`, and a later entry
 * over an earlier one. A fatal diagnostic (a file that could not be used at all) keeps its
 * severity whatever the settings say, as ESLint's parse errors do: turning it off would hide
 * that nothing in the file was checked.
 */
import picomatch from 'picomatch';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { severityOfLevel, type ProjectConfig, type RuleLevel } from './project-config.js';

/**
 * What a checker needs to apply a configuration: its rules and overrides, the project root and the
 * working folder (the one diagnostics' paths are relative to), both absolute with forward slashes.
 * Plain data, so it crosses to a worker thread.
 */
export interface RuleSettings {
  rules: ProjectConfig['rules'];
  overrides: ProjectConfig['overrides'];
  root: string;
  cwd: string;
}

/** The settings of `config` for a project at `root` with diagnostics shown relative to `cwd` (absolute paths). */
export function ruleSettingsOf(config: ProjectConfig, root: string, cwd: string): RuleSettings | undefined {
  if (!Object.keys(config.rules).length && !config.overrides.some((o) => Object.keys(o.rules).length)) return undefined;
  const slashes = (p: string) => p.replace(/\\/g, '/');
  return { rules: config.rules, overrides: config.overrides, root: slashes(root), cwd: slashes(cwd) };
}

/** `p` (relative or absolute, forward slashes) resolved against the absolute `base`, `.` and `..` removed — without the file system. */
export function resolvePosix(base: string, p: string): string {
  const out: string[] = [];
  for (const seg of (p.startsWith('/') ? p : `${base}/${p}`).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.join('/')}`;
}

/** A diagnostic's file (relative to `cwd`) relative to the project root, as the `overrides` globs match it. */
export function fromRoot(s: Pick<RuleSettings, 'root' | 'cwd'>, file: string): string {
  const abs = resolvePosix(s.cwd, file.replace(/\\/g, '/'));
  const root = resolvePosix(s.root, '.');
  if (abs === root) return '.';
  return abs.startsWith(`${root === '/' ? '' : root}/`) ? abs.slice(root === '/' ? 1 : root.length + 1) : abs;
}

/** Dot-files and dot-folders match like other names: `**` covers `.github/…` as a team would expect. */
const GLOB_OPTIONS = { dot: true } as const;

/** A function that gives each diagnostic its configured severity, or null when its rule is off. */
export function compileRuleSettings(s: RuleSettings): (d: Diagnostic) => Diagnostic | null {
  const overrides = s.overrides.map((o) => ({ match: picomatch(o.files, GLOB_OPTIONS), rules: o.rules }));
  const levelOf = (file: string, ruleId: string): RuleLevel | undefined => {
    let level = s.rules[ruleId]?.level;
    if (overrides.length) {
      const rel = fromRoot(s, file);
      for (const o of overrides) if (o.rules[ruleId] && o.match(rel)) level = o.rules[ruleId].level;
    }
    return level;
  };
  return (d) => {
    if (d.fatal) return d;
    const level = levelOf(d.file, d.ruleId);
    if (level === undefined) return d;
    const severity = severityOfLevel(level);
    if (severity === null) return null;
    return severity === d.severity ? d : { ...d, severity };
  };
}

/** The diagnostics with the settings applied (the same list when there are none). */
export function applyRuleSettings(list: Diagnostic[], s: RuleSettings | undefined): Diagnostic[] {
  if (!s) return list;
  const apply = compileRuleSettings(s);
  const out: Diagnostic[] = [];
  for (const d of list) {
    const a = apply(d);
    if (a) out.push(a);
  }
  return out;
}

const compiled = new WeakMap<RuleSettings, (d: Diagnostic) => Diagnostic | null>();

/**
 * Whether a failed reply check of rule `ruleId` fails a sample complaint of `file`: unless the
 * configuration sets the rule below `error` there (off, info, warn), as it does for the diagnostic.
 */
export function failsRun(s: RuleSettings, file: string, ruleId: string): boolean {
  let apply = compiled.get(s);
  if (!apply) compiled.set(s, (apply = compileRuleSettings(s)));
  const probe: Diagnostic = { file, ruleId, severity: 'error', message: '', range: { start: ZERO, end: ZERO } };
  return apply(probe)?.severity === 'error';
}

const ZERO = { line: 1, column: 1, offset: 0 };
