/** Small model objects for the template and check-reply tests. */
import type { Channel, Playbook, Source, Template, TemplateWhen, Tone, PartialTemplate, Voice } from '../../src/model/playbook.js';
import type { ReplyContext } from '../../src/template/context.js';

export const src = (line = 1, column = 1, offset = 0, path: Array<string | number> = []): Source => ({
  file: 'playbooks/acme/playbook.yaml',
  range: { start: { line, column, offset }, end: { line, column, offset } },
  path,
});

export function template(id: string, when: TemplateWhen, text = `text of ${id}`): Template {
  return { id, when, text, textSource: { ...src(), style: 'plain' }, source: src(1, 1, 0, ['templates', id]) };
}

export function partial(id: string, text: string): PartialTemplate {
  return { id, text, textSource: { ...src(), style: 'plain' }, source: src() };
}

export function tone(over: Partial<Tone> = {}): Tone {
  return { address: 'formal', capitalizeVy: false, emoji: 'none', require: [], elements: {}, avoid: [], ...over };
}

export function channel(id = 'vk', over: Partial<Channel> = {}): Channel {
  return { id, name: id.toUpperCase(), limit: 4096, unit: 'graphemes', source: src(), ...over };
}

export function voice(id = 'official', over: Partial<Voice> = {}): Voice {
  return { id, name: 'Официальный аккаунт', signature: 'Команда Acme', isDefault: true, source: src(), ...over };
}

export function playbook(
  over: {
    templates?: Template[];
    partials?: PartialTemplate[];
    channels?: Channel[];
    voices?: Voice[];
    tone?: Tone;
    locale?: 'ru' | 'en';
  } = {},
): Playbook {
  const voices = over.voices ?? [voice()];
  return {
    id: 'acme',
    dir: 'playbooks/acme',
    files: ['playbooks/acme/playbook.yaml'],
    brand: 'Acme Market',
    locale: over.locale ?? 'ru',
    timezone: 'Europe/Moscow',
    schedule: {
      timezone: 'Europe/Moscow',
      weekly: [[], [], [], [], [], [], []],
      holidays: new Set(),
      workingDays: new Map(),
      calendars: [],
    },
    sla: { firstResponse: { kind: 'business-days', days: 1, text: '1 business day' }, byPriority: {} },
    channels: new Map((over.channels ?? [channel()]).map((c) => [c.id, c])),
    voices: new Map(voices.map((v) => [v.id, v])),
    defaultVoice: voices[0].id,
    teams: new Map(),
    tone: over.tone ?? tone(),
    signals: new Map(),
    lexicons: new Map(),
    types: [],
    escalations: [],
    templates: new Map((over.templates ?? []).map((t) => [t.id, t])),
    partials: new Map((over.partials ?? []).map((p) => [p.id, p])),
  };
}

export function ctx(over: Partial<ReplyContext> = {}): ReplyContext {
  return {
    brand: 'Acme Market',
    author: { name: 'Виктория', followers: 35 },
    channel: { id: 'otzovik', name: 'Отзовик' },
    voice: { id: 'official', name: 'Официальный аккаунт', signature: 'Команда Acme Market' },
    type: { id: 'constructive' },
    due: '2026-03-02T14:15:00+03:00',
    at: '2026-03-02T10:15:00+03:00',
    text: 'Заказала платье две недели назад, до сих пор не пришло.',
    signals: {},
    locale: 'ru',
    timezone: 'Europe/Moscow',
    ...over,
  };
}
