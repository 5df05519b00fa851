/** Small helpers the checks share. */
import type { Condition } from '../../model/playbook.js';

/** Calls `fn` on a condition and every condition inside it (depth is bounded by the loader). */
export function walkCondition(c: Condition | undefined, fn: (c: Condition) => void): void {
  if (!c) return;
  fn(c);
  if (c.kind === 'all' || c.kind === 'any') c.of.forEach((x) => walkCondition(x, fn));
  else if (c.kind === 'not') walkCondition(c.of, fn);
}

/** A minimal playbook.yaml for check examples. */
export const EXAMPLE_HEAD = `replybook: 1
brand: Acme
locale: ru
timezone: Europe/Moscow
channels:
  vk: { name: ВКонтакте, limit: 4096 }
`;
