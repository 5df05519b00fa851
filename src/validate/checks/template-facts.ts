/**
 * What the template checks know about each template and partial text, computed once per text:
 * the pre-scan, then (when it passes, and the playbook's tag total allows) one Handlebars parse,
 * from which the syntax error, the variables and helpers used, the shape (size, partial includes,
 * refused constructs) and a bound of the rendered length are taken; the tree itself is dropped.
 * The facts depend on the text alone and are kept in the checker's memo, so an unchanged text is
 * not scanned or parsed again, and every template check of one run shares them.
 */
import type { Playbook } from '../../model/playbook.js';
import { analyseTemplate, type TemplateShape } from '../../template/analyse.js';
import { lengthBound, type LengthBound } from '../../template/length-bound.js';
import { prescanTemplate, type PrescanResult } from '../../template/prescan.js';
import { MAX_PLAYBOOK_TAGS } from '../../template/render.js';
import type { TemplateSyntaxProblem } from '../../template/syntax-error.js';
import type { CheckContext } from '../check.js';
import { parseTemplate, templateTexts, type TemplateText } from './handlebars-source.js';
import { collectUses, type Use } from './template-uses.js';

/** What one parse of a text gave. */
export type ParsedFacts =
  | { ok: true; uses: Use[]; shape: TemplateShape; /** Bound of the rendered length, `channel/too-long`'s. */ length: LengthBound | null }
  | { ok: false; line: number; column: number; message: string; problem?: TemplateSyntaxProblem };

/** One text of the playbook with its facts. */
export interface TextFacts {
  item: TemplateText;
  scan: PrescanResult;
  /** The parse's facts; null when the pre-scan refused the text or the playbook's tag total was reached before it. */
  parsed: ParsedFacts | null;
  /** True for the first text past the playbook's tag total (and only it). */
  overTotal: boolean;
}

const perPlaybook = new WeakMap<Playbook, TextFacts[]>();

function parsedFacts(text: string, scan: PrescanResult): ParsedFacts {
  const r = parseTemplate(text, scan);
  if (!r.ok) return { ok: false, line: r.line, column: r.column, message: r.message, ...(r.problem ? { problem: r.problem } : {}) };
  return { ok: true, uses: collectUses(r.ast, text), shape: analyseTemplate(r.ast, text), length: lengthBound(r.ast) };
}

/** The facts of every template and partial text of the playbook (templates first), computed once per playbook. */
export function templateFacts(ctx: CheckContext): TextFacts[] {
  const cached = perPlaybook.get(ctx.playbook);
  if (cached) return cached;
  const memo = <T>(key: string, text: string, compute: () => T): T => (ctx.memo ? ctx.memo.getWith(key, text, compute) : compute());
  let tags = 0;
  let over = false;
  const out = templateTexts(ctx).map((item): TextFacts => {
    const scan = memo('memo:template-prescan', item.text, () => prescanTemplate(item.text));
    if (scan.problem) return { item, scan, parsed: null, overTotal: false };
    tags += scan.tags;
    if (tags > MAX_PLAYBOOK_TAGS) {
      const first = !over;
      over = true;
      return { item, scan, parsed: null, overTotal: first };
    }
    return { item, scan, parsed: memo('memo:template-facts', item.text, () => parsedFacts(item.text, scan)), overTotal: false };
  });
  perPlaybook.set(ctx.playbook, out);
  return out;
}
