/**
 * A small document model the handbook is written in once and rendered twice, to Markdown and to
 * HTML, so the two cannot drift apart. Text in it is plain (untrusted playbook text included):
 * each renderer escapes it for its format.
 */
import { trimWhile } from '../text/trim.js';

/** A run of inline text: plain, `code`, or **strong**. */
export type Inline = string | { code: string } | { strong: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; id?: string }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  /** Preformatted text: a template's source or a rendered reply. */
  | { kind: 'pre'; text: string; label?: string }
  /** A quoted customer text. */
  | { kind: 'quote'; text: string }
  /** A table of contents of the level-2 headings, filled in by the renderers. */
  | { kind: 'toc'; title: string };

/** A stable anchor id from a heading's text (letters of any script kept). */
export function slug(text: string): string {
  return trimWhile(text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-'), isDash) || 'section';
}

const isDash = (c: number): boolean => c === 0x2d;

/** Level-2 headings with unique anchor ids, for the table of contents. */
export function sections(blocks: ReadonlyArray<Block>): Array<{ text: string; id: string }> {
  return blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [{ text: b.text, id: b.id ?? slug(b.text) }] : []));
}
