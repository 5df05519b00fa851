/**
 * Completion: the ids a playbook defines where the format expects one (decided from the JSON path
 * at the cursor), and inside `{{ }}` of a template text the variables, helpers, partials and
 * `signals.<id>` with their docs. A pure function of the text, the cursor and the playbook's ids.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver/node.js';
import type { Playbook } from '../model/playbook.js';
import { BUILTIN_HELPERS, HELPERS, VARIABLES } from '../template/vocabulary.js';
import { BUILTIN_LEXICONS, BUILTIN_SIGNALS } from '../validate/builtins.js';
import { lspMessages } from '../i18n/catalogs/lsp.js';
import { translate, type Lang } from '../i18n/index.js';
import { cursorPath, type JsonPath, type LspPosition } from './positions.js';
import { referenceKindAt, type IdKind, type SymbolIndex } from './symbols.js';

export interface CompletionInput {
  text: string;
  offset: number;
  complaintFile: boolean;
  symbols: SymbolIndex;
  /** The compiled playbook, for descriptions (null while it has errors that stop compiling). */
  playbook: Playbook | null;
  positionAt(offset: number): LspPosition;
  /** The language of the ids' descriptions (default English): the diagnostics' language. */
  lang?: Lang;
}

const ID_CHAR = /[\p{L}\p{N}_./-]/u;

/** The span of the id or name around the cursor (what a completion replaces). */
export function wordSpan(text: string, offset: number, chars: RegExp = ID_CHAR): { start: number; end: number } {
  let start = offset;
  while (start > 0 && chars.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && chars.test(text[end])) end++;
  return { start, end };
}

/** The `{{` tag the cursor is in, if any: its opening offset and what follows `{{` up to the cursor. */
export function openTag(text: string, offset: number): { open: number; inner: string } | null {
  const open = text.lastIndexOf('{{', offset - 1);
  if (open < 0 || open + 2 > offset) return null;
  const inner = text.slice(open + 2, offset);
  if (inner.includes('}}') || /[\r\n]/.test(inner)) return null;
  return { open, inner };
}

/** True when the path is a template's or a partial's text. */
export function isTemplateText(path: JsonPath): boolean {
  return (
    (path[0] === 'templates' && path.length === 3 && path[2] === 'text') ||
    (path[0] === 'partials' && (path.length === 2 || (path.length === 3 && path[2] === 'text')))
  );
}

/** A short description of an id for completion and hover. */
export function describeId(pb: Playbook | null, kind: IdKind, id: string, lang: Lang = 'en'): string | undefined {
  if (!pb) return undefined;
  const say = translate(lspMessages, lang);
  switch (kind) {
    case 'type':
      return pb.types.find((t) => t.id === id)?.description;
    case 'template':
      return pb.templates.get(id)?.description;
    case 'voice': {
      const v = pb.voices.get(id);
      return v ? `${v.name}${v.signature ? ` — «${v.signature}»` : ''}` : undefined;
    }
    case 'channel': {
      const c = pb.channels.get(id);
      return c ? say('describe.channel', { name: c.name, limit: c.limit, unit: c.unit }) : undefined;
    }
    case 'team': {
      const t = pb.teams.get(id);
      return t ? `${t.name}${t.contact ? ` (${t.contact})` : ''}` : undefined;
    }
    case 'signal':
      return pb.signals.get(id)?.description ?? (BUILTIN_SIGNALS.includes(id) ? say('describe.builtinSignal') : undefined);
    case 'lexicon': {
      const l = pb.lexicons.get(id);
      if (BUILTIN_LEXICONS.includes(id))
        return l && l.words.length ? say('describe.builtinLexiconWords', { n: l.words.length }) : say('describe.builtinLexicon');
      return l ? say('describe.lexiconWords', { n: l.words.length }) : undefined;
    }
    case 'escalation':
      return pb.escalations.find((e) => e.id === id)?.description;
    case 'partial':
      return undefined;
  }
}

/** The ids that may be written where an id of `kind` is expected. */
export function candidateIds(symbols: SymbolIndex, kind: IdKind): string[] {
  const own = symbols.ids(kind);
  if (kind === 'signal') return [...new Set([...own, ...BUILTIN_SIGNALS])];
  if (kind === 'lexicon') return [...new Set([...own, ...BUILTIN_LEXICONS])];
  return own;
}

function tagItems(input: CompletionInput, tag: { open: number; inner: string }): CompletionItem[] {
  const { text, offset, positionAt } = input;
  const span = wordSpan(text, offset, /[\p{L}\p{N}_.\-/*@]/u);
  const range = { start: positionAt(span.start), end: positionAt(offset) };
  const item = (label: string, kind: CompletionItemKind, doc: string | undefined, detail: string): CompletionItem => ({
    label,
    kind,
    detail,
    textEdit: { range, newText: label },
    ...(doc ? { documentation: { kind: MarkupKind.Markdown, value: doc } } : {}),
  });
  const head = tag.inner.replace(/^~?\s*/, '');
  if (head.startsWith('>')) {
    return input.symbols.ids('partial').map((id) => item(id, CompletionItemKind.Module, undefined, 'partial'));
  }
  if (head.startsWith('#') || head.startsWith('/')) {
    return BUILTIN_HELPERS.map((h) => item(h, CompletionItemKind.Keyword, undefined, 'block helper'));
  }
  const out: CompletionItem[] = [];
  for (const [name, doc] of Object.entries(VARIABLES)) {
    if (name !== 'signals.*') out.push(item(name, CompletionItemKind.Variable, doc, 'variable'));
  }
  for (const id of candidateIds(input.symbols, 'signal')) {
    const desc = describeId(input.playbook, 'signal', id, input.lang);
    out.push(
      item(
        `signals.${id}`,
        CompletionItemKind.Variable,
        `${VARIABLES['signals.*']}${desc ? `\n\n\`${id}\`: ${desc}` : ''}`,
        'signal value',
      ),
    );
  }
  for (const [name, doc] of Object.entries(HELPERS)) out.push(item(name, CompletionItemKind.Function, doc, 'helper'));
  return out;
}

/** Completion items at the cursor (empty where nothing is expected). */
export function completionItems(input: CompletionInput): CompletionItem[] {
  const { text, offset, positionAt } = input;
  const at = cursorPath(text, offset);
  const tag = openTag(text, offset);
  if (tag && (!at || isTemplateText(at.path))) return tagItems(input, tag);
  if (!at || at.where !== 'value') return [];
  const kind = referenceKindAt(at.path, input.complaintFile);
  if (!kind) return [];
  const span = wordSpan(text, offset);
  const range = { start: positionAt(span.start), end: positionAt(span.end) };
  return candidateIds(input.symbols, kind).map((id, i) => {
    const doc = describeId(input.playbook, kind, id, input.lang);
    return {
      label: id,
      kind: CompletionItemKind.EnumMember,
      detail: kind,
      sortText: String(i).padStart(4, '0'),
      textEdit: { range, newText: id },
      ...(doc ? { documentation: { kind: MarkupKind.PlainText, value: doc } } : {}),
    };
  });
}
