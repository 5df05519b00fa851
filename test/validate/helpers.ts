/** Test helpers: playbook folders as in-memory source files. */
import type { SourceFile } from '../../src/load/index.js';

const enc = new TextEncoder();

/** Files of a folder (relative path → YAML text) as SourceFiles under `dir`. */
export function filesOf(files: Record<string, string>, dir = 'pb'): SourceFile[] {
  return Object.entries(files).map(([p, text]) => ({ path: dir === '.' ? p : `${dir}/${p}`, bytes: enc.encode(text) }));
}

/** A small valid playbook used across tests (no durations or hours: those belong to the deadline stage). */
export const VALID_PLAYBOOK: Record<string, string> = {
  'playbook.yaml': `# yaml-language-server: $schema=../../schema/playbook.schema.json
replybook: 1
brand: Acme Market
locale: ru
timezone: Europe/Moscow
channels:
  vk: { name: ВКонтакте, limit: 4096 }
  x: { name: X, limit: 280, unit: twitter }
voices:
  official: { name: Официальный аккаунт, signature: "Команда Acme Market", default: true }
teams:
  pr: { name: PR-служба }
tone:
  address: formal
  emoji: none
  avoid:
    - { phrase: проблема, prefer: ситуация }
`,
  'types.yaml': `types:
  profanity:
    description: Мат и оскорбления.
    match: { any: [ { lexicon: profanity }, { lexicon: insults } ] }
    reply: none
    actions: [hide]
  constructive:
    match: { any: [ { signal: order-number }, { words: [заказ, доставка, курьер] } ] }
  non-constructive:
    fallback: true
escalations:
  - id: opinion-leader
    when: { author.followers: { gte: 10000 } }
    to: pr
    priority: high
`,
  'templates/replies.yaml': `templates:
  constructive/default:
    when: { type: constructive }
    text: |
      {{greeting}}, {{name author.name}}! Спасибо за отзыв.
      Номер заказа: {{signals.order-number}}.
  constructive/x:
    when: { type: constructive, channel: x }
    text: "{{greeting}}! Напишите нам в личные сообщения."
  general:
    when: { type: non-constructive }
    text: >
      {{greeting}}! Нам жаль, что у вас сложилось такое впечатление.
      {{> sign-off}}
partials:
  sign-off: "С уважением, {{voice.signature}}"
`,
  'complaints.yaml': `# yaml-language-server: $schema=../../schema/complaints.schema.json
complaints:
  - id: viktoria
    text: Заказала платье две недели назад, до сих пор не пришло.
    channel: vk
    author: { name: Виктория, followers: 35 }
    at: 2026-03-02T10:15:00+03:00
    expect:
      type: constructive
      template: constructive/default
      escalations: []
`,
};
