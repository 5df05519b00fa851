/** A validated condition (`match`, `when`) → the model's Condition. */
import type { JsonPath, PositionIndex } from '../../load/position-index.js';
import type { ConditionInput, ComparisonInput, RegexInput } from '../../model/input.generated.js';
import type { Comparison, Condition } from '../../model/playbook.js';
import { valueSource } from './source.js';

/** One id or a list of ids → a list. */
export function toList<T>(v: T | T[] | undefined | null): T[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

const OPS: Comparison[] = ['gt', 'gte', 'lt', 'lte', 'eq'];

/** Compiles a condition; several keys become an `all`, an empty mapping an empty `all` (always true). */
export function compileCondition(input: ConditionInput, positions: PositionIndex, path: JsonPath): Condition {
  const at = (key: string | number, ...more: Array<string | number>) => valueSource(positions, [...path, key, ...more]);
  const parts: Condition[] = [];
  for (const key of Object.keys(input)) {
    const source = at(key);
    switch (key) {
      case 'words': {
        const w = input.words;
        if (Array.isArray(w)) parts.push({ kind: 'words', words: w, source });
        else if (w) parts.push({ kind: 'words', words: w.phrases, ...(w.gap !== undefined ? { gap: w.gap } : {}), source });
        break;
      }
      case 'regex': {
        const r = input.regex as string | RegexInput;
        parts.push(
          typeof r === 'string'
            ? { kind: 'regex', pattern: r, flags: 'iu', source }
            : { kind: 'regex', pattern: r.pattern, flags: r.flags ?? 'iu', ...(r.word ? { word: true } : {}), source },
        );
        break;
      }
      case 'lexicon':
        parts.push({ kind: 'lexicon', names: toList(input.lexicon), source });
        break;
      case 'signal':
        parts.push({ kind: 'signal', names: toList(input.signal), source });
        break;
      case 'channel':
        parts.push({ kind: 'channel', channels: toList(input.channel), source });
        break;
      case 'type':
        parts.push({ kind: 'type', types: toList(input.type), source });
        break;
      case 'author.followers': {
        const cmp = input['author.followers'] as ComparisonInput;
        for (const op of OPS)
          if (typeof cmp[op] === 'number') parts.push({ kind: 'followers', op, value: cmp[op] as number, source: at(key, op) });
        break;
      }
      case 'author.verified':
        parts.push({ kind: 'verified', value: input['author.verified'] === true, source });
        break;
      case 'any':
        parts.push({ kind: 'any', of: (input.any ?? []).map((c, i) => compileCondition(c, positions, [...path, 'any', i])), source });
        break;
      case 'all':
        parts.push({ kind: 'all', of: (input.all ?? []).map((c, i) => compileCondition(c, positions, [...path, 'all', i])), source });
        break;
      case 'not':
        if (input.not) parts.push({ kind: 'not', of: compileCondition(input.not, positions, [...path, 'not']), source });
        break;
    }
  }
  if (parts.length === 1) return parts[0];
  return { kind: 'all', of: parts, source: valueSource(positions, path) };
}
