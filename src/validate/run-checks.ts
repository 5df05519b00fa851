/** Runs the semantic checks on a compiled playbook and turns their reports into diagnostics. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Playbook, Source } from '../model/playbook.js';
import type { CheckContext, PlaybookCheck } from './check.js';
import type { Definition } from './compile/playbook.js';
import type { CheckMemo } from './memo.js';

export interface RunChecksInput {
  playbook: Playbook;
  definitions: ReadonlyArray<Definition>;
  sourceText(file: string): string | undefined;
  locate(file: string, path: ReadonlyArray<string | number>): Source;
  memo?: CheckMemo;
}

/** The full rule id of a report: the check's id, with the report's sub-rule appended. */
export function ruleIdOf(check: PlaybookCheck, rule: string | undefined): string {
  return rule ? `${check.id}/${rule}` : check.id;
}

/** Runs `checks` in order. A check that throws is a bug in replybook: it becomes one diagnostic, and the others still run. */
export function runChecks(input: RunChecksInput, checks: readonly PlaybookCheck[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const check of checks) {
    const ctx: CheckContext = {
      playbook: input.playbook,
      definitions: input.definitions,
      sourceText: input.sourceText,
      locate: input.locate,
      ...(input.memo ? { memo: input.memo } : {}),
      report(r) {
        out.push({
          file: r.at.file,
          range: r.at.range,
          severity: r.severity ?? check.severity,
          ruleId: ruleIdOf(check, r.rule),
          message: r.message,
          ...(r.note ? { note: r.note } : {}),
          ...(r.at.path ? { path: r.at.path } : {}),
          ...(r.related ? { related: r.related } : {}),
          ...(r.expected ? { expected: r.expected } : {}),
          ...(r.actual !== undefined ? { actual: r.actual } : {}),
          ...(r.data ? { data: r.data } : {}),
        });
      },
    };
    try {
      check.run(ctx);
    } catch (e) {
      const main = input.playbook.files[0] ?? input.playbook.dir;
      out.push({
        file: main,
        range: input.locate(main, []).range,
        severity: 'error',
        ruleId: 'internal/check-failed',
        message: `The check \`${check.id}\` failed: ${(e as Error)?.message ?? String(e)}. This is a bug in replybook; please report it with the playbook that triggers it.`,
        data: { kind: 'internal-error', check: check.id, error: (e as Error)?.message ?? String(e) },
      });
    }
  }
  return out;
}
