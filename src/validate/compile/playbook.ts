/**
 * Validated playbook files → the model's Playbook. Files are merged in reading order
 * (`playbook.yaml` first, then by path); ids defined twice keep their first definition and are
 * listed in `definitions` for the duplicate check.
 */
import { parseDuration } from '../../deadline/duration.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { JsonPath, PositionIndex } from '../../load/position-index.js';
import type { PlaybookFileInput, ToneInput } from '../../model/input.generated.js';
import type {
  Channel,
  Duration,
  Escalation,
  LexiconDef,
  NegativityType,
  PartialTemplate,
  Playbook,
  Priority,
  ScalarStyle,
  SignalDef,
  Source,
  Team,
  Template,
  TemplateWhen,
  Tone,
  Voice,
  Locale,
} from '../../model/playbook.js';
import { BUILTIN_LEXICONS } from '../builtins.js';
import { compileCondition, toList } from './condition.js';
import { compileSchedule, type DataFiles } from './schedule.js';
import { diagnosticAt, keySource, valueSource } from './source.js';

/** One playbook file after schema validation. */
export interface PlaybookFileData {
  path: string;
  positions: PositionIndex;
  data: PlaybookFileInput;
}

export type DefinitionKind = 'type' | 'template' | 'voice' | 'team' | 'channel' | 'signal' | 'lexicon' | 'escalation' | 'partial';

/** Every id definition in reading order, duplicates included. */
export interface Definition {
  kind: DefinitionKind;
  id: string;
  source: Source;
}

export interface CompiledPlaybook {
  playbook: Playbook | null;
  definitions: Definition[];
  diagnostics: Diagnostic[];
}

const ROOT_KEYS = ['replybook', 'brand', 'locale', 'timezone'] as const;
const SINGLE_SECTIONS = ['schedule', 'sla', 'tone'] as const;
const DEFAULT_FIRST_RESPONSE: Duration = { kind: 'business-days', days: 1, text: '1 business day' };

/** Where a template's text is written and how (one look-up of its path for both). */
function textSourceAt(positions: PositionIndex, path: JsonPath): Source & { style: ScalarStyle } {
  const loc = positions.get(path);
  if (!loc) return { ...valueSource(positions, path), style: 'plain' };
  return { file: positions.file, range: loc.value, path: [...path], style: loc.style ?? 'plain' };
}

function compileTone(input: ToneInput, positions: PositionIndex, path: JsonPath): Partial<Tone> {
  const t: Partial<Tone> = {};
  if (input.address !== undefined) t.address = input.address;
  if (input.capitalize_vy !== undefined) t.capitalizeVy = input.capitalize_vy;
  if (input.emoji !== undefined) t.emoji = input.emoji;
  if (input.max_emoji !== undefined) t.maxEmoji = input.max_emoji;
  if (input.max_exclamations !== undefined) t.maxExclamations = input.max_exclamations;
  if (input.require !== undefined) t.require = [...input.require];
  if (input.elements !== undefined) t.elements = { ...input.elements };
  if (input.avoid !== undefined) {
    t.avoid = input.avoid.map((a, i) => ({
      phrase: a.phrase,
      ...(a.prefer !== undefined ? { prefer: a.prefer } : {}),
      ...(a.why !== undefined ? { why: a.why } : {}),
      source: valueSource(positions, [...path, 'avoid', i]),
    }));
  }
  t.source = keySource(positions, path);
  return t;
}

type WhenInput = NonNullable<NonNullable<PlaybookFileInput['templates']>[string]>['when'];

/** Each `when` as compiled, by its input object: the re-parser shares an unchanged template's data, so its `when` is the same object too (and its signature is not computed again, `memo.ts`). */
const compiledWhens = new WeakMap<object, TemplateWhen>();

/** A template's `when` (never changed once built). */
function templateWhen(w: WhenInput): TemplateWhen {
  if (w === undefined) return {};
  const known = compiledWhens.get(w);
  if (known) return known;
  const when: TemplateWhen = {};
  if (w.type !== undefined) when.type = toList(w.type);
  if (w.channel !== undefined) when.channel = toList(w.channel);
  if (w.voice !== undefined) when.voice = toList(w.voice);
  if (w.locale !== undefined) when.locale = toList(w.locale) as Locale[];
  if (w.signals !== undefined) when.signals = toList(w.signals);
  if (w.missing !== undefined) when.missing = toList(w.missing);
  if (w.escalation !== undefined) when.escalation = toList(w.escalation);
  if (w.holding !== undefined) when.holding = w.holding;
  compiledWhens.set(w, when);
  return when;
}

