/**
 * Regular expressions of signals and conditions: each must compile on the linear-time engine the
 * classifier runs them on (src/text/pattern.ts), within its bounds. The check is the compile step
 * itself — the same function, in the same order as the classifier — so what it accepts is exactly
 * what runs, and its cost is one linear compile per pattern (no pairwise analysis).
 */
import { groupDigits } from '../../model/mention-limits.js';
import type { PlaybookCheck } from '../check.js';
import type { Source } from '../../model/playbook.js';
import { scalarPlacer } from '../../load/scalar-map.js';
import {
  MAX_PATTERN_LENGTH,
  MAX_PLAYBOOK_PROGRAM_SIZE,
  MAX_PROGRAM_SIZE,
  PlaybookPatterns,
  compilePattern,
  type CompiledPattern,
  type PatternOptions,
} from '../../text/pattern.js';
import { MAX_REPEAT } from '../../text/pattern-syntax.js';
import { EXAMPLE_HEAD, walkCondition } from './util.js';

const int = groupDigits;

export const regexSafety: PlaybookCheck = {
  id: 'regex',
  severity: 'error',
  description:
    'Finds regular expressions that the linear-time engine cannot compile or run: invalid, unsupported (lookahead, backreference) or too large.',
  rules: {
    invalid: 'A regular expression is not valid JavaScript syntax (read with the `u` flag), or has an unknown flag.',
    unsupported: `A regular expression uses what the linear-time engine (RE2) cannot run: a lookahead \`(?=…)\`/\`(?!…)\`, a backreference \`\\1\`/\`\\k<name>\`, a capture inside a lookbehind, a repetition count above ${int(MAX_REPEAT)}; the message says how to write it instead (\`word: true\` for a whole word).`,
    'too-large': `A regular expression is longer than ${int(MAX_PATTERN_LENGTH)} characters, compiles to more than ${int(MAX_PROGRAM_SIZE)} instructions, or takes the playbook's patterns past ${int(MAX_PLAYBOOK_PROGRAM_SIZE)} instructions together.`,
  },
  examples: [
    {
      title: 'patterns the linear-time engine runs, and a whole word in any script',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}signals:\n  ticket: { pattern: "\\\\bT-\\\\d{5}\\\\b" }\n  order: { pattern: "\\\\d{8}", word: true }\ntypes:\n  spam: { match: { regex: "(?:buy|sell) now" }, reply: none }\n  legal: { match: { regex: { pattern: "суд|иск", word: true } }, reply: none }\n`,
      },
      expect: [],
    },
    {
      title: 'an invalid pattern, a lookahead, a backreference and one too large',
      files: {
        'playbook.yaml': `${EXAMPLE_HEAD}signals:\n  ticket: { pattern: "(T-" }\ntypes:\n  court: { match: { regex: "суд(?!\\\\p{L})" }, reply: none }\n  echo: { match: { regex: { pattern: "(\\\\w)\\\\1" } }, reply: none }\n  huge: { match: { regex: "a{1000}b{1000}" }, reply: none }\n`,
      },
      expect: [
        { rule: 'regex/invalid', at: '8:22' },
        { rule: 'regex/unsupported', at: '10:32' },
        { rule: 'regex/unsupported', at: '11:44' },
        { rule: 'regex/too-large', at: '12:27' },
      ],
    },
  ],
  run(ctx) {
    const memo = ctx.memo;
    // Compiling is the check; unchanged patterns are not compiled again while typing.
    const compile = (source: string, o: PatternOptions): CompiledPattern =>
      memo
        ? memo.get(`regex\u0000${o.flags ?? ''}\u0000${o.word === true}\u0000${source}`, () => compilePattern(source, o))
        : compilePattern(source, o);
    const patterns = new PlaybookPatterns(compile);
    const place = scalarPlacer((file) => ctx.sourceText(file));
    const check = (pattern: string, options: PatternOptions, at: Source): void => {
      const r = patterns.compile(pattern, options);
      if (!r.ok)
        for (const pr of r.problems)
          ctx.report({
            at: place(at, pattern, pr.start, pr.end),
            rule: pr.rule,
            message: pr.message,
            data: { kind: 'pattern-problem', code: pr.code, values: pr.values },
          });
    };
    const p = ctx.playbook;
    // The classifier's order (src/classify/classifier.ts): signals, types, escalations.
    for (const s of p.signals.values())
      check(s.pattern, { flags: s.flags, word: s.word }, ctx.locate(s.source.file, [...s.source.path, 'pattern']));
    const inCondition = (c: Parameters<typeof walkCondition>[0]): void =>
      walkCondition(c, (x) => {
        if (x.kind === 'regex')
          check(x.pattern, { flags: x.flags, word: x.word }, ctx.locate(x.source.file, [...x.source.path, 'pattern']));
      });
    p.types.forEach((t) => inCondition(t.match));
    p.escalations.forEach((e) => inCondition(e.when));
  },
};
