/**
 * The files a project's playbooks read besides their YAML: the calendar files named in
 * `schedule.calendar_files`. The front end asks for them after reading the YAML files, reads them
 * through the project's door, and passes them to the checker with the rest.
 */
import { parseSourceFile } from '../load/parse-file.js';
import type { SourceFile } from '../load/source-file.js';
import { toList } from './compile/condition.js';
import { calendarFilePath } from './compile/schedule.js';
import { isComplaintFile, normalisePath } from '../load/sources.js';
import { layoutProject } from './project-files.js';

const MARK = new TextEncoder().encode('calendar_files');

/** True when `bytes` contain `needle` (a plain scan: most files never name a calendar file). */
function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/** The calendar files the playbooks among `files` name, as paths in the same form as the files' own. */
export function referencedFiles(files: readonly SourceFile[]): string[] {
  const byPath = new Map(files.map((f) => [normalisePath(f.path), f]));
  const out = new Set<string>();
  for (const l of layoutProject([...byPath.keys()]).playbooks) {
    for (const p of l.files) {
      const f = byPath.get(p);
      if (!f || 'error' in f || isComplaintFile(p, l.dir) || !contains(f.bytes, MARK)) continue;
      const data = parseSourceFile(f).data as { schedule?: { calendar_files?: unknown } } | null;
      const refs = data && typeof data === 'object' ? data.schedule?.calendar_files : undefined;
      for (const ref of toList(refs as string | string[] | undefined)) if (typeof ref === 'string') out.add(calendarFilePath(l.dir, ref));
    }
  }
  return [...out].sort();
}
