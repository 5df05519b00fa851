/** Which files make up which playbook, from their paths alone. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { FILE_START } from '../diagnostics/diagnostic.js';
import { baseOf, isComplaintFile, isYamlPath, normalisePath, playbookDirOf, playbookDirs, playbookFileOf } from '../load/sources.js';

export { isComplaintFile, normalisePath };

export interface PlaybookLayout {
  /** The playbook's folder (`.` for the project root). */
  dir: string;
  /** Its playbook files in reading order: playbook.yaml first, then by path. */
  files: string[];
  /** Its complaint files, by path. */
  complaintFiles: string[];
}

/** Groups paths into playbooks; YAML files outside every playbook get a diagnostic. */
export function layoutProject(paths: readonly string[]): { playbooks: PlaybookLayout[]; diagnostics: Diagnostic[] } {
  const norm = [...new Set(paths.map(normalisePath))].filter(isYamlPath).sort();
  const dirs = playbookDirs(norm);
  const byDir = new Map<string, PlaybookLayout>([...dirs].sort().map((d) => [d, { dir: d, files: [], complaintFiles: [] }]));
  const diagnostics: Diagnostic[] = [];
  for (const p of norm) {
    // The nearest folder at or above the file that holds a playbook.yaml owns it.
    const owner = playbookDirOf(p, dirs);
    if (owner === null) {
      const misnamed = /^playbook\.yml$/i.test(baseOf(p)) || baseOf(p) === 'Playbook.yaml';
      diagnostics.push({
        file: p,
        range: FILE_START,
        severity: misnamed ? 'error' : 'info',
        ruleId: 'load/orphan-file',
        message: misnamed
          ? `\`${baseOf(p)}\` is not read: a playbook is found by a file named exactly \`playbook.yaml\``
          : 'This YAML file belongs to no playbook (there is no playbook.yaml in its folder or above) and is not checked',
        data: misnamed ? { kind: 'file-problem', problem: 'misnamed', name: baseOf(p) } : { kind: 'file-problem', problem: 'orphan' },
      });
      continue;
    }
    const layout = byDir.get(owner)!;
    if (isComplaintFile(p, owner)) layout.complaintFiles.push(p);
    else layout.files.push(p);
  }
  for (const l of byDir.values()) {
    const main = playbookFileOf(l.dir);
    l.files = [main, ...l.files.filter((f) => f !== main)];
  }
  return { playbooks: [...byDir.values()], diagnostics };
}
