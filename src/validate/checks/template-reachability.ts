/** Templates that can never be chosen, and reply types or holding replies without a template. */
import type { PlaybookCheck } from '../check.js';
import type { Template } from '../../model/playbook.js';
import { implies, specificity, WhenIndex } from './template-when.js';
import { EXAMPLE_HEAD } from './util.js';
import { signatureOnce } from '../memo.js';

export const templateUnreachable: PlaybookCheck = {
  id: 'template/unreachable',
  severity: 'warning',
  description:
    'Finds templates that can never be chosen: an earlier template at least as specific always holds when they do, or their `when` names only types that get no reply.',
  examples: [
    {
      title: 'a general and a more specific template',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}types:\n  any: { fallback: true }\ntemplates:\n  any: { when: { type: any }, text: Hi }\n  any-vk: { when: { type: any, channel: vk }, text: Hi VK }\n`,
      },
      expect: [],
    },
    {
      title: 'a template shadowed by an identical earlier one, and one for a type without replies',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}types:\n  rude: { match: { lexicon: profanity }, reply: none }\n  any: { fallback: true }\ntemplates:\n  first: { when: { type: any }, text: Hi }\n  second: { when: { type: [any] }, text: Hello }\n  rude: { when: { type: rude }, text: Hm }\n`,
      },
      expect: [
        { rule: 'template/unreachable', at: '12:3' },
        { rule: 'template/unreachable', at: '13:3' },
      ],
    },
  ],
  run(ctx) {
    const p = ctx.playbook;
    const noReply = new Set(p.types.filter((t) => t.reply === 'none').map((t) => t.id));
    const list = [...p.templates.values()];
    // Which templates are unreachable depends only on the ids and `when`s (and the types without a
    // reply), not on texts or positions: memoised on those, the reports are placed afresh.
    const found = ctx.memo
      ? ctx.memo.get(
          `template/unreachable\u0000${list.map((t) => `${t.id}\u0000${signatureOnce(t.when)}`).join('\u0001')}\u0000${[...noReply].join('\u0001')}`,
          () => unreachable(list, noReply),
        )
      : unreachable(list, noReply);
    for (const u of found) {
      const t = list[u.index];
      if (u.shadow === null) {
        const types = t.when.type ?? [];
        ctx.report({
          at: t.source,
          message: `The template \`${t.id}\` can never be chosen: ${types.map((x) => `\`${x}\``).join(', ')} ${types.length > 1 ? 'get' : 'gets'} no reply (\`reply: none\`)`,
          data: { kind: 'unreachable', id: t.id },
        });
        continue;
      }
      const shadow = list[u.shadow];
      ctx.report({
        at: t.source,
        message: `The template \`${t.id}\` can never be chosen: \`${shadow.id}\` holds whenever it does and is ${u.moreSpecific ? 'more specific' : 'as specific and defined earlier'}`,
        related: [{ file: shadow.source.file, range: shadow.source.range, message: 'the template chosen instead' }],
        data: { kind: 'unreachable', id: t.id, instead: shadow.id },
      });
    }
  },
};

interface Unreachable {
  /** Index of the template in reading order. */
  index: number;
  /** Index of the template chosen instead, or null when its types get no reply. */
  shadow: number | null;
  moreSpecific: boolean;
}

function unreachable(list: readonly Template[], noReply: ReadonlySet<string>): Unreachable[] {
  const specs = list.map((t) => specificity(t.when));
  const index = new WhenIndex(list.map((t) => t.when));
  const out: Unreachable[] = [];
  list.forEach((t, i) => {
    const types = t.when.type;
    if (types && types.length && types.every((id) => noReply.has(id))) {
      out.push({ index: i, shadow: null, moreSpecific: false });
      return;
    }
    // The first template in reading order that holds whenever this one does and wins over it.
    const j = index
      .mayBeImpliedBy(t.when)
      .find((k) => k !== i && implies(t.when, list[k].when) && (specs[k] > specs[i] || (specs[k] === specs[i] && k < i)));
    if (j !== undefined) out.push({ index: i, shadow: j, moreSpecific: specs[j] > specs[i] });
  });
  return out;
}

function couldHold(t: Template, type: string, channel: string, voice: string, locale: string): boolean {
  const w = t.when;
  return (
    (!w.type || w.type.includes(type)) &&
    (!w.channel || w.channel.includes(channel)) &&
    (!w.voice || w.voice.includes(voice)) &&
    (!w.locale || (w.locale as string[]).includes(locale)) &&
    w.holding !== true
  );
}

export const templateMissing: PlaybookCheck = {
  id: 'template',
  severity: 'error',
  description:
    'Finds reply types that have no template for some channel (with the default voice), and holding escalations without a holding template.',
  rules: {
    'missing-for-channel': 'A type that gets a reply has no template that could be chosen for a channel.',
    'missing-holding': 'An escalation asks for a holding reply but no template has `holding: true`.',
  },
  examples: [
    {
      title: 'one template covers every channel',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}types:\n  any: { fallback: true }\ntemplates:\n  any: { when: { type: any }, text: Hi }\n`,
      },
      expect: [],
    },
    {
      title: 'the only template is for another channel',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}  x: { name: X, limit: 280 }\ntypes:\n  any: { fallback: true }\ntemplates:\n  any-x: { when: { type: any, channel: x }, text: Hi }\n`,
      },
      expect: [{ rule: 'template/missing-for-channel', at: '9:3' }],
    },
  ],
  run(ctx) {
    const p = ctx.playbook;
    const templates = [...p.templates.values()];
    // Which channels each type misses depends only on the templates' `when`s, the types that get a
    // reply, the channel ids, the default voice and the locale: memoised on those (like the unreachable ones).
    const missingOf = (): string[][] => {
      const index = new WhenIndex(templates.map((t) => t.when));
      return p.types.map((type) =>
        type.reply === 'none'
          ? []
          : [...p.channels.keys()].filter(
              (ch) => !index.holdingFor(type.id, ch).some((k) => couldHold(templates[k], type.id, ch, p.defaultVoice, p.locale)),
            ),
      );
    };
    const missingByType = ctx.memo
      ? ctx.memo.get(
          `template/missing-for-channel\u0000${templates.map((t) => signatureOnce(t.when)).join('\u0001')}\u0000${p.types.map((t) => `${t.id}\u0000${t.reply}`).join('\u0001')}\u0000${[...p.channels.keys()].join('\u0001')}\u0000${p.defaultVoice}\u0000${p.locale}`,
          missingOf,
        )
      : missingOf();
    for (const [i, type] of p.types.entries()) {
      const missing = missingByType[i];
      if (missing.length) {
        ctx.report({
          at: type.source,
          rule: 'missing-for-channel',
          message: `The type \`${type.id}\` gets a reply but no template can be chosen for ${missing.length > 1 ? 'the channels' : 'the channel'} ${missing.map((c) => `\`${c}\``).join(', ')} (voice \`${p.defaultVoice}\`)`,
          note: `Add a template with \`when: { type: ${type.id} }\`, or set \`reply: none\` on the type.`,
          data: { kind: 'missing-template', type: type.id, channels: [...missing], voice: p.defaultVoice },
        });
      }
    }
    if (!templates.some((t) => t.when.holding === true)) {
      for (const e of p.escalations.filter((x) => x.reply === 'holding')) {
        ctx.report({
          at: e.source,
          rule: 'missing-holding',
          message: `The escalation \`${e.id}\` asks for a holding reply, but no template has \`when: { holding: true }\``,
          data: { kind: 'subject', of: 'escalation', id: e.id },
        });
      }
    }
  },
};
