/**
 * A small document model the handbook is written in once and rendered twice, to Markdown and to
 * HTML, so the two cannot drift apart. Text in it is plain (untrusted playbook text included):
 * each renderer escapes it for its format. The interactive parts (search, the view switcher, the
 * copy buttons) are the HTML's alone; Markdown shows the same content without them.
 */
import { trimWhile } from '../text/trim.js';

/**
 * A run of inline text: plain, `code`, **strong**, a link to an anchor of the document, or (in
 * HTML; plain text in Markdown) a link that opens a view — the replies of one channel, say.
 */
export type Inline =
  | string
  | { code: string }
  | { strong: string }
  | { text: string; anchor: string }
  | { text: string; view: { key: keyof Tags; value: string } };

/** What a reply or a template is about, for the views by kind, channel and escalation team. */
export interface Tags {
  type: string[];
  channel: string[];
  team: string[];
}

/** One choice of a view: the value it filters on and what it is called. */
export interface ViewChoice {
  value: string;
  label: string;
}

export type Block =
  /** A heading; `note` is shown beside it, small (a type's or template's id). */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; id?: string; note?: string }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  /** Preformatted text. */
  | { kind: 'pre'; text: string; label?: string }
  /** Text for editors only (a template's Handlebars source): collapsed in HTML. */
  | { kind: 'details'; summary: string; text: string }
  /** A quoted customer text. */
  | { kind: 'quote'; text: string }
  /**
   * A reply an agent can post: its label, what it answers (`quote`) and facts (`meta`), and the
   * text itself — the only text a copy button copies.
   */
  | { kind: 'reply'; id: string; label: string; quote?: string; meta: Inline[]; text: string; tags: Tags; copyLabel: string }
  /** Blocks about one thing (a template), shown or hidden together by the views. */
  | { kind: 'group'; id: string; tags: Tags; blocks: Block[] }
  /** The search box over the replies (HTML only, when the search library is inlined). */
  | { kind: 'search' }
  /** The view switcher: the replies of one kind, channel or escalation team (HTML only). */
  | { kind: 'views'; views: { type: ViewChoice[]; channel: ViewChoice[]; team: ViewChoice[] } }
  /** A table of contents of the level-2 (and, in HTML, level-3) headings, filled in by the renderers. */
  | { kind: 'toc'; title: string };

/** A stable anchor id from a heading's text (letters of any script kept). */
export function slug(text: string): string {
  return trimWhile(text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-'), isDash) || 'section';
}

const isDash = (c: number): boolean => c === 0x2d;

/** Every block, groups opened, in document order. */
export function flatBlocks(blocks: ReadonlyArray<Block>): Block[] {
  return blocks.flatMap((b) => (b.kind === 'group' ? flatBlocks(b.blocks) : [b]));
}

/** A heading in the table of contents: level 2 with the level-3 headings under it that have an id. */
export interface Section {
  text: string;
  id: string;
  children: Array<{ text: string; id: string }>;
}

/** Level-2 headings with their anchor ids (and the level-3 ones with an id under each), for the table of contents. */
export function sections(blocks: ReadonlyArray<Block>): Section[] {
  const out: Section[] = [];
  for (const b of flatBlocks(blocks)) {
    if (b.kind !== 'heading') continue;
    if (b.level === 2) out.push({ text: b.text, id: b.id ?? slug(b.text), children: [] });
    else if (b.level === 3 && b.id && out.length) out[out.length - 1]!.children.push({ text: b.text, id: b.id });
  }
  return out;
}
