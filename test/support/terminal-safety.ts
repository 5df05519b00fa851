/**
 * What the escaping tests feed replybook and how they read its output: a string with every
 * character that must never reach a terminal or a CI log raw, and the checks a terminal and
 * GitHub's runner would apply to what comes out.
 */

/** Every C0 control (newline included), DEL, every C1 control, the bidi controls and the line separators. */
export const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  '\u007f',
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i)),
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u2028',
  '\u2029',
].join('');

/**
 * The attack: an OSC title, a screen clear, a bell, a carriage-return overwrite, a right-to-left
 * override, workflow commands on lines of their own and the older `##[` form, then every control.
 */
export const EVIL = [
  'evil\u001b]0;pwned\u0007',
  '\u001b[2J\u001b[H',
  'ok\rOVERWRITTEN',
  '\u202egnp.exe',
  '\n::add-mask::secret',
  '\n  ::stop-commands::tok',
  '\n::error file=x::injected',
  '\n##[add-mask]older',
  CONTROLS,
].join('');

/** The escaped forms that must be in the output of a reporter that showed an EVIL string. */
export const ESCAPED_MARKS = ['\\x1B]0;pwned\\x07', '\\u202Egnp.exe'];

/** Colour codes replybook writes itself (SGR), removed before looking for raw controls. */
const OUR_SGR = /\u001b\[[0-9;]*m/g;

/** The raw unsafe characters left in `out` (after replybook's own colour codes), as code points. */
export function rawUnsafe(out: string): string[] {
  const found = out.replace(OUR_SGR, '').match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g) ?? [];
  return [...new Set(found)].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * The lines GitHub's runner would run as workflow commands (actions/runner ActionCommand.cs): a
 * line that starts with `::name` and has a second `::` after leading white space is trimmed (v2),
 * or one that has `##[name]` anywhere (v1). Broader than the runner (any name, not only the
 * registered ones), so a test on it is stricter than the runner.
 */
export function workflowCommands(out: string): Array<{ line: string; command: string; data: string }> {
  const found: Array<{ line: string; command: string; data: string }> = [];
  // The runner reads lines split at \n, \r and \r\n.
  for (const line of out.split(/\r\n|\r|\n/)) {
    const t = line.replace(/^[\s\u0085]+/u, '');
    if (t.startsWith('::')) {
      const end = t.indexOf('::', 2);
      if (end > 2) {
        const info = t.slice(2, end);
        found.push({ line, command: info.split(' ')[0], data: t.slice(end + 2) });
        continue;
      }
    }
    const v1 = line.indexOf('##[');
    if (v1 >= 0 && line.indexOf(']', v1) > v1)
      found.push({ line, command: line.slice(v1 + 3, line.indexOf(']', v1)).split(' ')[0], data: '' });
  }
  return found;
}

/** Replaces every string in `value` whose key is not structural with `s + EVIL` (ids, names, texts, messages, files). */
export function poison<T>(value: T, evil = EVIL, skip: ReadonlySet<string> = STRUCTURAL): T {
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string') return key !== null && skip.has(key) ? v : `${v}${evil}`;
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, walk(x, null)]));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(value, null) as T;
}

/** Keys whose values are enumerations the code switches on, not text from a playbook or a mention. */
export const STRUCTURAL: ReadonlySet<string> = new Set([
  'severity',
  'op',
  'kind',
  'change',
  'sample',
  'style',
  'unit',
  'priority',
  'changes',
  'fields',
  'base',
  'head',
]);
