/**
 * The labelled corpus (test/corpus/README.md): its files, their shape, and a reader that checks the
 * shape and yields one labelled complaint at a time. Shared by the accuracy benchmark and the unit
 * test of the corpus's shape (test/corpus/corpus.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Author, Mention } from '../../src/model/outcome.js';

/** Where the corpus lives, below the repository's root. */
export const CORPUS_DIR = 'test/corpus';

/** The reference playbooks by id (the folder name under test/corpus/playbooks). */
export const REFERENCE_PLAYBOOKS = ['ru-retailer', 'en-electronics'] as const;
export type ReferencePlaybook = (typeof REFERENCE_PLAYBOOKS)[number];

/**
 * Signals whose labels are complete: a complaint that does not list one must not fire it (so the
 * benchmark also counts false fires). Other signals are labelled only where they must fire.
 * `sarcasm` is the built-in signal issue 12 asks for; until it exists its recall is 0.
 */
export const COMPLETE_SIGNALS = ['order-number', 'repeat-contact', 'sarcasm'] as const;

/** Signals a label may name: the built-in ones, those issue 12 adds, and none other. */
export const LABELLED_SIGNALS = [...COMPLETE_SIGNALS, 'shouting', 'exclamations', 'url', 'question'] as const;

/** The traps a complaint may set (README.md, «Traps»): what it tests beyond its type. */
export const TRAPS = {
  'order-prefix': 'an order or ticket number with a letter prefix and a dash (ЗК-48213, AB-123456)',
  'order-hash': 'a #-number (#4521)',
  'order-short': 'a number shorter than 6 digits right after «заказ», «номер», "order", "ticket", "case"',
  'order-near-noise': 'an order number next to a price, a date, a phone number or a version',
  'not-order': 'a price, date, time, phone number or version string that is not an order number',
  'repeat-ordinal': 'repeat contact by an ordinal («в шестой раз», "the 4th email")',
  'repeat-count': 'repeat contact by a count, in words or digits ("three times", «5 раз»)',
  'not-repeat': 'looks like repeat contact but is not ("first time", «в первый раз»)',
  'phrase-gap': 'a phrase with a word in between ("never actually arrived", «так и не пришёл»)',
  'unworded-problem': 'a concrete problem stated without the playbook’s words (crashes, logs out, stopped working)',
  'other-company': 'about someone who is not the brand: a seller, courier service, bank, shop',
  sarcasm: 'praise words used about a failure ("thanks for nothing", «спасибо, удружили»)',
  legal: 'a legal threat or cue',
  safety: 'a safety cue',
  privacy: 'a privacy or account-security cue',
  'threat-lookalike': 'a word that looks like a legal/safety cue but is not («судя по», "fire away")',
  'profanity-obfuscated': 'obfuscated profanity (spaced, masked, Latin for Cyrillic, digits)',
  'profanity-lookalike': 'an innocent word that looks like a profane one («застрахуйте», "Scunthorpe")',
  'name-role': 'a display name that is a role word (Гость, Аноним, guest, admin)',
  'name-markup': 'a display name with template braces or markup',
  'name-case': 'a plausible name in all lower or all upper case',
  'mixed-language': 'Russian and English in one mention',
} as const;
export type Trap = keyof typeof TRAPS;

/** One labelled complaint: a mention, its expected type, and what must fire. */
export interface LabelledComplaint {
  id: string;
  /** The corpus file, relative to the repository. */
  file: string;
  playbook: ReferencePlaybook;
  mention: Mention;
  /** The expected negativity type (an id of the playbook's types). */
  type: string;
  /** Signals that must fire: `true`, or the value expected (the number as the customer wrote it). */
  signals: Record<string, string | true>;
  traps: Trap[];
  /**
   * How the reply greets: `false` — without the display name (not a plausible personal name);
   * a string — with exactly this form of it. Unlabelled: not measured.
   */
  name?: string | false;
}

/** A corpus file as read: its complaints, or the problems that make it unusable. */
export interface CorpusFile {
  file: string;
  playbook: ReferencePlaybook | null;
  complaints: LabelledComplaint[];
  problems: string[];
}

/** The corpus files (`test/corpus/complaints/*.yaml`), by name. */
export function corpusFiles(root: string): string[] {
  const dir = path.join(root, CORPUS_DIR, 'complaints');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => path.join(dir, f));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[a-z0-9][a-z0-9_-]*$/u;
const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/u;
const FILE_KEYS = new Set(['playbook', 'at', 'complaints']);
const COMPLAINT_KEYS = new Set(['id', 'text', 'channel', 'author', 'at', 'voice', 'type', 'signals', 'traps', 'name']);
const AUTHOR_KEYS = new Set(['name', 'handle', 'followers', 'verified']);

