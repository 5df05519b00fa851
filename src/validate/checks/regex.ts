/** Regular expressions of conditions and signals: valid, and safe from catastrophic backtracking. */
import type { PlaybookCheck } from '../check.js';
import type { Source } from '../../model/playbook.js';
import { analyseRegex } from '../regex-safety.js';
import { EXAMPLE_HEAD, walkCondition } from './util.js';

export const regexSafety: PlaybookCheck = {
  id: 'regex',
  severity: 'error',
  description: 'Finds invalid regular expressions and ones that can take exponential time on a crafted mention.',
  rules: {
    invalid: 'A regular expression does not compile.',
    catastrophic: 'A regular expression can backtrack catastrophically (nested or ambiguous repetition such as `(a+)+`, `(a|a)*`).',
    unsupported: 'A regular expression uses a backreference or an unbounded lookbehind, whose matching time cannot be bounded.',
  },
  examples: [
    {
      title: 'a safe pattern',
      files: { 'playbook.yaml': `${EXAMPLE_HEAD}signals:\n  ticket: { pattern: "\\\\bT-\\\\d{5}\\\\b" }\ntypes:\n  spam: { match: { regex: "(?:buy|sell) now" }, reply: none }\n` },
      expect: [],
    },
    {
      title: 'an invalid pattern, a catastrophic one and a backreference',
      files: { 'playbook.yaml': `${EXAMPLE_HEAD}signals:\n  ticket: { pattern: "(T-" }\ntypes:\n  spam: { match: { regex: "(a+)+$" }, reply: none }\n  echo: { match: { regex: { pattern: "(\\\\w)\\\\1" } }, reply: none }\n` },
      expect: ['regex/invalid', 'regex/catastrophic', 'regex/unsupported'],
    },
  ],
  run(ctx) {
    const check = (pattern: string, flags: string, at: Source): void => {
      for (const pr of analyseRegex(pattern, flags)) ctx.report({ at, rule: pr.rule, message: pr.message });
    };
    const p = ctx.playbook;
    for (const s of p.signals.values()) check(s.pattern, s.flags, ctx.locate(s.source.file, [...s.source.path, 'pattern']));
    const inCondition = (c: Parameters<typeof walkCondition>[0]): void => walkCondition(c, (x) => {
      if (x.kind === 'regex') check(x.pattern, x.flags, x.source);
    });
    p.types.forEach((t) => inCondition(t.match));
    p.escalations.forEach((e) => inCondition(e.when));
  },
};
