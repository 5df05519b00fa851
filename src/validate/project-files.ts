/** Which files make up which playbook, from their paths alone. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { FILE_START } from '../diagnostics/diagnostic.js';

export interface PlaybookLayout {
  /** The playbook's folder (`.` for the project root). */
  dir: string;
  /** Its playbook files in reading order: playbook.yaml first, then by path. */
  files: string[];
  /** Its complaint files, by path. */
  complaintFiles: string[];
}

const YAML = /\.ya?ml$/i;

/** Forward slashes, no `./` prefix. */
export function normalisePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '.' : p.slice(0, i);
}

function baseOf(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** True for `complaints.yaml`, `*.complaints.yaml`, or any YAML file under a `complaints/` folder of the playbook. */
export function isComplaintFile(path: string, playbookDir: string): boolean {
  const base = baseOf(path).toLowerCase();
  if (/^(?:.*\.)?complaints\.ya?ml$/.test(base)) return true;
  const rel = playbookDir === '.' ? path : path.slice(playbookDir.length + 1);
  return rel.split('/').slice(0, -1).includes('complaints');
}

/** Groups paths into playbooks; YAML files outside every playbook get a diagnostic. */
export function layoutProject(paths: readonly string[]): { playbooks: PlaybookLayout[]; diagnostics: Diagnostic[] } {
  const norm = [...new Set(paths.map(normalisePath))].filter((p) => YAML.test(p)).sort();
  const dirs = new Set(norm.filter((p) => baseOf(p) === 'playbook.yaml').map(dirOf));
  const byDir = new Map<string, PlaybookLayout>([...dirs].sort().map((d) => [d, { dir: d, files: [], complaintFiles: [] }]));
  const diagnostics: Diagnostic[] = [];
  for (const p of norm) {
    // The nearest folder at or above the file that holds a playbook.yaml owns it.
    let d = dirOf(p);
    let owner: string | undefined;
    for (;;) {
      if (dirs.has(d)) {
        owner = d;
        break;
      }
      if (d === '.') break;
      d = dirOf(d);
    }
    if (owner === undefined) {
      const misnamed = /^playbook\.yml$/i.test(baseOf(p)) || baseOf(p) === 'Playbook.yaml';
      diagnostics.push({
        file: p,
        range: FILE_START,
        severity: misnamed ? 'error' : 'info',
        ruleId: 'load/orphan-file',
        message: misnamed
          ? `\`${baseOf(p)}\` is not read: a playbook is found by a file named exactly \`playbook.yaml\``
          : 'This YAML file belongs to no playbook (there is no playbook.yaml in its folder or above) and is not checked',
      });
      continue;
    }
    const layout = byDir.get(owner)!;
    if (isComplaintFile(p, owner)) layout.complaintFiles.push(p);
    else layout.files.push(p);
  }
  for (const l of byDir.values()) {
    const main = l.dir === '.' ? 'playbook.yaml' : `${l.dir}/playbook.yaml`;
    l.files = [main, ...l.files.filter((f) => f !== main)];
  }
  return { playbooks: [...byDir.values()], diagnostics };
}
