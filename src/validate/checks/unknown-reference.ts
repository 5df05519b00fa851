/** References to ids that are not defined: types, channels, voices, teams, signals, lexicons, escalations. */
import type { PlaybookCheck, CheckContext } from '../check.js';
import type { Source } from '../../model/playbook.js';
import { BUILTIN_LEXICONS, BUILTIN_SIGNALS } from '../builtins.js';
import { didYouMean, listIds, unknownName } from '../suggest.js';
import { EXAMPLE_HEAD, walkCondition } from './util.js';

type Kind = 'type' | 'channel' | 'voice' | 'team' | 'signal' | 'lexicon' | 'escalation';

function known(ctx: CheckContext): Record<Kind, string[]> {
  const p = ctx.playbook;
  return {
    type: p.types.map((t) => t.id),
    channel: [...p.channels.keys()],
    voice: [...p.voices.keys()],
    team: [...p.teams.keys()],
    signal: [...new Set([...BUILTIN_SIGNALS, ...p.signals.keys()])],
    lexicon: [...new Set([...BUILTIN_LEXICONS, ...p.lexicons.keys()])],
    escalation: p.escalations.map((e) => e.id),
  };
}

export const unknownReference: PlaybookCheck = {
  id: 'ref',
  severity: 'error',
  description: 'Finds references to types, channels, voices, teams, signals, lexicons or escalations that the playbook does not define.',
  rules: {
    'unknown-type': 'A condition or template names a negativity type that is not defined.',
    'unknown-channel': 'A condition or template names a channel that is not defined.',
    'unknown-voice': 'A template names a voice that is not defined.',
    'unknown-team': 'An escalation routes to a team that is not defined.',
    'unknown-signal': 'A condition or template names a signal that is neither built in nor defined.',
    'unknown-lexicon': 'A condition names a lexicon that is neither built in nor defined.',
    'unknown-escalation': 'A template names an escalation rule that is not defined.',
  },
  examples: [
    {
      title: 'every reference resolves',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}teams:\n  pr: { name: PR }\ntypes:\n  rude: { match: { lexicon: profanity }, reply: none }\nescalations:\n  - { id: big, when: { type: rude }, to: pr }\n`,
      },
      expect: [],
    },
    {
      title: 'an escalation to an unknown team and a misspelt type',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}teams:\n  pr: { name: PR }\ntypes:\n  rude: { match: { lexicon: profanity }, reply: none }\nescalations:\n  - { id: big, when: { type: rdue }, to: legal }\n`,
      },
      expect: [
        { rule: 'ref/unknown-type', at: '12:30' },
        { rule: 'ref/unknown-team', at: '12:42' },
      ],
    },
  ],
  run(ctx) {
    const ids = known(ctx);
    const check = (kind: Kind, names: readonly string[], at: (i: number) => Source): void => {
      names.forEach((name, i) => {
        if (ids[kind].includes(name)) return;
        ctx.report({
          at: at(i),
          rule: `unknown-${kind}`,
          message: `Unknown ${kind} \`${name}\`, expected one of ${listIds(ids[kind])}${didYouMean(name, ids[kind])}`,
          ...unknownName(kind, name, ids[kind]),
        });
      });
    };
    const p = ctx.playbook;
    const inCondition = (c: Parameters<typeof walkCondition>[0]): void =>
      walkCondition(c, (x) => {
        const at = (i: number): Source => ctx.locate(x.source.file, [...x.source.path, i]);
        if (x.kind === 'type') check('type', x.types, at);
        else if (x.kind === 'channel') check('channel', x.channels, at);
        else if (x.kind === 'signal') check('signal', x.names, at);
        else if (x.kind === 'lexicon') check('lexicon', x.names, at);
      });
    p.types.forEach((t) => inCondition(t.match));
    for (const e of p.escalations) {
      inCondition(e.when);
      const base = e.source.path.slice(0, -1);
      check('team', [e.to], () => ctx.locate(e.source.file, [...base, 'to']));
    }
    for (const t of p.templates.values()) {
      const base = [...t.source.path, 'when'];
      const at =
        (key: string) =>
        (i: number): Source =>
          ctx.locate(t.source.file, [...base, key, i]);
      check('type', t.when.type ?? [], at('type'));
      check('channel', t.when.channel ?? [], at('channel'));
      check('voice', t.when.voice ?? [], at('voice'));
      check('signal', t.when.signals ?? [], at('signals'));
      check('signal', t.when.missing ?? [], at('missing'));
      check('escalation', t.when.escalation ?? [], at('escalation'));
    }
  },
};
