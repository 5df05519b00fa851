/**
 * `--save-misses FILE`: the mentions the report lists turned into sample complaints (the
 * complaints format, schema/complaints.schema.json) with the playbook's current outcome as their
 * expectations — for the team to review, correct and keep as tests. The disagreements with the
 * labels by default, or with `--sample N` the first N mentions of each type. `--mask-authors`
 * replaces names, handles and links (in the text too) with placeholders.
 */
import { Document, type YAMLMap, type Pair, type Scalar } from 'yaml';
import type { BacktestFigures, ListedMention } from './tally.js';
import { charSet, trimEndWhile, trimStartWhile } from '../text/trim.js';

export interface SaveMissesOptions {
  /** The samples per type instead of the disagreements. */
  sample: boolean;
  maskAuthors: boolean;
}

const URL_RE = /\bhttps?:\/\/[^\s<>"')]+/gi;
const HANDLE_RE = /(^|[^\p{L}\p{N}_.])@[\p{L}\p{N}_.]{2,}/gu;

/** A text with its links and @handles replaced by placeholders. */
export function maskText(text: string): string {
  return text.replace(URL_RE, 'https://example.invalid/link').replace(HANDLE_RE, '$1@author');
}

/** The YAML of the sample complaints, and how many there are. */
export function savedMisses(f: BacktestFigures, options: SaveMissesOptions): { text: string; count: number } {
  const picked: Array<{ m: ListedMention; note: string }> = [];
  if (options.sample) {
    for (const type of Object.keys(f.samples).sort()) for (const m of f.samples[type]) picked.push({ m, note: `sample of type ${type}` });
  } else if (f.labels) {
    for (const m of f.labels.disagreements.items)
      picked.push({ m, note: `labelled «${m.label ?? ''}» (${m.expected}), the playbook says ${m.type}: ${m.reason}` });
  }
  const used = new Set<string>();
  const items = picked.map(({ m, note }, i) => {
    const id = uniqueId(m, used);
    const author: Record<string, unknown> = {};
    if (m.author !== undefined) {
      const name = options.maskAuthors ? `Author ${i + 1}` : m.author;
      if (m.author.startsWith('@')) author.handle = options.maskAuthors ? `author${i + 1}` : m.author.slice(1);
      else author.name = name;
    }
    if (m.followers !== undefined) author.followers = m.followers;
    const expect: Record<string, unknown> = {
      type: m.type,
      template: m.template,
      escalations: m.escalations.map((e) => e.id),
      hidden: m.hidden,
    };
    if (m.reply === null && m.errors.length === 0) expect.reply = null;
    return {
      note: `${m.file}:${m.line}${m.id ? ` (id ${m.id})` : ''} — ${note}${m.errors.length ? `; errors: ${m.errors.join('; ')}` : ''}`,
      value: {
        id,
        text: options.maskAuthors ? maskText(m.text) : m.text,
        channel: m.channel,
        ...(Object.keys(author).length ? { author } : {}),
        at: m.at.replace(/\.000(?=[Z+-])/, ''),
        expect,
      },
    };
  });
  const doc = new Document({ complaints: items.map((i) => i.value) });
  doc.commentBefore =
    ' yaml-language-server: $schema=https://replybook.dev/schema/complaints.schema.json\n' +
    ` Written by replybook backtest from ${f.files.join(', ')}: the playbook's current outcome as expectations.\n` +
    " Review each one: correct what the playbook got wrong, then keep the file in the playbook's complaints/ folder as tests.";
  const list = (doc.contents as YAMLMap).items[0] as Pair<Scalar, { items: YAMLMap[] }>;
  list.value!.items.forEach((node, i) => {
    node.commentBefore = ` ${items[i].note.replace(/\r?\n|\r/g, ' ')}`;
  });
  return { text: doc.toString({ lineWidth: 0 }), count: items.length };
}

const ID_EDGE = charSet('-_');
const DASH = charSet('-');

/** The complaint id: the export's id when it makes one (`[a-z0-9][a-z0-9_-]*`), else the line; unique. */
function uniqueId(m: ListedMention, used: Set<string>): string {
  const fromId =
    m.id === undefined
      ? undefined
      : trimEndWhile(trimStartWhile(m.id.toLowerCase().replace(/[^a-z0-9_-]+/g, '-'), ID_EDGE), DASH).slice(0, 60);
  let id = fromId ? `bt-${fromId}` : `bt-line-${m.line}`;
  for (let n = 2; used.has(id); n++) id = `${fromId ? `bt-${fromId}` : `bt-line-${m.line}`}-${n}`;
  used.add(id);
  return id;
}
