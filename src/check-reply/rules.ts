/**
 * The ids of the reply checks (`ReplyCheck.id`): what the simulator, `sim --json` and a failing
 * `test/reply-mismatch` show for a rendered reply. The `tone/…` ids that the template checks also
 * report (`tone/avoid`, `tone/address`…) mean the same on the rendered reply; these are the others.
 * Listed here for the rule documentation (docs/rules.md).
 */
import type { RequiredElement } from '../model/playbook.js';

const ELEMENTS: Record<RequiredElement, string> = {
  greeting: 'a greeting',
  thanks: 'thanks',
  regret: 'an expression of regret',
  help: 'an offer to help',
  name: "the author's name (when the author has a usable one)",
};

/** Reply check ids that are not also rule ids of the playbook checks, with what each checks. */
export const REPLY_CHECK_RULES: ReadonlyArray<{ id: string; description: string }> = [
  { id: 'channel/limit', description: "The rendered reply, signature included, fits the channel's length limit in the channel's unit." },
  { id: 'template/leftover', description: 'No template syntax (`{{`, `}}`) is left in the rendered reply.' },
  ...(Object.entries(ELEMENTS) as Array<[RequiredElement, string]>).map(([element, what]) => ({
    id: `tone/require-${element}`,
    description: `The rendered reply contains ${what}, as the tone of voice requires (\`tone.require\`).`,
  })),
];
