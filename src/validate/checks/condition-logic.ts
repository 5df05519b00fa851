/** Reasoning about conditions without running them: always true, and structural equality. */
import type { Condition } from '../../model/playbook.js';
import { DEFAULT_PHRASE_GAP } from '../../text/phrase.js';

/** True when the condition holds for every mention (an empty `all`, an `any` with such a member…). */
export function alwaysTrue(c: Condition): boolean {
  switch (c.kind) {
    case 'all':
      return c.of.every(alwaysTrue);
    case 'any':
      return c.of.some(alwaysTrue);
    case 'not':
      return alwaysFalse(c.of);
    default:
      return false;
  }
}

/** True when the condition can never hold (an empty `any`, `not` of an always-true one). */
export function alwaysFalse(c: Condition): boolean {
  switch (c.kind) {
    case 'all':
      return c.of.some(alwaysFalse);
    case 'any':
      return c.of.every(alwaysFalse);
    case 'not':
      return alwaysTrue(c.of);
    default:
      return false;
  }
}

/** A canonical text of a condition, ignoring where it is written and the order of lists. */
export function conditionKey(c: Condition): string {
  switch (c.kind) {
    case 'all':
    case 'any': {
      const parts = c.of.map(conditionKey).sort();
      return parts.length === 1 ? parts[0] : `${c.kind}(${parts.join(',')})`;
    }
    case 'not':
      return `not(${conditionKey(c.of)})`;
    case 'words':
      return `words(${[...c.words]
        .map((w) => w.toLowerCase())
        .sort()
        .join('|')}/gap${c.gap ?? DEFAULT_PHRASE_GAP})`;
    case 'regex':
      return `regex(${c.pattern}/${[...c.flags].sort().join('')}${c.word ? '/word' : ''})`;
    case 'lexicon':
      return `lexicon(${[...c.names].sort().join('|')})`;
    case 'signal':
      return `signal(${[...c.names].sort().join('|')})`;
    case 'channel':
      return `channel(${[...c.channels].sort().join('|')})`;
    case 'type':
      return `type(${[...c.types].sort().join('|')})`;
    case 'followers':
      return `followers(${c.op}${c.value})`;
    case 'verified':
      return `verified(${c.value})`;
  }
}
