/** Parsing a template's text with Handlebars and placing Handlebars positions in the YAML file. */
import Handlebars from 'handlebars';
import type { Range } from '../../diagnostics/diagnostic.js';
import { lineColumnAt, prescanTemplate, type PrescanProblem, type PrescanResult } from '../../template/prescan.js';
import { LineIndex } from '../../load/positions.js';
import { explainSyntaxError, type TemplateSyntaxProblem } from '../../template/syntax-error.js';
import { parsedTemplate } from '../../template/parsed.js';
import { scalarOffsets, valueOffsetOf } from '../../load/scalar-map.js';
import type { Source } from '../../model/playbook.js';
import type { CheckContext } from '../check.js';

/** A template or partial text with where it is written. */
export interface TemplateText {
  id: string;
  kind: 'template' | 'partial';
  text: string;
  textSource: Source;
}

export type ParseResult =
  | { ok: true; ast: hbs.AST.Program }
  | {
      ok: false;
      line: number;
      column: number;
      message: string;
      /** What Handlebars' error means, in data (absent when the pre-scan refused the text). */
      problem?: TemplateSyntaxProblem;
      /** Set when the pre-scan refused the text: it was not parsed. */ refused?: PrescanProblem;
    };

// The jison lexer Handlebars uses keeps the location of the last token after a parse error.
interface JisonParser {
  lexer?: { yylloc?: { first_line: number; first_column: number } };
}

/**
 * Parses with Handlebars; on an error, its 1-based line and 0-based column in the text. The text
 * goes through the pre-scan first (pass its result when it is already known): one over its limits
 * is refused, never parsed.
 */
export function parseTemplate(text: string, scanned?: PrescanResult): ParseResult {
  const refused = (scanned ?? prescanTemplate(text)).problem;
  if (refused) return { ok: false, ...lineColumnAt(text, refused.start), message: refused.message, refused };
  try {
    return { ok: true, ast: parsedTemplate(text) };
  } catch (e) {
    const err = e as Error & { lineNumber?: number; column?: number };
    const raw = String(err.message ?? e);
    let place: { line: number; column: number };
    if (typeof err.lineNumber === 'number') place = { line: err.lineNumber, column: err.column ?? 0 };
    else {
      const loc = (Handlebars as unknown as { Parser?: JisonParser }).Parser?.lexer?.yylloc;
      place = { line: loc?.first_line ?? 1, column: loc?.first_column ?? 0 };
    }
    const explained = explainSyntaxError(text, raw, place);
    return { ok: false, line: explained.line, column: explained.column, message: raw, problem: explained.problem };
  }
}

/** Maps Handlebars (line, column) spans inside a template's text to file ranges. */
export class TextPlacer {
  private map: number[] | null = null;
  private lines: LineIndex | null = null;
  constructor(
    private readonly ctx: CheckContext,
    readonly item: TemplateText,
  ) {}

  private ensure(): boolean {
    if (this.map) return true;
    const fileText = this.ctx.sourceText(this.item.textSource.file);
    if (fileText === undefined) return false;
    this.lines = new LineIndex(fileText);
    const { start, end } = this.item.textSource.range;
    this.map = scalarOffsets(fileText, start.offset, end.offset, this.item.text);
    return true;
  }

  /** The file range of a span of the text (Handlebars lines are 1-based, columns 0-based). */
  range(start: { line: number; column: number }, end?: { line: number; column: number }): Range {
    if (!this.ensure()) return this.item.textSource.range;
    // An error "at the end of the text" belongs on its last character, not on the next YAML key.
    const last = Math.max(0, this.item.text.trimEnd().length - 1);
    const a = Math.min(valueOffsetOf(this.item.text, start.line, start.column), last);
    const b = end ? valueOffsetOf(this.item.text, end.line, end.column) : a + 1;
    const from = this.map![a];
    const to = this.map![Math.max(a, Math.min(b, this.item.text.length))];
    return this.lines!.range(from, Math.max(from, to));
  }

  /** The file range of a span of the text given as offsets (UTF-16 units, end excluded). */
  offsets(start: number, end: number): Range {
    return this.range(lineColumnAt(this.item.text, start), lineColumnAt(this.item.text, end));
  }

  /** A report location for a span. */
  at(
    start: { line: number; column: number },
    end?: { line: number; column: number },
  ): { file: string; range: Range; path: ReadonlyArray<string | number> } {
    return { file: this.item.textSource.file, range: this.range(start, end), path: this.item.textSource.path };
  }
}

/** Every template and partial text of the playbook. */
export function templateTexts(ctx: CheckContext): TemplateText[] {
  const p = ctx.playbook;
  return [
    ...[...p.templates.values()].map((t) => ({ id: t.id, kind: 'template' as const, text: t.text, textSource: t.textSource })),
    ...[...p.partials.values()].map((t) => ({ id: t.id, kind: 'partial' as const, text: t.text, textSource: t.textSource })),
  ];
}
