/** Which folders a walk of the project covers, from the configuration's `playbooks` and `ignore` globs. */
import picomatch from 'picomatch';
import type { ProjectConfig } from './project-config.js';

/** What a walk asks of the configuration, for paths relative to the project root (forward slashes). */
export interface WalkScope {
  /** True for a folder or file never searched (`ignore`). */
  ignored(rel: string): boolean;
  /** True for a folder whose files are collected by a bare run; null: every folder with a playbook.yaml (the default). */
  playbookFolder: ((rel: string) => boolean) | null;
}

/** The scope of a configuration (`{ dot: true }`: a glob's `**` covers dot-folders too, as a team writes it). */
export function walkScope(config: Pick<ProjectConfig, 'ignore' | 'playbooks'>): WalkScope {
  const ignore = config.ignore.length ? picomatch(config.ignore, { dot: true }) : null;
  const playbooks = config.playbooks ? picomatch(config.playbooks, { dot: true }) : null;
  return { ignored: (rel) => (ignore ? ignore(rel) : false), playbookFolder: playbooks };
}
