/**
 * A label column's values as negativity types: the team's own tags (`constructive`,
 * `Неконструктив`) or a monitoring service's sentiment column, through `--label-map VALUE=TYPE`
 * and, failing that, a value that is a type id itself.
 */

export interface LabelMap {
  /** The type a label value stands for, or null when it stands for none. */
  typeOf(value: string): string | null;
}

const key = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е');

/** Parses `--label-map VALUE=TYPE` pairs; an unknown type is a problem. */
export function labelMap(pairs: readonly string[], types: readonly string[]): { map: LabelMap; problems: string[] } {
  const problems: string[] = [];
  const explicit = new Map<string, string>();
  const typeSet = new Set(types);
  for (const pair of pairs) {
    const eq = pair.lastIndexOf('=');
    if (eq <= 0 || eq === pair.length - 1) {
      problems.push(`--label-map \`${pair}\` is not VALUE=TYPE (e.g. negative=non-constructive)`);
      continue;
    }
    const type = pair.slice(eq + 1).trim();
    if (!typeSet.has(type)) {
      problems.push(`--label-map ${pair}: unknown type \`${type}\`, expected one of ${types.map((t) => `\`${t}\``).join(', ')}`);
      continue;
    }
    explicit.set(key(pair.slice(0, eq)), type);
  }
  const byId = new Map(types.map((t) => [key(t), t]));
  return {
    map: { typeOf: (value) => explicit.get(key(value)) ?? byId.get(key(value)) ?? null },
    problems,
  };
}
