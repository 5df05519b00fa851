/**
 * The watchdog of one mention: a time budget checked cooperatively. A synchronous stage cannot be
 * interrupted from outside, so every stage whose work grows with the input says how much it is
 * about to do (`spend`), and the meter reads the injected clock once that adds up to CLOCK_STRIDE
 * units; when the budget is gone it throws `BudgetSpent`, which `respond` catches and turns into
 * an incomplete outcome. Between those check points every stage is bounded by construction (the
 * text limit, linear scans, the linear-time regex engine, the template output cap).
 */
import type { TimeBudget, WorkMeter } from '../model/budget.js';

/** The default time budget of one sample complaint in `test`, `sim --text` and `build`, in ms. */
export const DEFAULT_COMPLAINT_BUDGET_MS = 1_000;

/** The largest budget `--timeout` accepts, in ms (ten minutes). */
export const MAX_COMPLAINT_BUDGET_MS = 600_000;

/**
 * Work units (characters or tokens scanned) between two readings of the clock. Reading it costs
 * about 60 ns, a unit a few ns: a normal mention reads it once or twice, a long one every ~50 µs.
 */
export const CLOCK_STRIDE = 4_096;

/** Milliseconds as a message shows them: `0.4`, `12`, `1,203` (a tenth below 10 ms). */
export function formatMs(ms: number): string {
  return ms < 10 ? (Math.round(ms * 10) / 10).toString() : Math.round(ms).toLocaleString('en-US');
}

/** The stages of `respond`, as the message names the one that was running. */
export type BudgetStage = 'normalise' | 'classify' | 'escalate' | 'deadline' | 'template' | 'render' | 'check-reply';

/** Thrown by the meter when the budget ran out; `respond` catches it, nothing else sees it. */
export class BudgetSpent extends Error {
  constructor(
    readonly stage: BudgetStage,
    readonly elapsedMs: number,
    readonly budgetMs: number,
  ) {
    super(`time budget of ${budgetMs} ms spent in ${stage}`);
    this.name = 'BudgetSpent';
  }
}

/** A running budget: `spend` at check points, `enter` at each stage. */
export class BudgetMeter implements WorkMeter {
  private readonly start: number;
  private readonly deadline: number;
  private owed = 0;
  stage: BudgetStage = 'normalise';

  constructor(private readonly budget: TimeBudget) {
    this.start = budget.now();
    this.deadline = this.start + budget.ms;
  }

  /** Work about to be done; reads the clock once CLOCK_STRIDE units have gathered. */
  spend(units: number): void {
    this.owed += units;
    if (this.owed >= CLOCK_STRIDE) this.check();
  }

  /** Reads the clock now; throws BudgetSpent when the budget is gone. */
  check(): void {
    this.owed = 0;
    const t = this.budget.now();
    if (t > this.deadline) throw new BudgetSpent(this.stage, t - this.start, this.budget.ms);
  }

  /** The stage that runs from now on (named in the message when the budget runs out there). */
  enter(stage: BudgetStage): void {
    this.stage = stage;
  }
}