function readAuthor(v: unknown, where: string, problems: string[]): Author {
  if (v === undefined) return {};
  if (typeof v === 'string') return { name: v };
  if (!isRecord(v)) {
    problems.push(`${where}: author must be a name or { name, handle, followers, verified }`);
    return {};
  }
  for (const k of Object.keys(v)) if (!AUTHOR_KEYS.has(k)) problems.push(`${where}: unknown author key \`${k}\``);
  const a: Author = {};
  if (typeof v.name === 'string') a.name = v.name;
  if (typeof v.handle === 'string') a.handle = v.handle;
  if (typeof v.followers === 'number' && Number.isInteger(v.followers) && v.followers >= 0) a.followers = v.followers;
  else if (v.followers !== undefined) problems.push(`${where}: author.followers must be a whole number ≥ 0`);
  if (typeof v.verified === 'boolean') a.verified = v.verified;
  else if (v.verified !== undefined) problems.push(`${where}: author.verified must be true or false`);
  return a;
}

/** Reads one corpus file and checks its shape; the labels' ids are checked against the playbook by the caller. */
export function readCorpusFile(file: string, root: string): CorpusFile {
  const rel = path.relative(root, file);
  const problems: string[] = [];
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { file: rel, playbook: null, complaints: [], problems: [`${rel}: ${e instanceof Error ? e.message : String(e)}`] };
  }
  if (!isRecord(doc))
    return { file: rel, playbook: null, complaints: [], problems: [`${rel}: expected a mapping with playbook and complaints`] };
  for (const k of Object.keys(doc)) if (!FILE_KEYS.has(k)) problems.push(`${rel}: unknown key \`${k}\``);
  const playbook = REFERENCE_PLAYBOOKS.find((p) => p === doc.playbook) ?? null;
  if (!playbook) problems.push(`${rel}: playbook must be one of ${REFERENCE_PLAYBOOKS.join(', ')}`);
  const defaultAt = typeof doc.at === 'string' ? doc.at : undefined;
  if (doc.at !== undefined && !(defaultAt && AT.test(defaultAt))) problems.push(`${rel}: at must be an ISO 8601 time with an offset`);
  if (!Array.isArray(doc.complaints)) problems.push(`${rel}: complaints must be a list`);
  const complaints: LabelledComplaint[] = [];
  for (const [i, c] of (Array.isArray(doc.complaints) ? doc.complaints : []).entries()) {
    const where = `${rel}: complaint ${typeof c?.id === 'string' ? `\`${c.id}\`` : `#${i + 1}`}`;
    if (!isRecord(c)) {
      problems.push(`${where}: expected a mapping`);
      continue;
    }
    const before = problems.length;
    for (const k of Object.keys(c)) if (!COMPLAINT_KEYS.has(k)) problems.push(`${where}: unknown key \`${k}\``);
    if (typeof c.id !== 'string' || !ID.test(c.id)) problems.push(`${where}: id must be lowercase letters, digits, - and _`);
    if (typeof c.text !== 'string' || c.text.trim() === '') problems.push(`${where}: text must be a non-empty string`);
    if (typeof c.channel !== 'string') problems.push(`${where}: channel is required`);
    if (typeof c.type !== 'string') problems.push(`${where}: type (the expected negativity type) is required`);
    const at = typeof c.at === 'string' ? c.at : defaultAt;
    if (!at || !AT.test(at)) problems.push(`${where}: at (or the file's at) must be an ISO 8601 time with an offset`);
    if (c.voice !== undefined && typeof c.voice !== 'string') problems.push(`${where}: voice must be a voice id`);
    const signals: Record<string, string | true> = {};
    if (c.signals !== undefined) {
      if (!isRecord(c.signals)) problems.push(`${where}: signals must be a mapping of signal → true or its value`);
      else
        for (const [k, v] of Object.entries(c.signals)) {
          if (!(LABELLED_SIGNALS as readonly string[]).includes(k))
            problems.push(`${where}: unknown signal \`${k}\`, expected one of ${LABELLED_SIGNALS.join(', ')}`);
          else if (v === true || (typeof v === 'string' && v !== '')) signals[k] = v;
          else if (typeof v === 'number') signals[k] = String(v);
          else problems.push(`${where}: signal \`${k}\` must be true or the value expected`);
        }
    }
    const traps: Trap[] = [];
    if (c.traps !== undefined) {
      if (!Array.isArray(c.traps)) problems.push(`${where}: traps must be a list`);
      else
        for (const t of c.traps) {
          if (typeof t === 'string' && t in TRAPS) traps.push(t as Trap);
          else problems.push(`${where}: unknown trap \`${String(t)}\`, expected one of ${Object.keys(TRAPS).join(', ')}`);
        }
    }
    if (c.name !== undefined && c.name !== false && typeof c.name !== 'string')
      problems.push(`${where}: name must be false or the form expected`);
    const author = readAuthor(c.author, where, problems);
    if (problems.length > before || !playbook) continue;
    const mention: Mention = { text: c.text as string, channel: c.channel as string, author, at: at! };
    if (typeof c.voice === 'string') mention.voice = c.voice;
    complaints.push({
      id: c.id as string,
      file: rel,
      playbook,
      mention,
      type: c.type as string,
      signals,
      traps,
      ...(c.name !== undefined ? { name: c.name as string | false } : {}),
    });
  }
  return { file: rel, playbook, complaints, problems };
}

/** The corpus files one after another: a caller that keeps no outcomes holds one file at a time. */
export function* readCorpus(root: string): Generator<CorpusFile> {
  for (const f of corpusFiles(root)) yield readCorpusFile(f, root);
}
