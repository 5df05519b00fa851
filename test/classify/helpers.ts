/** Small Playbook model objects for classify/escalate tests (the loader is written elsewhere). */
import type { Condition, Escalation, LexiconDef, NegativityType, Playbook, SignalDef, Source } from '../../src/model/playbook.js';
import type { Mention } from '../../src/model/outcome.js';

export const src = (...path: Array<string | number>): Source => ({
  file: 'playbook.yaml',
  range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
  path,
});

export const words = (...w: string[]): Condition => ({ kind: 'words', words: w, source: src() });
export const lexicon = (...names: string[]): Condition => ({ kind: 'lexicon', names, source: src() });
export const signal = (...names: string[]): Condition => ({ kind: 'signal', names, source: src() });
export const any = (...of: Condition[]): Condition => ({ kind: 'any', of, source: src() });
export const all = (...of: Condition[]): Condition => ({ kind: 'all', of, source: src() });
export const not = (of: Condition): Condition => ({ kind: 'not', of, source: src() });
export const regex = (pattern: string, flags = 'iu'): Condition => ({ kind: 'regex', pattern, flags, source: src() });
export const channel = (...channels: string[]): Condition => ({ kind: 'channel', channels, source: src() });
export const typeIs = (...types: string[]): Condition => ({ kind: 'type', types, source: src() });
export const followers = (op: 'gt' | 'gte' | 'lt' | 'lte' | 'eq', value: number): Condition => ({
  kind: 'followers',
  op,
  value,
  source: src(),
});
export const verified = (value = true): Condition => ({ kind: 'verified', value, source: src() });

export function type(id: string, match?: Condition, extra: Partial<NegativityType> = {}): NegativityType {
  return { id, match, fallback: !match, reply: 'template', actions: [], source: src('types', id), ...extra };
}

export function escalation(id: string, when: Condition, extra: Partial<Escalation> = {}): Escalation {
  return {
    id,
    when,
    to: 'support',
    priority: 'normal',
    approval: false,
    reply: 'normal',
    hide: false,
    source: src('escalations', id),
    ...extra,
  };
}

export function lexiconDef(
  id: string,
  words: string[],
  except: string[] = [],
  builtin = id === 'profanity' || id === 'insults',
): LexiconDef {
  return { id, words, except, builtin, source: src('lexicons', id) };
}

export function signalDef(id: string, pattern: string, flags = 'iu'): SignalDef {
  return { id, pattern, flags, source: src('signals', id) };
}

/** A playbook with only what matching reads; everything else empty. */
export function playbook(
  p: {
    types?: NegativityType[];
    escalations?: Escalation[];
    lexicons?: LexiconDef[];
    signals?: SignalDef[];
    locale?: 'ru' | 'en';
  } = {},
): Playbook {
  return {
    id: 'test',
    dir: 'test',
    files: ['playbook.yaml'],
    brand: 'Acme',
    locale: p.locale ?? 'ru',
    timezone: 'Europe/Moscow',
    schedule: {
      timezone: 'Europe/Moscow',
      weekly: [[], [], [], [], [], [], []],
      holidays: new Set(),
      workingDays: new Map(),
      calendars: [],
    },
    sla: { firstResponse: { kind: 'business-days', days: 1, text: '1 business day' }, byPriority: {} },
    channels: new Map(),
    voices: new Map(),
    defaultVoice: 'official',
    teams: new Map(),
    tone: { address: 'formal', capitalizeVy: false, emoji: 'none', require: [], elements: {}, avoid: [] },
    signals: new Map((p.signals ?? []).map((s) => [s.id, s])),
    lexicons: new Map((p.lexicons ?? []).map((l) => [l.id, l])),
    types: p.types ?? [],
    escalations: p.escalations ?? [],
    templates: new Map(),
    partials: new Map(),
  };
}

export function mention(text: string, extra: Partial<Mention> = {}): Mention {
  return { text, channel: 'vk', author: { name: 'Виктория', followers: 35 }, at: '2026-03-02T10:15:00+03:00', ...extra };
}
