/**
 * The labelled corpus's shape (test/corpus/README.md), not its accuracy: the figures are a
 * benchmark (`npm run bench -- --only accuracy`). Enough complaints in both languages, every type
 * and channel of each reference playbook, unique ids, labels that name what exists, and every
 * kind of trap issue 12 lists.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybook, type LoadedPlaybook } from '../../src/node/load-playbook.js';
import { BUILTIN_SIGNALS } from '../../src/classify/signals.js';
import {
  COMPLETE_SIGNALS,
  CORPUS_DIR,
  readCorpus,
  readCorpusFile,
  REFERENCE_PLAYBOOKS,
  TRAPS,
  type LabelledComplaint,
  type ReferencePlaybook,
} from '../bench/corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const playbooks = new Map<ReferencePlaybook, LoadedPlaybook>();
const complaints: LabelledComplaint[] = [];
const problems: string[] = [];

beforeAll(async () => {
  for (const id of REFERENCE_PLAYBOOKS) playbooks.set(id, await loadPlaybook(path.join(root, CORPUS_DIR, 'playbooks', id), { cwd: root }));
  for (const f of readCorpus(root)) {
    problems.push(...f.problems);
    complaints.push(...f.complaints);
  }
});

const of = (id: ReferencePlaybook) => complaints.filter((c) => c.playbook === id);
const CYRILLIC = /\p{Script=Cyrillic}/u;

describe('the reference playbooks', () => {
  it.each(REFERENCE_PLAYBOOKS)('%s loads with no errors and no warnings', (id) => {
    const found = playbooks.get(id)!.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    expect(found.map((d) => `${d.file}:${d.range.start.line} ${d.message}`)).toEqual([]);
  });

  it('are one Russian and one English playbook', () => {
    expect(REFERENCE_PLAYBOOKS.map((id) => playbooks.get(id)!.playbook.locale).sort()).toEqual(['en', 'ru']);
  });
});

describe('the corpus', () => {
  it('reads without a problem', () => {
    expect(problems).toEqual([]);
  });

  it('has at least 400 complaints, at least 200 per playbook', () => {
    expect(complaints.length).toBeGreaterThanOrEqual(400);
    for (const id of REFERENCE_PLAYBOOKS) expect(of(id).length, id).toBeGreaterThanOrEqual(200);
  });

  it('has unique ids across its files', () => {
    const seen = new Map<string, string>();
    const twice = complaints
      .filter((c) => seen.has(c.id) || !seen.set(c.id, c.file))
      .map((c) => `${c.id} in ${c.file} and ${seen.get(c.id)}`);
    expect(twice).toEqual([]);
  });

  it.each(REFERENCE_PLAYBOOKS)('is written in the language of %s (and mixes the two only now and then)', (id) => {
    const ru = playbooks.get(id)!.playbook.locale === 'ru';
    const own = of(id).filter((c) => CYRILLIC.test(c.mention.text) === ru);
    expect(own.length / of(id).length).toBeGreaterThanOrEqual(0.9);
  });

  it.each(REFERENCE_PLAYBOOKS)('labels %s complaints only with its own types, channels and voices', (id) => {
    const pb = playbooks.get(id)!.playbook;
    const types = new Set(pb.types.map((t) => t.id));
    const bad = of(id).flatMap((c) => [
      ...(types.has(c.type) ? [] : [`${c.id}: type \`${c.type}\``]),
      ...(pb.channels.has(c.mention.channel) ? [] : [`${c.id}: channel \`${c.mention.channel}\``]),
      ...(c.mention.voice === undefined || pb.voices.has(c.mention.voice) ? [] : [`${c.id}: voice \`${c.mention.voice}\``]),
    ]);
    expect(bad).toEqual([]);
  });

  it.each(REFERENCE_PLAYBOOKS)('has every type of %s, several times', (id) => {
    const counts = new Map(playbooks.get(id)!.playbook.types.map((t) => [t.id, 0]));
    for (const c of of(id)) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n < 5).map(([t, n]) => `${t}: ${n}`)).toEqual([]);
  });

  it.each(REFERENCE_PLAYBOOKS)('has every channel of %s', (id) => {
    const used = new Set(of(id).map((c) => c.mention.channel));
    expect([...playbooks.get(id)!.playbook.channels.keys()].filter((ch) => !used.has(ch))).toEqual([]);
  });

  it('sets every kind of trap, in both languages where the kind has a language', () => {
    const missing = Object.keys(TRAPS).filter((t) => !complaints.some((c) => (c.traps as string[]).includes(t)));
    expect(missing).toEqual([]);
    const oneLanguage = Object.keys(TRAPS).filter(
      (t) => t !== 'mixed-language' && REFERENCE_PLAYBOOKS.some((id) => !of(id).some((c) => (c.traps as string[]).includes(t))),
    );
    expect(oneLanguage).toEqual([]);
  });

  it('labels signals that the engine has or issue 12 adds', () => {
    const known = new Set<string>([...BUILTIN_SIGNALS, ...COMPLETE_SIGNALS]);
    expect(
      complaints.flatMap((c) =>
        Object.keys(c.signals)
          .filter((s) => !known.has(s))
          .map((s) => `${c.id}: ${s}`),
      ),
    ).toEqual([]);
  });

  it('labels each order number with a value written in the complaint', () => {
    const bad = complaints.filter((c) => {
      const v = c.signals['order-number'];
      return v !== undefined && (v === true || !c.mention.text.includes(v));
    });
    expect(bad.map((c) => `${c.id}: «${String(c.signals['order-number'])}»`)).toEqual([]);
  });

  it('labels the greeting only where there is a display name, with a form of it', () => {
    const bad = complaints.filter((c) => {
      if (c.name === undefined) return false;
      const shown = c.mention.author.name;
      if (shown === undefined) return true;
      return typeof c.name === 'string' && !shown.toLowerCase().includes(c.name.toLowerCase());
    });
    expect(bad.map((c) => c.id)).toEqual([]);
  });
});

describe('the corpus reader', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'replybook-corpus-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const ok = 'playbook: ru-retailer\nat: 2026-03-03T11:20:00+03:00\ncomplaints:\n';
  it.each([
    [
      'a good complaint',
      `${ok}  - { id: a, channel: vk, text: Заказ не пришёл, type: constructive, signals: { order-number: "123" } }\n`,
      [],
    ],
    ['an unknown playbook', 'playbook: acme\ncomplaints: []\n', ['playbook must be one of']],
    ['an unknown key', `${ok}  - { id: a, channel: vk, text: x, type: constructive, expect: {} }\n`, ['unknown key `expect`']],
    ['no type', `${ok}  - { id: a, channel: vk, text: x }\n`, ['type (the expected negativity type) is required']],
    ['an unknown signal', `${ok}  - { id: a, channel: vk, text: x, type: t, signals: { ticket: true } }\n`, ['unknown signal `ticket`']],
    [
      'a signal labelled false',
      `${ok}  - { id: a, channel: vk, text: x, type: t, signals: { url: false } }\n`,
      ['must be true or the value'],
    ],
    ['an unknown trap', `${ok}  - { id: a, channel: vk, text: x, type: t, traps: [tricky] }\n`, ['unknown trap `tricky`']],
    ['no time', 'playbook: ru-retailer\ncomplaints:\n  - { id: a, channel: vk, text: x, type: t }\n', ['at (or the file']],
    ['a bad id', `${ok}  - { id: A b, channel: vk, text: x, type: t }\n`, ['id must be']],
    ['negative followers', `${ok}  - { id: a, channel: vk, text: x, type: t, author: { followers: -1 } }\n`, ['author.followers']],
  ])('%s', (_name, yaml, expected) => {
    const file = path.join(dir, 'c.yaml');
    writeFileSync(file, yaml);
    const r = readCorpusFile(file, dir);
    if (expected.length === 0) {
      expect(r.problems).toEqual([]);
      expect(r.complaints.map((c) => [c.id, c.type, c.signals])).toEqual([['a', 'constructive', { 'order-number': '123' }]]);
    } else {
      for (const e of expected) expect(r.problems.join('\n')).toContain(e);
      expect(r.complaints).toEqual([]);
    }
  });
});
