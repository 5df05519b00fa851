/**
 * Hand-built inputs for the pure diff tests: minimal playbooks and complaints, and a tiny fake
 * engine (type by words, the first template of the type, `{{name}}` filled in) so the diff is
 * tested on its own, whatever the real engine does.
 */
import type { Complaint, Outcome } from '../../src/model/outcome.js';
import type { Playbook, Source, Template } from '../../src/model/playbook.js';
import type { Responder, RevisionPlaybook } from '../../src/diff/index.js';

const at = (file: string): Source => ({
  file,
  range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
  path: [],
});

export interface MiniPlaybook {
  id?: string;
  dir?: string;
  /** type id → words that make a mention that type (checked in order); the last type is the fallback. */
  types?: Array<[string, string[]]>;
  /** template id → [type, text]. */
  templates?: Record<string, [string, string]>;
  /** escalation id → [words, team, priority]. */
  escalations?: Record<string, [string[], string, 'low' | 'normal' | 'high' | 'urgent']>;
  /** A type that gets no reply and is hidden. */
  silent?: string[];
}

/** A model playbook with just what the fake engine reads. */
export function playbook(m: MiniPlaybook = {}): Playbook {
  const dir = m.dir ?? `playbooks/${m.id ?? 'shop'}`;
  const id = m.id ?? dir.slice(dir.lastIndexOf('/') + 1);
  const types = m.types ?? [
    ['constructive', ['заказ']],
    ['general', []],
  ];
  const templates = new Map<string, Template>();
  for (const [tid, [type, text]] of Object.entries(
    m.templates ?? {
      'constructive/main': ['constructive', 'Здравствуйте, {{name}}! Разберемся с заказом.'],
      'general/main': ['general', 'Здравствуйте, {{name}}! Спасибо, что написали.'],
    },
  )) {
    templates.set(tid, {
      id: tid,
      when: { type: [type] },
      text,
      textSource: { ...at(`${dir}/templates.yaml`), style: 'plain' },
      source: at(`${dir}/templates.yaml`),
    });
  }
  return {
    id,
    dir,
    files: [`${dir}/playbook.yaml`],
    brand: 'Лавка',
    locale: 'ru',
    timezone: 'Europe/Moscow',
    schedule: { timezone: 'Europe/Moscow', weekly: [], holidays: new Set(), workingDays: new Map(), calendars: [] },
    sla: { firstResponse: { kind: 'calendar', minutes: 60, text: '1h' }, byPriority: {} },
    channels: new Map([
      ['otzovik', { id: 'otzovik', name: 'Отзовик', limit: 2000, unit: 'graphemes' as const, source: at(`${dir}/playbook.yaml`) }],
    ]),
    voices: new Map(),
    defaultVoice: 'official',
    teams: new Map([['delivery', { id: 'delivery', name: 'Служба доставки', source: at(`${dir}/playbook.yaml`) }]]),
    tone: { address: 'formal', capitalizeVy: false, emoji: 'none', require: [], elements: {}, avoid: [] },
    signals: new Map(),
    lexicons: new Map(),
    types: types.map(([tid, words], i) => ({
      id: tid,
      fallback: i === types.length - 1,
      reply: m.silent?.includes(tid) ? 'none' : 'template',
      actions: m.silent?.includes(tid) ? ['hide'] : [],
      ...(i === types.length - 1 ? {} : { match: { kind: 'words' as const, words, source: at(dir) } }),
      source: at(dir),
    })),
    escalations: Object.entries(m.escalations ?? {}).map(([eid, [words, to, priority]]) => ({
      id: eid,
      when: { kind: 'words' as const, words, source: at(dir) },
      to,
      priority,
      approval: false,
      reply: 'normal' as const,
      hide: false,
      source: at(dir),
    })),
    templates,
    partials: new Map(),
  };
}

/** A sample complaint. */
export function complaint(id: string, text: string, file = 'playbooks/shop/complaints.yaml', extra: Partial<Complaint> = {}): Complaint {
  return {
    id,
    text,
    file,
    channel: 'otzovik',
    author: { name: 'Виктория' },
    at: '2026-03-02T10:15:00+03:00',
    source: at(file),
    expect: {},
    ...extra,
  };
}

/** One side's playbook folder. */
export function side(pb: Playbook | null, complaints: Complaint[], dir = pb?.dir ?? 'playbooks/shop'): RevisionPlaybook {
  return { dir, playbook: pb, complaints };
}

/** The fake engine: first type whose words occur, its first template, escalations by words; due one hour after `at` (two with escalations). */
export const fakeRespond: Responder = (pb, c): Outcome => {
  const type =
    pb.types.find((t) => t.match?.kind === 'words' && t.match.words.some((w) => c.text.toLowerCase().includes(w))) ??
    pb.types[pb.types.length - 1];
  const template = type.reply === 'none' ? undefined : [...pb.templates.values()].find((t) => t.when.type?.includes(type.id));
  const escalations = pb.escalations
    .filter((e) => e.when.kind === 'words' && e.when.words.some((w) => c.text.toLowerCase().includes(w)))
    .map((e) => ({ id: e.id, team: e.to, priority: e.priority, approval: false, reply: 'normal' as const, hide: false }));
  const due = new Date(Date.parse(c.at) + (escalations.length ? 2 : 1) * 3600_000).toISOString();
  return {
    type: type.id,
    escalations,
    actions: [...type.actions],
    priority: escalations[0]?.priority ?? 'normal',
    due,
    template: template?.id ?? null,
    voice: 'official',
    reply: template ? template.text.replace('{{name}}', c.author.name ?? '') : null,
    length: null,
    checks: [],
    signals: {},
    spans: [],
    trace: [],
    errors: [],
  };
};
