/**
 * The profanity lists (`profane.txt`, `innocent.txt` beside this file): one form a line, `#` starts a
 * comment line. Read by the lexicon's table-driven test and by `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One form of a list, with the section (the last `# ──` comment above it) and its line. */
export interface ListedForm {
  form: string;
  section: string;
  line: number;
}

/** The folder of the lists, from the sources or from dist/ (the lists are not compiled). */
function listsFolder(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const parts = here.split(path.sep);
  const dist = parts.lastIndexOf('dist');
  return dist < 0 ? here : [...parts.slice(0, dist), ...parts.slice(dist + 1)].join(path.sep);
}

/** The forms of one list (`profane` or `innocent`), in file order. */
export function readList(name: 'profane' | 'innocent'): ListedForm[] {
  const text = readFileSync(path.join(listsFolder(), `${name}.txt`), 'utf8');
  const out: ListedForm[] = [];
  let section = '';
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('#')) {
      const m = /^#\s*──\s*(.*)$/.exec(line);
      if (m) section = m[1];
      return;
    }
    if (line.trim() === '') return;
    out.push({ form: line, section, line: i + 1 });
  });
  return out;
}

/** The sentences a form is tried in: a Russian and an English one, with the form in the middle. */
export const FRAMES: ReadonlyArray<{ locale: 'ru' | 'en'; before: string; after: string }> = [
  { locale: 'ru', before: 'Ну вы даёте, ', after: ', вообще уже.' },
  { locale: 'en', before: 'Well, ', after: ' again, guys.' },
];