/** Merges and compiles a playbook's files. `files[0]` must be its playbook.yaml. */
export function compilePlaybook(dir: string, files: readonly PlaybookFileData[], dataFiles?: DataFiles): CompiledPlaybook {
  const diagnostics: Diagnostic[] = [];
  const definitions: Definition[] = [];
  const main = files[0];
  if (!main) return { playbook: null, definitions, diagnostics };

  for (const key of ROOT_KEYS) {
    if (main.data[key] === undefined) {
      diagnostics.push({
        file: main.path,
        range: main.positions.nearest([]).range,
        severity: 'error',
        ruleId: 'playbook/missing-key',
        message: `playbook.yaml has no \`${key}\`; it must hold ${ROOT_KEYS.map((k) => `\`${k}\``).join(', ')}`,
        path: [],
        data: { kind: 'playbook-key', problem: 'missing', key, required: [...ROOT_KEYS] },
      });
    }
  }
  for (const f of files.slice(1)) {
    for (const key of ROOT_KEYS) {
      if (f.data[key] !== undefined) {
        diagnostics.push(
          diagnosticAt(
            keySource(f.positions, [key]),
            'warning',
            'playbook/root-key-elsewhere',
            `\`${key}\` belongs in playbook.yaml; here it is ignored`,
            {
              related: [{ ...keySource(main.positions, [key]), message: 'playbook.yaml' }],
              data: { kind: 'playbook-key', problem: 'elsewhere', key },
            },
          ),
        );
      }
    }
  }
  const singles = new Map<string, { file: PlaybookFileData }>();
  for (const f of files) {
    for (const key of SINGLE_SECTIONS) {
      if (f.data[key] === undefined) continue;
      const first = singles.get(key);
      if (first) {
        diagnostics.push(
          diagnosticAt(
            keySource(f.positions, [key]),
            'error',
            'playbook/duplicate-section',
            `\`${key}\` is defined in more than one file; it must be defined once`,
            {
              related: [{ ...keySource(first.file.positions, [key]), message: 'first defined here' }],
              data: { kind: 'duplicate', of: 'section', id: key, first: key },
            },
          ),
        );
      } else singles.set(key, { file: f });
    }
  }

  const timezone = typeof main.data.timezone === 'string' ? main.data.timezone : 'UTC';
  const scheduleFile = singles.get('schedule')?.file;
  const schedule = compileSchedule(timezone, scheduleFile?.data.schedule, scheduleFile?.positions, diagnostics, { dir, dataFiles });

  const duration = (text: string | undefined, positions: PositionIndex, path: JsonPath): Duration | undefined => {
    if (text === undefined) return undefined;
    const d = parseDuration(text);
    if ('error' in d) {
      diagnostics.push(
        diagnosticAt(valueSource(positions, path), 'error', 'schedule/duration', `\`${text}\` is not a valid duration: ${d.error}`, {
          note: 'Durations: `30m`, `2h`, `3d`, `4 business hours`, `1 business day`, `end of business day`, `end of next business day`.',
          data: { kind: 'schedule-problem', code: d.code, values: { ...d.values, input: text } },
        }),
      );
      return undefined;
    }
    return d;
  };

  const slaFile = singles.get('sla')?.file;
  const slaIn = slaFile?.data.sla;
  const byPriority: Partial<Record<Priority, Duration>> = {};
  if (slaIn?.by_priority && slaFile) {
    for (const p of ['low', 'normal', 'high', 'urgent'] as const) {
      const d = duration(slaIn.by_priority[p], slaFile.positions, ['sla', 'by_priority', p]);
      if (d) byPriority[p] = d;
    }
  }
  const sla = {
    firstResponse: (slaFile && duration(slaIn?.first_response, slaFile.positions, ['sla', 'first_response'])) || DEFAULT_FIRST_RESPONSE,
    byPriority,
    ...(slaFile ? { source: keySource(slaFile.positions, ['sla']) } : {}),
  };

  const channels = new Map<string, Channel>();
  const voices = new Map<string, Voice>();
  const teams = new Map<string, Team>();
  const signals = new Map<string, SignalDef>();
  const lexicons = new Map<string, LexiconDef>();
  const templates = new Map<string, Template>();
  const partials = new Map<string, PartialTemplate>();
  const types: NegativityType[] = [];
  const escalations: Escalation[] = [];
  const typeIds = new Set<string>();
  const escalationIds = new Set<string>();

  const define = <T>(kind: DefinitionKind, id: string, source: Source, into: Map<string, T> | Set<string>, make: () => T): void => {
    definitions.push({ kind, id, source });
    if (into.has(id)) return;
    if (into instanceof Set) {
      into.add(id);
      make();
    } else into.set(id, make());
  };

  for (const f of files) {
    const { data, positions: pos } = f;
    for (const [id, c] of Object.entries(data.channels ?? {})) {
      if (!c) continue;
      const source = keySource(pos, ['channels', id]);
      define('channel', id, source, channels, () => ({
        id,
        name: c.name,
        limit: c.limit,
        unit: c.unit ?? 'graphemes',
        ...(c.kind ? { kind: c.kind } : {}),
        source,
      }));
    }
    for (const [id, v] of Object.entries(data.voices ?? {})) {
      if (!v) continue;
      const source = keySource(pos, ['voices', id]);
      define('voice', id, source, voices, () => ({
        id,
        name: v.name,
        ...(v.signature !== undefined ? { signature: v.signature } : {}),
        isDefault: v.default === true,
        ...(v.tone ? { tone: compileTone(v.tone, pos, ['voices', id, 'tone']) } : {}),
        source,
      }));
    }
    for (const [id, t] of Object.entries(data.teams ?? {})) {
      if (!t) continue;
      const source = keySource(pos, ['teams', id]);
      define('team', id, source, teams, () => ({ id, name: t.name, ...(t.contact !== undefined ? { contact: t.contact } : {}), source }));
    }
    for (const [id, s] of Object.entries(data.signals ?? {})) {
      if (!s) continue;
      const source = keySource(pos, ['signals', id]);
      define('signal', id, source, signals, () => ({
        id,
        pattern: s.pattern,
        flags: s.flags ?? 'iu',
        ...(s.word ? { word: true } : {}),
        ...(s.description !== undefined ? { description: s.description } : {}),
        source,
      }));
    }
    for (const [id, l] of Object.entries(data.lexicons ?? {})) {
      if (!l) continue;
      const source = keySource(pos, ['lexicons', id]);
      define('lexicon', id, source, lexicons, () => ({
        id,
        words: [...(l.words ?? []), ...(l.extend ?? [])],
        except: [...(l.except ?? [])],
        ...(l.gap !== undefined ? { gap: l.gap } : {}),
        builtin: BUILTIN_LEXICONS.includes(id),
        source,
      }));
    }
    for (const [id, t] of Object.entries(data.types ?? {})) {
      if (!t) continue;
      const source = keySource(pos, ['types', id]);
      define('type', id, source, typeIds, () => {
        const respondWithin = duration(t.respond_within, pos, ['types', id, 'respond_within']);
        types.push({
          id,
          ...(t.description !== undefined ? { description: t.description } : {}),
          ...(t.match ? { match: compileCondition(t.match, pos, ['types', id, 'match']) } : {}),
          fallback: t.fallback === true,
          reply: t.reply ?? 'template',
          actions: [...(t.actions ?? [])],
          ...(respondWithin ? { respondWithin } : {}),
          source,
        });
      });
    }
    (data.escalations ?? []).forEach((e, i) => {
      const source = valueSource(pos, ['escalations', i, 'id']);
      define('escalation', e.id, source, escalationIds, () => {
        const respondWithin = duration(e.respond_within, pos, ['escalations', i, 'respond_within']);
        escalations.push({
          id: e.id,
          ...(e.description !== undefined ? { description: e.description } : {}),
          when: compileCondition(e.when, pos, ['escalations', i, 'when']),
          to: e.to,
          priority: e.priority ?? 'normal',
          approval: e.approval === true,
          reply: e.reply ?? 'normal',
          hide: e.hide === true,
          ...(respondWithin ? { respondWithin } : {}),
          source,
        });
      });
    });
    for (const [id, t] of Object.entries(data.templates ?? {})) {
      if (!t) continue;
      const source = keySource(pos, ['templates', id]);
      define('template', id, source, templates, () => {
        const when = templateWhen(t.when);
        const textPath = ['templates', id, 'text'];
        return {
          id,
          ...(t.description !== undefined ? { description: t.description } : {}),
          when,
          text: t.text,
          textSource: textSourceAt(pos, textPath),
          source,
        };
      });
    }
    for (const [id, p] of Object.entries(data.partials ?? {})) {
      if (p === undefined) continue;
      const source = keySource(pos, ['partials', id]);
      const textPath = typeof p === 'string' ? ['partials', id] : ['partials', id, 'text'];
      define('partial', id, source, partials, () => ({
        id,
        text: typeof p === 'string' ? p : p.text,
        textSource: textSourceAt(pos, textPath),
        source,
      }));
    }
  }

  if (voices.size === 0) {
    // A playbook without voices speaks as the brand's official account.
    const brand = typeof main.data.brand === 'string' ? main.data.brand : 'official';
    voices.set('official', { id: 'official', name: brand, isDefault: true, source: keySource(main.positions, []) });
  }
  const defaultVoice = [...voices.values()].find((v) => v.isDefault)?.id ?? voices.keys().next().value!;

  const toneFile = singles.get('tone')?.file;
  const tonePartial = toneFile?.data.tone ? compileTone(toneFile.data.tone, toneFile.positions, ['tone']) : {};
  const tone: Tone = {
    address: 'any',
    capitalizeVy: false,
    emoji: 'allowed',
    require: [],
    elements: {},
    avoid: [],
    ...tonePartial,
  };

  const stopped = diagnostics.some((d) => d.severity === 'error' && d.ruleId === 'playbook/missing-key');
  if (stopped) return { playbook: null, definitions, diagnostics };
  const id = dir === '.' || dir === '' ? 'playbook' : dir.split('/').pop()!;
  const playbook: Playbook = {
    id,
    dir,
    files: files.map((f) => f.path),
    brand: String(main.data.brand),
    locale: main.data.locale as Locale,
    timezone,
    schedule,
    sla,
    channels,
    voices,
    defaultVoice,
    teams,
    tone,
    signals,
    lexicons,
    types,
    escalations,
    templates,
    partials,
  };
  return { playbook, definitions, diagnostics };
}
