/**
 * "Preview the reply" (the `replybook/previewTemplate` request): the template under the cursor —
 * the id at the cursor when it names a template, else the template whose definition holds the
 * cursor — rendered for the build's fixed sample mention on each of its channels, exactly as the
 * handbook and the reply library show its examples (`groupedExamples`, `templateExampleRenderer`),
 * with the preview as plain text in the reader's language (`text`, what the editor shows). Pure.
 */
import { groupedExamples, templateExampleRenderer, type ExampleResult } from '../build/index.js';
import type { Playbook, Template } from '../model/playbook.js';
import { lspMessages } from '../i18n/catalogs/lsp.js';
import { translate, type Lang } from '../i18n/index.js';
import type { SymbolIndex } from './symbols.js';

/** The request's method name, shared by the server and the editor extension. */
export const PREVIEW_TEMPLATE_REQUEST = 'replybook/previewTemplate';

/**
 * What the server answers: the template's examples, or why there is none; `text` is either as the
 * editor shows it, in the reader's language.
 */
export type TemplatePreview =
  | { template: string; description?: string; examples: Array<{ channels: string[]; result: ExampleResult }>; text: string }
  | { error: string; text: string };

/** Why there is no preview, when the server cannot even ask (no playbook holds the file; the request failed). */
export type PreviewProblem = 'preview.notInPlaybook' | 'preview.failed';

export function previewProblem(problem: PreviewProblem, lang: Lang): TemplatePreview {
  return unavailable(translate(lspMessages, lang)(problem), lang);
}

function unavailable(error: string, lang: Lang): TemplatePreview {
  return { error, text: `${translate(lspMessages, lang)('preview.none', { error })}\n` };
}

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
export function previewTemplate(
  playbook: Playbook | null,
  symbols: SymbolIndex | null,
  file: string,
  offset: number,
  lang: Lang = 'en',
): TemplatePreview {
  const say = translate(lspMessages, lang);
  if (!playbook) return unavailable(say('preview.noPlaybook'), lang);
  const t = templateAt(playbook, symbols, file, offset);
  if (!t) return unavailable(say('preview.notTemplate'), lang);
  const examples = groupedExamples(playbook, t, templateExampleRenderer(playbook));
  if (examples.length === 0) return unavailable(say('preview.noChannel', { id: t.id }), lang);
  // The reply for each group of channels that gets the same text.
  const lines = [
    t.description ? say('preview.titleDescribed', { id: t.id, description: t.description }) : say('preview.title', { id: t.id }),
  ];
  lines.push(say('preview.renderedFor'), '');
  for (const e of examples) {
    lines.push(`── ${e.channels.join(', ')} ──`);
    lines.push('text' in e.result ? e.result.text : say('preview.noRender', { error: e.result.error }), '');
  }
  return { template: t.id, ...(t.description ? { description: t.description } : {}), examples, text: `${lines.join('\n')}\n` };
}
