/**
 * "Preview the reply" (the `replybook/previewTemplate` request): the template under the cursor —
 * the id at the cursor when it names a template, else the template whose definition holds the
 * cursor — rendered for the build's fixed sample mention on each of its channels, exactly as the
 * handbook and the reply library show its examples (`groupedExamples`, `templateExampleRenderer`).
 * Pure.
 */
import { groupedExamples, templateExampleRenderer, type ExampleResult } from '../build/index.js';
import type { Playbook, Template } from '../model/playbook.js';
import type { SymbolIndex } from './symbols.js';

/** The request's method name, shared by the server and the editor extension. */
export const PREVIEW_TEMPLATE_REQUEST = 'replybook/previewTemplate';

/** What the server answers: the template's examples, or why there is none. */
export type TemplatePreview =
  { template: string; description?: string; examples: Array<{ channels: string[]; result: ExampleResult }> } | { error: string };

/**
 * The template at `offset` of `file`: a template id there, else the template whose definition holds
 * the cursor. The model keeps a template's key and its text, not the whole mapping: the cursor is in
 * a template from its key to the end of its text, or, when more keys (`when:` after `text:`) follow,
 * up to the next template's key.
 */
export function templateAt(playbook: Playbook, symbols: SymbolIndex | null, file: string, offset: number): Template | undefined {
  const o = symbols?.at(file, offset);
  if (o?.kind === 'template') return playbook.templates.get(o.id);
  const here = [...playbook.templates.values()]
    .filter((t) => t.source.file === file)
    .sort((a, b) => a.source.range.start.offset - b.source.range.start.offset);
  const i = here.findLastIndex((t) => t.source.range.start.offset <= offset);
  if (i < 0) return undefined;
  const t = here[i];
  const textEnd = t.textSource.file === file ? t.textSource.range.end.offset : -1;
  return offset <= textEnd || i + 1 < here.length ? t : undefined;
}

/** The preview of the template at the cursor, rendered for the sample mention on each of its channels. */
export function previewTemplate(playbook: Playbook | null, symbols: SymbolIndex | null, file: string, offset: number): TemplatePreview {
  if (!playbook) return { error: 'the playbook has errors that keep it from compiling; fix them to preview a reply' };
  const t = templateAt(playbook, symbols, file, offset);
  if (!t) return { error: 'the cursor is not on a template: put it inside a template of `templates:` or on a template id' };
  const examples = groupedExamples(playbook, t, templateExampleRenderer(playbook));
  if (examples.length === 0) return { error: `the template \`${t.id}\` applies to no channel of the playbook` };
  return { template: t.id, ...(t.description ? { description: t.description } : {}), examples };
}
