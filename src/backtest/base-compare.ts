/**
 * `backtest --base REF`: each mention of the export also goes through the playbook as it was at a
 * git revision, and what differs is counted — what a pull request does to last month's real
 * traffic. The comparison is `replybook diff`'s (`outcomeChanges` over `summariseOutcome`), so a
 * change means the same in both commands; a few examples of each kind are kept, with a word diff of
 * the reply. Memory is bounded: counts, and at most EXAMPLES_PER_KIND examples of each kind.
 */
import { respond, type Runtime } from '../engine/index.js';
import type { Mention, Outcome } from '../model/outcome.js';
import type { TimeBudget } from '../model/budget.js';
import { outcomeChanges, summariseOutcome } from '../diff/diff-projects.js';
import type { ChangeKind, OutcomeSummary } from '../diff/types.js';
import { wordDiff, type WordChange } from '../report/word-diff.js';

/** Examples kept of each kind of change. */
export const EXAMPLES_PER_KIND = 5;
/** The longest mention text an example keeps. */
const MAX_EXAMPLE_TEXT = 500;
/** Type changes listed (the most frequent first). */
const MAX_TRANSITIONS = 30;

/** The kinds of change a backtest counts, in the order a report lists them. */
export const BASE_CHANGE_KINDS: readonly ChangeKind[] = ['type', 'escalations', 'due', 'actions', 'template', 'reply'];

/** One mention whose outcome differs between the base revision and the working tree. */
export interface BaseExample {
  file: string;
  line: number;
  text: string;
  channel: string;
  kinds: ChangeKind[];
  before: OutcomeSummary;
  after: OutcomeSummary;
  /** The reply's word diff, when the reply changed and both sides have one. */
  replyDiff?: WordChange[];
}

/** One mention at the base revision: its outcome there, and what differs from the working tree's (nothing: `[]`). */
export interface BaseOutcome {
  outcome: Outcome;
  kinds: ChangeKind[];
}

/** What the base revision's comparison found. */
export interface BaseFigures {
  /** The revision as given (`--base`), and the commit it named. */
  ref: string;
  commit: string;
  /** Mentions run through both. */
  compared: number;
  /** Mentions with any difference. */
  changed: number;
  /** Mentions with each kind of difference (one mention may have several). */
  byKind: Record<ChangeKind, number>;
  /** Type changes, «before → after», the most frequent first. */
  typeChanges: Array<{ before: string; after: string; count: number }>;
  /** The first EXAMPLES_PER_KIND mentions of each kind, in file order. */
  examples: Record<ChangeKind, BaseExample[]>;
}

const TRACE_OFF = { trace: false } as const;

function zeroes<T>(make: () => T): Record<ChangeKind, T> {
  return Object.fromEntries(BASE_CHANGE_KINDS.map((k) => [k, make()])) as Record<ChangeKind, T>;
}

export class BaseComparison {
  private compared = 0;
  private changed = 0;
  private readonly byKind = zeroes(() => 0);
  private readonly examples = zeroes<BaseExample[]>(() => []);
  private readonly transitions = new Map<string, number>();

  constructor(
    private readonly base: Runtime,
    private readonly head: Runtime,
    private readonly ref: string,
    private readonly commit: string,
    private readonly budget?: TimeBudget,
  ) {}

  /** Runs the mention through the base playbook, compares with the working tree's outcome, and returns the base's side. */
  add(file: string, line: number, mention: Mention, headOutcome: Outcome): BaseOutcome {
    const baseOutcome = respond(this.base, mention, this.budget ? { trace: false, budget: this.budget } : TRACE_OFF);
    const before = summariseOutcome(baseOutcome, this.base.playbook);
    const after = summariseOutcome(headOutcome, this.head.playbook);
    this.compared++;
    const kinds = outcomeChanges(before, after);
    if (kinds.length === 0) return { outcome: baseOutcome, kinds };
    this.changed++;
    let example: BaseExample | null = null;
    for (const k of kinds) {
      this.byKind[k]++;
      if (this.examples[k].length >= EXAMPLES_PER_KIND) continue;
      example ??= {
        file,
        line,
        text: mention.text.length > MAX_EXAMPLE_TEXT ? `${mention.text.slice(0, MAX_EXAMPLE_TEXT - 1)}…` : mention.text,
        channel: mention.channel,
        kinds,
        before,
        after,
        ...(kinds.includes('reply') && before.reply !== null && after.reply !== null
          ? { replyDiff: wordDiff(before.reply, after.reply) }
          : {}),
      };
      this.examples[k].push(example);
    }
    if (kinds.includes('type')) {
      const key = `${before.type}\u0000${after.type}`;
      this.transitions.set(key, (this.transitions.get(key) ?? 0) + 1);
    }
    return { outcome: baseOutcome, kinds };
  }

  figures(): BaseFigures {
    const typeChanges = [...this.transitions]
      .map(([key, count]) => {
        const [before, after] = key.split('\u0000');
        return { before, after, count };
      })
      .sort((a, b) => b.count - a.count || (a.before + a.after < b.before + b.after ? -1 : 1))
      .slice(0, MAX_TRANSITIONS);
    return {
      ref: this.ref,
      commit: this.commit,
      compared: this.compared,
      changed: this.changed,
      byKind: { ...this.byKind },
      typeChanges,
      examples: this.examples,
    };
  }
}
