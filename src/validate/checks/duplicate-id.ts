/** Ids defined twice across the playbook's files. */
import type { PlaybookCheck } from '../check.js';
import { EXAMPLE_HEAD } from './util.js';

export const duplicateId: PlaybookCheck = {
  id: 'ref/duplicate-id',
  severity: 'error',
  description:
    "Finds an id (type, template, voice, team, channel, signal, lexicon, escalation, partial) defined more than once across the playbook's files.",
  examples: [
    {
      title: 'a type defined in two files',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}types:\n  rude: { match: { lexicon: profanity }, reply: none }\n`,
        'more/types.yaml': `types:\n  rude: { match: { lexicon: insults }, reply: none }\n`,
      },
      expect: [{ rule: 'ref/duplicate-id', at: '2:3', file: 'more/types.yaml' }],
    },
    {
      title: 'the same name for a type and a template is fine',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}types:\n  rude: { match: { lexicon: profanity } }\ntemplates:\n  rude: { when: { type: rude }, text: Hi }\n`,
      },
      expect: [],
    },
  ],
  run(ctx) {
    const first = new Map<string, (typeof ctx.definitions)[number]>();
    for (const d of ctx.definitions) {
      const key = `${d.kind}\u0000${d.id}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, d);
        continue;
      }
      ctx.report({
        at: d.source,
        message: `The ${d.kind} \`${d.id}\` is already defined in ${earlier.source.file}:${earlier.source.range.start.line}; ids must be unique across the playbook's files`,
        related: [{ file: earlier.source.file, range: earlier.source.range, message: 'first defined here' }],
        actual: d.id,
        data: { kind: 'duplicate', of: d.kind, id: d.id, first: earlier.id },
      });
    }
  },
};
