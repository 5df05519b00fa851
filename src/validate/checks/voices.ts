/** Voices: at most one default. */
import type { PlaybookCheck } from '../check.js';
import { EXAMPLE_HEAD } from './util.js';

export const voiceDefault: PlaybookCheck = {
  id: 'voice/multiple-default',
  severity: 'error',
  description: 'Finds more than one voice marked `default: true`.',
  examples: [
    {
      title: 'one default voice',
      files: { 'playbook.yaml': `${EXAMPLE_HEAD}voices:\n  official: { name: Acme, default: true }\n  anna: { name: Анна }\n` },
      expect: [],
    },
    {
      title: 'two default voices',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}voices:\n  official: { name: Acme, default: true }\n  anna: { name: Анна, default: true }\n`,
      },
      expect: [{ rule: 'voice/multiple-default', at: '9:3' }],
    },
  ],
  run(ctx) {
    const defaults = [...ctx.playbook.voices.values()].filter((v) => v.isDefault);
    for (const v of defaults.slice(1)) {
      ctx.report({
        at: v.source,
        message: `The voice \`${v.id}\` is marked default, but \`${defaults[0].id}\` already is; exactly one voice may be the default`,
        related: [{ file: defaults[0].source.file, range: defaults[0].source.range, message: 'the first default voice' }],
        expected: [defaults[0].id],
        actual: v.id,
        data: { kind: 'duplicate', of: 'default voice', id: v.id, first: defaults[0].id },
      });
    }
  },
};
