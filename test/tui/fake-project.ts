/** A LoadedProject built in memory, so the reducer and components are tested without the engine. */
import type { Mention, Outcome } from '../../src/model/outcome.js';
import type { LoadedProject, PlaybookInfo, SampleItem } from '../../src/tui/state/types.js';

export function outcome(over: Partial<Outcome> = {}): Outcome {
  return {
    type: 'constructive',
    escalations: [],
    actions: [],
    priority: 'normal',
    due: '2026-03-02T14:15:00+03:00',
    template: 'constructive/default',
    voice: 'official',
    reply: 'Hello Alice, thank you. We are sorry.\nTiny Shop team',
    length: { count: 48, limit: 280, unit: 'twitter' },
    checks: [{ id: 'tone/address', ok: true, message: 'formal address' }],
    signals: {},
    spans: [],
    trace: [
      { stage: 'classify', message: 'type `profanity`: nothing matched', ok: false },
      { stage: 'classify', message: 'type `constructive`: words matched «order»' },
      { stage: 'template', message: 'template `constructive/default`' },
    ],
    errors: [],
    ...over,
  };
}

export const PLAYBOOK: PlaybookInfo = {
  dir: 'pb',
  id: 'tiny',
  timezone: 'Europe/Moscow',
  channels: [
    { id: 'x', name: 'X', limit: 280, unit: 'twitter' },
    { id: 'review', name: 'Reviews', limit: 2000, unit: 'graphemes' },
  ],
  voices: [
    { id: 'official', name: 'Official' },
    { id: 'sam', name: 'Sam' },
  ],
  defaultVoice: 'official',
  teams: { pr: 'PR team', support: 'Support' },
  complaintFiles: ['pb/complaints.yaml'],
};

export function sample(id: string, over: Partial<SampleItem> = {}, file = 'pb/complaints.yaml'): SampleItem {
  const mention: Mention = {
    text: `Complaint ${id}: my order is late`,
    channel: 'x',
    author: { name: 'Alice', followers: 35 },
    at: '2026-03-02T10:15:00+03:00',
  };
  return { key: `${file}#${id}`, id, file, playbookDir: 'pb', mention, outcome: outcome(), failures: [], passed: true, ...over };
}

/** A project whose `respond` echoes the channel and voice into the reply, so re-rendering is visible. */
export function project(samples: SampleItem[], over: Partial<LoadedProject> = {}): LoadedProject {
  return {
    playbooks: [PLAYBOOK],
    samples,
    diagnostics: [],
    usable: true,
    respond: (_dir, m) => outcome({ reply: `Reply for ${m.channel} in voice ${m.voice ?? 'official'}`, voice: m.voice ?? 'official' }),
    ...over,
  };
}

export const ERROR = {
  file: 'pb/playbook.yaml',
  range: { start: { line: 3, column: 5, offset: 20 }, end: { line: 3, column: 9, offset: 24 } },
  severity: 'error' as const,
  ruleId: 'ref/unknown-template',
  message: 'Unknown template `sorry/late`, expected one of `sorry/delay`',
};
