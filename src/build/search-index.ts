/**
 * The HTML handbook's offline search: a MiniSearch index of its replies, built here and written
 * into the page as JSON (`MiniSearch#toJSON`), which the page loads with `MiniSearch.loadJSON` and
 * the same options — no index is built in the browser and nothing is fetched.
 */
import MiniSearch, { type Options } from 'minisearch';
import { flatBlocks, type Block } from './document.js';

/** One searchable reply: the element's id, the reply, what it answers, and its template's name. */
interface SearchDoc {
  id: string;
  text: string;
  quote: string;
  title: string;
}

/** The options the index is built with; the page loads it with the same ones. */
export const SEARCH_OPTIONS = { idField: 'id', fields: ['text', 'quote', 'title'] } satisfies Options<SearchDoc>;

/** The index of every reply block of the document, as MiniSearch serialises it. */
export function searchIndex(blocks: ReadonlyArray<Block>): unknown {
  const search = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  let title = '';
  const docs: SearchDoc[] = [];
  for (const b of flatBlocks(blocks)) {
    if (b.kind === 'heading' && b.level === 3) title = b.text;
    if (b.kind === 'reply') docs.push({ id: b.id, text: b.text, quote: b.quote ?? '', title });
  }
  search.addAll(docs);
  return search.toJSON();
}

/** JSON for a `<script type="application/json">` element: no `<` left to close it or open a comment. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
